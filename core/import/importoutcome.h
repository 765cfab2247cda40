// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/leadevent.h"
#include "domain/reason.h"
#include "domain/role.h"
#include "importresult.h"
#include "importrowparser.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

// What one row of an outcome file does to an existing lead: the lead as it becomes and the
// events that record it, or the rule the row would break.
struct OutcomePlan
{
    Lead lead;
    QList<LeadEvent> events; // in order; at = the import time, by the importing user
    bool outcomeApplied = false;
    std::optional<RejectedRow> rejected;
};

// Applies an outcome recorded in another CRM (won, with date, optional amount and owner; or
// lost, with date, a loss reason of the catalog and the comment some reasons demand) to a
// lead through the state machine, never around it. A lead still New or InWork takes the path
// the signed deal implies: first contact (time unknown: first_contact_at stays NULL and nobody
// takes the lead by it), qualified (need, budget and decision-maker implied by the signed
// deal), won; each step is checked by LeadWorkflow with the importing user as the actor and
// recorded as its own event whose comment names the file and row (a lost deal was worked on as
// a deal, so the same path leads to it). A lead already won or lost with the
// same outcome is left alone (re-importing a file changes nothing); any other conflict (won
// otherwise, rejected, lost, a payment date before the lead arrived…) rejects the row.
class OutcomePlanner
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    OutcomePlanner(const ImportRowParser &parser,
                   const QString &timeZone,
                   const User &actor,
                   ReasonCatalog reasons,
                   QDateTime now,
                   QString file);

    // `lead` carries the row's plain field edits already; `ownerId` is the owner the row names
    // (resolved by the caller), if any. Pure: reads and writes nothing.
    OutcomePlan plan(Lead lead,
                     const ImportRowParser::Parsed &parsed,
                     std::optional<qint64> ownerId) const;

private:
    OutcomePlan planLost(OutcomePlan plan,
                         const Lead &lead,
                         const ImportRowParser::Parsed &parsed,
                         const QString &where) const;
    // Takes `lead` along the legal path to `final` (first contact and qualification first
    // when it is still New or InWork), every step checked by LeadWorkflow and recorded.
    OutcomePlan walk(OutcomePlan plan,
                     Lead lead,
                     const ImportRowParser::Parsed &parsed,
                     const QString &where,
                     const QDateTime &at,
                     const TransitionRequest &final,
                     const QString &atText) const;
    // Appends `event` as the importing user's, at the import time.
    void record(OutcomePlan &plan, LeadEvent event) const;
    RejectedRow reject(const ImportRowParser::Parsed &parsed,
                       ImportField field,
                       const QString &value,
                       const QString &reason) const;

    const ImportRowParser &m_parser;
    QTimeZone m_zone;
    User m_actor;
    ReasonCatalog m_reasons;
    QDateTime m_now;
    QString m_file;
};

} // namespace LeadPact
