// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadworkflow.h"

#include "permissions.h"
#include "reason.h"
#include "role.h"

#include <QRegularExpression>

namespace LeadPact {

LeadStatus LeadWorkflow::targetStatus(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact: return LeadStatus::InWork;
    case LeadAction::Qualify: return LeadStatus::Qualified;
    case LeadAction::Reject: return LeadStatus::Rejected;
    case LeadAction::Dispute: return LeadStatus::Disputed;
    case LeadAction::ConfirmRejection: return LeadStatus::Rejected;
    case LeadAction::ReturnToManager: return LeadStatus::InWork;
    case LeadAction::MarkWon: return LeadStatus::Won;
    case LeadAction::MarkLost: return LeadStatus::Lost;
    }
    return LeadStatus::New;
}

QList<LeadStatus> LeadWorkflow::sourceStatuses(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact: return {LeadStatus::New};
    case LeadAction::Qualify: return {LeadStatus::InWork};
    case LeadAction::Reject: return {LeadStatus::New, LeadStatus::InWork};
    case LeadAction::Dispute: return {LeadStatus::Rejected};
    case LeadAction::ConfirmRejection: return {LeadStatus::Disputed};
    case LeadAction::ReturnToManager: return {LeadStatus::Disputed};
    case LeadAction::MarkWon: return {LeadStatus::Qualified};
    case LeadAction::MarkLost: return {LeadStatus::Qualified};
    }
    return {};
}

bool LeadWorkflow::isAllowed(LeadStatus from, LeadStatus to)
{
    for (LeadAction action : allLeadActions) {
        if (targetStatus(action) == to && sourceStatuses(action).contains(from))
            return true;
    }
    return false;
}

QList<LeadAction> LeadWorkflow::availableActions(const Lead &lead, const User &user)
{
    QList<LeadAction> actions;
    for (LeadAction action : allLeadActions) {
        if (sourceStatuses(action).contains(lead.status)
            && !Permissions::refusal(user, action, lead))
            actions.append(action);
    }
    return actions;
}

QString LeadWorkflow::refusedTransitionMessage(LeadStatus from, LeadStatus to)
{
    if (from == to)
        return tr("The lead is already \"%1\".").arg(statusTitle(to));
    return tr("A lead cannot go from \"%1\" to \"%2\".").arg(statusTitle(from), statusTitle(to));
}

namespace {

void addValidation(QList<TransitionProblem> &problems, const QString &message,
                   const QString &field = {})
{
    problems.append({Error::Kind::Validation, message, field});
}

// Checks a reason code against the catalog of the given kind; returns the reason when usable.
const Reason *checkReason(QList<TransitionProblem> &problems, const ReasonCatalog &reasons,
                          ReasonKind kind, const QString &code, const QString &comment)
{
    const bool rejection = kind == ReasonKind::Rejection;
    if (code.trimmed().isEmpty()) {
        addValidation(problems,
                      (rejection ? LeadWorkflow::tr("A rejection needs a reason from the catalog "
                                                    "(field \"reason\"). Active reasons: %1.")
                                 : LeadWorkflow::tr("A lost deal needs a loss reason from the "
                                                    "catalog (field \"reason\"). Active reasons: %1."))
                          .arg(reasons.activeCodes(kind).join(QStringLiteral(", "))),
                      QStringLiteral("reason"));
        return nullptr;
    }
    const Reason *reason = reasons.find(kind, code.trimmed());
    if (!reason) {
        addValidation(problems, LeadWorkflow::tr("Reason \"%1\" is not in the catalog (field "
                                                 "\"reason\"). Active reasons: %2.")
                                    .arg(code, reasons.activeCodes(kind).join(QStringLiteral(", "))));
        return nullptr;
    }
    if (reason->archived) {
        addValidation(problems, LeadWorkflow::tr("Reason \"%1\" is archived and cannot be chosen "
                                                 "any more (field \"reason\").")
                                    .arg(reason->code));
        return nullptr;
    }
    if (reason->commentRequired && comment.trimmed().isEmpty()) {
        addValidation(problems, LeadWorkflow::tr("Reason \"%1\" requires a comment as proof "
                                                 "(field \"comment\").")
                                    .arg(reason->title()),
                      QStringLiteral("comment"));
    }
    return reason;
}

} // namespace

QList<TransitionProblem> LeadWorkflow::problems(const Lead &lead, const TransitionRequest &request,
                                                const User &actor, const ReasonCatalog &reasons)
{
    QList<TransitionProblem> problems;
    const LeadStatus to = targetStatus(request.action);
    if (!sourceStatuses(request.action).contains(lead.status)) {
        problems.append({Error::Kind::Transition, refusedTransitionMessage(lead.status, to), {}});
        return problems;
    }
    if (const auto refusal = Permissions::refusal(actor, request.action, lead)) {
        problems.append({Error::Kind::Permission, *refusal, {}});
        return problems;
    }

    switch (request.action) {
    case LeadAction::LogContact: {
        const QDateTime contactAt = request.contactAt.isValid() ? request.contactAt : request.at;
        if (request.imported && !request.contactAt.isValid())
            break; // the other CRM did not record when: the time stays unknown
        if (!contactAt.isValid()) {
            addValidation(problems, tr("The contact time is missing (field \"contact_at\")."));
        } else {
            if (lead.receivedAt.isValid() && contactAt < lead.receivedAt) {
                addValidation(problems, tr("The contact time %1 is before the lead arrived at %2 "
                                           "(field \"contact_at\").")
                                            .arg(contactAt.toString(Qt::ISODate),
                                                 lead.receivedAt.toString(Qt::ISODate)));
            }
            if (request.at.isValid() && contactAt > request.at.addSecs(60)) {
                addValidation(problems, tr("The contact time %1 is in the future (field "
                                           "\"contact_at\").")
                                            .arg(contactAt.toString(Qt::ISODate)));
            }
        }
        break;
    }
    case LeadAction::Qualify: {
        QStringList missing;
        if (!request.needConfirmed)
            missing.append(tr("need"));
        if (!request.budgetConfirmed)
            missing.append(tr("budget"));
        if (!request.authorityConfirmed)
            missing.append(tr("decision-maker"));
        if (!missing.isEmpty()) {
            addValidation(problems, tr("A lead becomes SQL only when need, budget and "
                                       "decision-maker are all confirmed; not confirmed: %1.")
                                        .arg(missing.join(QStringLiteral(", "))));
        }
        if (request.expectedAmountMinor && *request.expectedAmountMinor < 0)
            addValidation(problems, tr("The expected amount cannot be negative (field \"amount\")."),
                          QStringLiteral("amount"));
        break;
    }
    case LeadAction::Reject:
        checkReason(problems, reasons, ReasonKind::Rejection, request.reasonCode, request.comment);
        break;
    case LeadAction::Dispute:
        if (request.comment.trimmed().isEmpty()) {
            addValidation(problems, tr("A dispute must say why the lead is a target one (field "
                                       "\"comment\")."));
        }
        break;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        break;
    case LeadAction::MarkWon: {
        const bool amountUnknown = request.imported && !request.amountMinor;
        if (!amountUnknown && (!request.amountMinor || *request.amountMinor <= 0))
            addValidation(problems, tr("A won deal needs a positive amount (field \"amount\")."),
                          QStringLiteral("amount"));
        static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
        if (!amountUnknown && !currencyCode.match(request.currency).hasMatch()) {
            addValidation(problems, tr("\"%1\" is not a three-letter ISO 4217 currency code (field "
                                       "\"currency\").")
                                        .arg(request.currency),
                          QStringLiteral("currency"));
        }
        if (!request.paidOn.isValid()) {
            addValidation(problems, tr("A won deal needs its payment date (field \"paid_on\")."));
        } else {
            if (lead.receivedAt.isValid() && request.paidOn < lead.receivedAt.date()) {
                addValidation(problems, tr("The payment date %1 is before the lead arrived (field "
                                           "\"paid_on\").")
                                            .arg(request.paidOn.toString(Qt::ISODate)));
            }
            if (request.at.isValid() && request.paidOn > request.at.date().addDays(1)) {
                addValidation(problems, tr("The payment date %1 is in the future (field "
                                           "\"paid_on\").")
                                            .arg(request.paidOn.toString(Qt::ISODate)));
            }
        }
        break;
    }
    case LeadAction::MarkLost:
        checkReason(problems, reasons, ReasonKind::Loss, request.reasonCode, request.comment);
        break;
    }
    return problems;
}

TransitionOutcome LeadWorkflow::apply(const Lead &lead, const TransitionRequest &request,
                                      const User &actor, const ReasonCatalog &reasons)
{
    const QList<TransitionProblem> found = problems(lead, request, actor, reasons);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const TransitionProblem &problem : found)
            messages.append(problem.message);
        throw Error(found.first().kind, messages.join(QLatin1Char(' ')));
    }

    const QDateTime at = request.at.isValid() ? request.at.toUTC()
                                              : QDateTime::currentDateTimeUtc();
    Lead next = lead;
    next.status = targetStatus(request.action);
    next.statusChangedAt = at;

    LeadEvent event;
    event.leadId = lead.id;
    event.at = at;
    event.actorId = actor.id;
    event.kind = EventKind::StatusChanged;
    event.fromStatus = lead.status;
    event.toStatus = next.status;
    event.comment = request.comment.trimmed();

    switch (request.action) {
    case LeadAction::LogContact:
        if (request.imported && !request.contactAt.isValid())
            break; // time and kind unknown; the owner comes from the imported file, if at all
        next.firstContactAt = (request.contactAt.isValid() ? request.contactAt : at).toUTC();
        next.firstContactKind = request.contactKind;
        if (!next.ownerId)
            next.ownerId = actor.id; // the one who calls first takes the lead
        break;
    case LeadAction::Qualify:
        next.needConfirmed = next.budgetConfirmed = next.authorityConfirmed = true;
        next.expectedAmountMinor = request.expectedAmountMinor;
        next.qualifiedAt = at;
        break;
    case LeadAction::Reject: {
        const Reason *reason = reasons.find(ReasonKind::Rejection, request.reasonCode.trimmed());
        next.rejectionReasonId = reason->id;
        next.rejectionComment = event.comment;
        next.rejectedAt = at;
        event.reasonId = reason->id;
        break;
    }
    case LeadAction::Dispute:
        next.disputeComment = event.comment;
        next.disputedAt = at;
        event.reasonId = lead.rejectionReasonId;
        break;
    case LeadAction::ConfirmRejection:
        event.reasonId = lead.rejectionReasonId;
        break;
    case LeadAction::ReturnToManager:
        // The rejection is overturned; it stays in the event log, not on the lead.
        next.rejectionReasonId.reset();
        next.rejectionComment.clear();
        next.rejectedAt = {};
        break;
    case LeadAction::MarkWon:
        next.dealAmountMinor = request.amountMinor;
        next.dealCurrency = request.amountMinor ? request.currency : QString();
        next.paidOn = request.paidOn;
        next.closedAt = at;
        break;
    case LeadAction::MarkLost: {
        const Reason *reason = reasons.find(ReasonKind::Loss, request.reasonCode.trimmed());
        next.lossReasonId = reason->id;
        next.lossComment = event.comment;
        next.closedAt = at;
        event.reasonId = reason->id;
        break;
    }
    }
    event.changes = diffLeads(lead, next);
    return {next, event};
}

} // namespace LeadPact
