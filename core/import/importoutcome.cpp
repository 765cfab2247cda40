// SPDX-License-Identifier: GPL-3.0-or-later
#include "importoutcome.h"

#include "domain/leadworkflow.h"
#include "domain/money.h"

namespace LeadPact {

namespace {

// Row reasons are clauses ("file, row 5, column won: reason"); the workflow's are sentences.
QString withoutFinalStop(QString text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

OutcomePlanner::OutcomePlanner(const ImportRowParser &parser,
                               const QString &timeZone,
                               const User &actor,
                               ReasonCatalog reasons,
                               QDateTime now,
                               QString file)
    : m_parser(parser)
    , m_zone(timeZone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8()))
    , m_actor(actor)
    , m_reasons(std::move(reasons))
    , m_now(std::move(now))
    , m_file(std::move(file))
{}

RejectedRow OutcomePlanner::reject(const ImportRowParser::Parsed &parsed,
                                   ImportField field,
                                   const QString &value,
                                   const QString &reason) const
{
    return {m_file, parsed.row, parsed.line, m_parser.headerOf(field), value, reason};
}

OutcomePlan OutcomePlanner::plan(Lead lead,
                                 const ImportRowParser::Parsed &parsed,
                                 std::optional<qint64> ownerId) const
{
    OutcomePlan plan;
    const QString where = tr("Imported from %1, row %2").arg(m_file).arg(parsed.row);
    const auto record = [&](LeadEvent event) {
        event.at = m_now; // when LeadPact learnt it; the lead keeps the outcome's own times
        event.actorId = m_actor.id;
        plan.events.append(std::move(event));
    };

    if (ownerId && lead.ownerId != ownerId) {
        Lead next = lead;
        next.ownerId = ownerId;
        LeadEvent event;
        event.leadId = lead.id;
        event.kind = EventKind::Assigned;
        event.comment = where;
        event.changes = diffLeads(lead, next);
        record(event);
        lead = next;
    }

    const ImportRowParser::Outcome &outcome = parsed.outcome;
    if (!outcome.wonAt.isValid()) {
        plan.lead = lead;
        return plan;
    }
    const QString wonText = outcome.wonText;
    const QDate paidOn = outcome.wonAt.toTimeZone(m_zone).date();
    if (lead.status == LeadStatus::Won) {
        const bool same = lead.paidOn == paidOn && lead.closedAt == outcome.wonAt
                          && lead.dealAmountMinor == outcome.amountMinor
                          && (!outcome.amountMinor || lead.dealCurrency == outcome.currency);
        if (!same) {
            plan.rejected = reject(
                parsed,
                ImportField::WonAt,
                wonText,
                tr("lead %1 is already won (paid on %2, amount %3); an import does not change "
                   "a recorded outcome")
                    .arg(lead.id)
                    .arg(lead.paidOn.toString(Qt::ISODate),
                         lead.dealAmountMinor
                             ? formatAmountPlain(*lead.dealAmountMinor) + u' ' + lead.dealCurrency
                             : tr("unknown")));
        }
        plan.lead = lead;
        return plan;
    }
    if (outcome.wonAt > m_now) {
        plan.rejected
            = reject(parsed, ImportField::WonAt, wonText, tr("the deal is won in the future"));
        return plan;
    }

    QList<LeadAction> path;
    if (lead.status == LeadStatus::New)
        path.append(LeadAction::LogContact);
    if (lead.status == LeadStatus::New || lead.status == LeadStatus::InWork)
        path.append(LeadAction::Qualify);
    path.append(LeadAction::MarkWon); // from any other status the workflow says why not

    for (LeadAction action : std::as_const(path)) {
        TransitionRequest request;
        request.action = action;
        request.at = outcome.wonAt;
        request.imported = true;
        switch (action) {
        case LeadAction::LogContact:
            request.comment = tr("%1: won in the other CRM; first contact time unknown").arg(where);
            break;
        case LeadAction::Qualify:
            request.needConfirmed = request.budgetConfirmed = request.authorityConfirmed = true;
            request.comment
                = tr("%1: need, budget and decision-maker implied by the signed deal").arg(where);
            break;
        default:
            request.amountMinor = outcome.amountMinor;
            request.currency = outcome.currency;
            request.paidOn = paidOn;
            request.comment = outcome.amountMinor
                                  ? tr("%1: won on %2").arg(where, wonText)
                                  : tr("%1: won on %2, amount unknown").arg(where, wonText);
            break;
        }
        const QList<TransitionProblem> problems
            = LeadWorkflow::problems(lead, request, m_actor, m_reasons);
        if (!problems.isEmpty()) {
            QStringList messages;
            bool amount = false;
            for (const TransitionProblem &problem : problems) {
                messages.append(problem.message);
                amount = amount || problem.message.contains(QLatin1String("\"amount\""))
                         || problem.message.contains(QLatin1String("\"currency\""));
            }
            const bool amountColumn = amount
                                      && !m_parser.headerOf(ImportField::DealAmount).isEmpty();
            plan.rejected
                = reject(parsed,
                         amountColumn ? ImportField::DealAmount : ImportField::WonAt,
                         amountColumn && outcome.amountMinor
                             ? formatAmountPlain(*outcome.amountMinor)
                             : wonText,
                         tr("lead %1: %2").arg(lead.id).arg(withoutFinalStop(messages.join(u' '))));
            return plan;
        }
        TransitionOutcome step = LeadWorkflow::apply(lead, request, m_actor, m_reasons);
        record(step.event);
        lead = step.lead;
    }
    plan.outcomeApplied = true;
    plan.lead = lead;
    return plan;
}

} // namespace LeadPact
