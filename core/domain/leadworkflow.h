// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "lead.h"
#include "leadaction.h"
#include "leadevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace LeadPact {

class ReasonCatalog;
struct User;

// One thing that stops a transition, with the kind of error it is.
struct TransitionProblem
{
    Error::Kind kind;
    QString message;
    // The request field it concerns ("reason", "comment"), when one: a form that words that
    // problem itself, next to the field, can leave this message out.
    QString field;
};

// A transition that passed every rule: the lead as it becomes and the event that records it.
struct TransitionOutcome
{
    Lead lead;
    LeadEvent event;
};

// The status state machine: the only place that decides which status may follow which, and
// what each transition requires. Pure functions over values, so storage, the CLI, the GUI and
// the demo generator all apply exactly the same rules.
class LeadWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(LeadWorkflow)

public:
    static LeadStatus targetStatus(LeadAction action);
    // The statuses the action may start from.
    static QList<LeadStatus> sourceStatuses(LeadAction action);
    // Whether any action leads from one status to the other.
    static bool isAllowed(LeadStatus from, LeadStatus to);
    // The actions whose source status matches and whose role rules admit the user.
    static QList<LeadAction> availableActions(const Lead &lead, const User &user);

    // Everything that stops the request, in order: the edge itself, permission, then fields.
    // Empty when the request may be applied.
    static QList<TransitionProblem> problems(const Lead &lead, const TransitionRequest &request,
                                             const User &actor, const ReasonCatalog &reasons);

    // Applies the request or throws Error naming every problem.
    static TransitionOutcome apply(const Lead &lead, const TransitionRequest &request,
                                   const User &actor, const ReasonCatalog &reasons);

    // The message for an edge the machine does not have; it names both statuses.
    static QString refusedTransitionMessage(LeadStatus from, LeadStatus to);
};

} // namespace LeadPact
