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

void OutcomePlanner::record(OutcomePlan &plan, LeadEvent event) const
{
    event.at = m_now; // when LeadPact learnt it; the lead keeps the outcome's own times
    event.actorId = m_actor.id;
    plan.events.append(std::move(event));
}

OutcomePlan OutcomePlanner::plan(Lead lead,
                                 const ImportRowParser::Parsed &parsed,
                                 std::optional<qint64> ownerId) const
{
    OutcomePlan plan;
    const QString where = tr("Imported from %1, row %2").arg(m_file).arg(parsed.row);

    if (ownerId && lead.ownerId != ownerId) {
        Lead next = lead;
        next.ownerId = ownerId;
        LeadEvent event;
        event.leadId = lead.id;
        event.kind = EventKind::Assigned;
        event.comment = where;
        event.changes = diffLeads(lead, next);
        record(plan, event);
        lead = next;
    }

    const ImportRowParser::Outcome &outcome = parsed.outcome;
    if (outcome.wonAt.isValid() && outcome.lostAt.isValid()) {
        plan.rejected = reject(parsed, ImportField::LostAt, outcome.lostText,
                               tr("the row gives both won_at and lost_at; a deal is either won "
                                  "or lost"));
        return plan;
    }
    if (!outcome.lostAt.isValid()
        && (!outcome.lossReason.isEmpty() || !outcome.lossComment.isEmpty())) {
        const bool reasonGiven = !outcome.lossReason.isEmpty();
        plan.rejected = reject(parsed,
                               reasonGiven ? ImportField::LossReason : ImportField::LossComment,
                               reasonGiven ? outcome.lossReason : outcome.lossComment,
                               tr("a loss reason or comment without the date the deal was lost "
                                  "(lost_at)"));
        return plan;
    }
    if (outcome.lostAt.isValid())
        return planLost(std::move(plan), lead, parsed, where);
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

    TransitionRequest won;
    won.action = LeadAction::MarkWon;
    won.amountMinor = outcome.amountMinor;
    won.currency = outcome.currency;
    won.paidOn = paidOn;
    won.comment = outcome.amountMinor ? tr("%1: won on %2").arg(where, wonText)
                                      : tr("%1: won on %2, amount unknown").arg(where, wonText);
    return walk(std::move(plan), lead, parsed, where, outcome.wonAt, won, wonText);
}

OutcomePlan OutcomePlanner::planLost(OutcomePlan plan,
                                     const Lead &lead,
                                     const ImportRowParser::Parsed &parsed,
                                     const QString &where) const
{
    const ImportRowParser::Outcome &outcome = parsed.outcome;
    const QString lostText = outcome.lostText;
    QStringList known;
    const Reason *reason = nullptr;
    for (const Reason &candidate : m_reasons.all()) {
        if (candidate.kind != ReasonKind::Loss)
            continue;
        if (!candidate.archived)
            known.append(candidate.code);
        const QString value = outcome.lossReason.trimmed();
        if (!value.isEmpty()
            && (candidate.code.compare(value, Qt::CaseInsensitive) == 0
                || candidate.titleRu.compare(value, Qt::CaseInsensitive) == 0
                || candidate.titleEn.compare(value, Qt::CaseInsensitive) == 0))
            reason = &candidate;
    }
    if (!reason) {
        const bool given = !outcome.lossReason.isEmpty();
        plan.rejected = reject(parsed,
                               given || !m_parser.headerOf(ImportField::LossReason).isEmpty()
                                   ? ImportField::LossReason
                                   : ImportField::LostAt,
                               given ? outcome.lossReason : lostText,
                               given ? tr("not a loss reason of the catalog (known codes: %1)")
                                           .arg(known.join(QStringLiteral(", ")))
                                     : tr("a lost deal needs a loss reason of the catalog "
                                          "(loss_reason; known codes: %1)")
                                           .arg(known.join(QStringLiteral(", "))));
        return plan;
    }
    if (lead.status == LeadStatus::Lost) {
        const bool same = lead.closedAt == outcome.lostAt && lead.lossReasonId == reason->id;
        if (!same) {
            const Reason *recorded = lead.lossReasonId ? m_reasons.findById(*lead.lossReasonId)
                                                       : nullptr;
            plan.rejected = reject(parsed,
                                   ImportField::LostAt,
                                   lostText,
                                   tr("lead %1 is already lost (on %2, reason \"%3\"); an import "
                                      "does not change a recorded outcome")
                                       .arg(lead.id)
                                       .arg(lead.closedAt.toTimeZone(m_zone).toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm")),
                                            recorded ? recorded->title() : tr("unknown")));
        }
        plan.lead = lead;
        return plan;
    }
    if (outcome.lostAt > m_now) {
        plan.rejected
            = reject(parsed, ImportField::LostAt, lostText, tr("the deal is lost in the future"));
        return plan;
    }
    TransitionRequest lost;
    lost.action = LeadAction::MarkLost;
    lost.reasonCode = reason->code;
    // The proof a reason demands must come from the file: the rules see its comment alone.
    lost.comment = outcome.lossComment;
    return walk(std::move(plan), lead, parsed, where, outcome.lostAt, lost, lostText);
}

OutcomePlan OutcomePlanner::walk(OutcomePlan plan,
                                 Lead lead,
                                 const ImportRowParser::Parsed &parsed,
                                 const QString &where,
                                 const QDateTime &at,
                                 const TransitionRequest &final,
                                 const QString &atText) const
{
    const bool won = final.action == LeadAction::MarkWon;
    const ImportField dateField = won ? ImportField::WonAt : ImportField::LostAt;
    QList<LeadAction> path;
    if (lead.status == LeadStatus::New)
        path.append(LeadAction::LogContact);
    if (lead.status == LeadStatus::New || lead.status == LeadStatus::InWork)
        path.append(LeadAction::Qualify);
    path.append(final.action); // from any other status the workflow says why not

    for (LeadAction action : std::as_const(path)) {
        TransitionRequest request = action == final.action ? final : TransitionRequest();
        request.action = action;
        request.at = at;
        request.imported = true;
        switch (action) {
        case LeadAction::LogContact:
            request.comment = won ? tr("%1: won in the other CRM; first contact time unknown")
                                        .arg(where)
                                  : tr("%1: lost in the other CRM; first contact time unknown")
                                        .arg(where);
            break;
        case LeadAction::Qualify:
            request.needConfirmed = request.budgetConfirmed = request.authorityConfirmed = true;
            request.comment
                = won ? tr("%1: need, budget and decision-maker implied by the signed deal")
                            .arg(where)
                      : tr("%1: need, budget and decision-maker implied by the deal the other CRM "
                           "worked on")
                            .arg(where);
            break;
        default:
            break;
        }
        const QList<TransitionProblem> problems
            = LeadWorkflow::problems(lead, request, m_actor, m_reasons);
        if (!problems.isEmpty()) {
            QStringList messages;
            bool amount = false;
            bool comment = false;
            for (const TransitionProblem &problem : problems) {
                messages.append(problem.message);
                amount = amount || problem.field == QLatin1String("amount")
                         || problem.field == QLatin1String("currency");
                comment = comment || problem.field == QLatin1String("comment");
            }
            const bool amountColumn = won && amount
                                      && !m_parser.headerOf(ImportField::DealAmount).isEmpty();
            const bool commentColumn = !won && comment
                                       && !m_parser.headerOf(ImportField::LossComment).isEmpty();
            ImportField field = dateField;
            QString value = atText;
            if (amountColumn) {
                field = ImportField::DealAmount;
                if (final.amountMinor)
                    value = formatAmountPlain(*final.amountMinor);
            } else if (commentColumn) {
                field = ImportField::LossComment;
                value = parsed.outcome.lossComment;
            }
            plan.rejected = reject(parsed, field, value,
                                   tr("lead %1: %2").arg(lead.id).arg(
                                       withoutFinalStop(messages.join(u' '))));
            return plan;
        }
        if (action == LeadAction::MarkLost) {
            request.comment = request.comment.isEmpty()
                                  ? tr("%1: lost on %2").arg(where, atText)
                                  : tr("%1: lost on %2: %3").arg(where, atText, request.comment);
        }
        TransitionOutcome step = LeadWorkflow::apply(lead, request, m_actor, m_reasons);
        record(plan, step.event);
        lead = step.lead;
    }
    plan.outcomeApplied = true;
    plan.lead = lead;
    return plan;
}

} // namespace LeadPact
