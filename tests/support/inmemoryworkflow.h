// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory world for pure LeadWorkflow tests: a small reason catalog (active, comment-
// required and archived reasons of both kinds), three users, a lead consistent with any status
// and a valid request for any action. No database.
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/reason.h"
#include "domain/role.h"

namespace LeadPact::Test::InMemory {

inline const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
inline const QDateTime arrived(QDate(2026, 11, 23), QTime(9, 55), Qt::UTC);

inline Reason reason(qint64 id,
                     ReasonKind kind,
                     const QString &code,
                     bool commentRequired = false,
                     bool archived = false)
{
    Reason r;
    r.id = id;
    r.kind = kind;
    r.code = code;
    r.titleRu = QStringLiteral("Причина ") + code;
    r.titleEn = QStringLiteral("Reason ") + code;
    r.commentRequired = commentRequired;
    r.archived = archived;
    r.sortOrder = int(id);
    return r;
}

inline const ReasonCatalog catalog({
    reason(1, ReasonKind::Rejection, QStringLiteral("no_budget")),
    reason(2, ReasonKind::Rejection, QStringLiteral("competitor"), true),
    reason(3, ReasonKind::Rejection, QStringLiteral("old_reason"), false, true),
    reason(10, ReasonKind::Loss, QStringLiteral("price")),
    reason(11, ReasonKind::Loss, QStringLiteral("chose_competitor"), true),
    reason(12, ReasonKind::Loss, QStringLiteral("old_loss"), false, true),
});

inline User user(qint64 id, const QString &login, Role role)
{
    User u;
    u.id = id;
    u.login = login;
    u.role = role;
    return u;
}

inline const User manager = user(1, QStringLiteral("anna"), Role::Manager);
inline const User head = user(3, QStringLiteral("rop"), Role::HeadOfSales);
inline const User marketing = user(4, QStringLiteral("mark"), Role::Marketing);

// The user whose role performs the action (the lead's owner for sales actions).
inline const User &actorFor(LeadAction action)
{
    switch (action) {
    case LeadAction::Dispute:
        return marketing;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        return head;
    default:
        return manager;
    }
}

// A lead owned by the manager, consistent with `status` (what earlier transitions left).
inline Lead leadIn(LeadStatus status)
{
    Lead lead;
    lead.id = 42;
    lead.receivedAt = arrived;
    lead.name = QStringLiteral("Ivan");
    lead.phone = QStringLiteral("+79123456789");
    lead.channel = QStringLiteral("context");
    lead.ownerId = manager.id;
    lead.status = status;
    if (status != LeadStatus::New)
        lead.firstContactAt = arrived.addSecs(60);
    if (status == LeadStatus::Qualified || status == LeadStatus::Won || status == LeadStatus::Lost)
        lead.needConfirmed = lead.budgetConfirmed = lead.authorityConfirmed = true;
    if (status == LeadStatus::Rejected || status == LeadStatus::Disputed) {
        lead.rejectionReasonId = 1;
        lead.rejectedAt = arrived.addSecs(120);
    }
    if (status == LeadStatus::Disputed)
        lead.disputeComment = QStringLiteral("they have a registered business");
    if (status == LeadStatus::Lost)
        lead.lossReasonId = 10;
    if (status == LeadStatus::Won) {
        lead.dealAmountMinor = 100;
        lead.dealCurrency = QStringLiteral("RUB");
        lead.paidOn = arrived.date();
    }
    return lead;
}

// A request that passes every field rule of its action.
inline TransitionRequest request(LeadAction action)
{
    TransitionRequest r;
    r.action = action;
    r.at = now;
    switch (action) {
    case LeadAction::LogContact:
        r.contactAt = now.addSecs(-60);
        break;
    case LeadAction::Qualify:
        r.needConfirmed = r.budgetConfirmed = r.authorityConfirmed = true;
        break;
    case LeadAction::Reject:
        r.reasonCode = QStringLiteral("no_budget");
        break;
    case LeadAction::Dispute:
        r.comment = QStringLiteral("registered business, target client");
        break;
    case LeadAction::MarkWon:
        r.amountMinor = 1500000;
        r.currency = QStringLiteral("RUB");
        r.paidOn = now.date();
        break;
    case LeadAction::MarkLost:
        r.reasonCode = QStringLiteral("price");
        break;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        break;
    }
    return r;
}

} // namespace LeadPact::Test::InMemory
