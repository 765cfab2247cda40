// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/leadworkflow.h"
#include "domain/phonenumber.h"
#include "domain/slapolicy.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"

#include <QCoreApplication>

namespace LeadPact {

class Clock;
class Database;
struct User;

// Every change of a lead goes through here: the rules are checked, then the lead and the event
// that records who did what and when are written in one transaction, or nothing is.
class LeadService
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    explicit LeadService(Database &db, const Clock &clock);

    void setSlaPolicy(const SlaPolicy &policy) { m_policy = policy; }
    const SlaPolicy &slaPolicy() const { return m_policy; }

    // Prepares a lead as marketing passed it on: phone normalised to E.164 (the raw value
    // kept), status New, SLA deadline set. Does not store it.
    Lead prepareNew(Lead lead) const;
    // Stores a new lead (see prepareNew) and records its arrival. Returns the stored lead.
    Lead receive(Lead lead, const User &actor);

    // Applies one state-machine transition. Throws Error naming what stops it.
    TransitionOutcome perform(qint64 leadId, TransitionRequest request, const User &actor);
    // What stops a transition, without changing anything (for dialogs that explain a disabled OK).
    QList<TransitionProblem> check(const Lead &lead, TransitionRequest request,
                                   const User &actor) const;

    // Gives the lead to another manager (or nobody); head of sales and admin only.
    Lead assign(qint64 leadId, std::optional<qint64> ownerId, const User &actor);

    // How long the author of a change may undo it.
    static constexpr int undoWindowSeconds = 10;
    // Reverses the event `eventId` (a status change or reassignment) if its author asks within
    // the undo window and nothing happened to the lead since. Writes a compensating event; the
    // log itself is never edited. Returns the restored lead.
    Lead undo(qint64 eventId, const User &actor);

    QList<LeadEvent> history(qint64 leadId) const;
    Lead lead(qint64 leadId) const { return m_leads.get(leadId); }

private:
    Database &m_db;
    const Clock &m_clock;
    LeadRepository m_leads;
    EventRepository m_events;
    ReasonRepository m_reasons;
    PhoneNormalizer m_phones;
    SlaPolicy m_policy;
};

} // namespace LeadPact
