// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for leads: a complete incoming lead, a valid request for each action, driving a
// stored lead to any status through LeadService, and raw SQL that bypasses the core.
#pragma once

#include "domain/error.h"
#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/reason.h"
#include "service/leadservice.h"
#include "storage/database.h"
#include "storage/reasonrepository.h"
#include "tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <stdexcept>

namespace LeadPact::Test {

// A lead with all the minimum data, arrived five minutes before the fixture's clock.
inline Lead incomingLead(const QString &externalId = {})
{
    Lead lead;
    lead.externalId = externalId;
    lead.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 55), Qt::UTC);
    lead.name = QStringLiteral("Иван Петров");
    lead.phoneRaw = QStringLiteral("8 (912) 345-67-89");
    lead.phone = QStringLiteral("+79123456789");
    lead.channel = QStringLiteral("context");
    return lead;
}

// A request that passes every field rule of its action (the reasons are seeded catalog codes
// without a comment requirement, and a comment is given anyway).
inline TransitionRequest validRequest(LeadAction action, const QDateTime &at)
{
    TransitionRequest request;
    request.action = action;
    request.at = at;
    request.comment = QStringLiteral("checked by phone");
    switch (action) {
    case LeadAction::LogContact:
        request.contactKind = ContactKind::Call;
        request.contactAt = at;
        break;
    case LeadAction::Qualify:
        request.needConfirmed = request.budgetConfirmed = request.authorityConfirmed = true;
        break;
    case LeadAction::Reject:
        request.reasonCode = QStringLiteral("no_budget");
        break;
    case LeadAction::MarkLost:
        request.reasonCode = QStringLiteral("price");
        break;
    case LeadAction::MarkWon:
        request.amountMinor = 1500000;
        request.currency = QStringLiteral("RUB");
        request.paidOn = at.date();
        break;
    case LeadAction::Dispute:
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        break;
    }
    return request;
}

// The fixture user allowed by role to perform the action (the lead's owner for sales actions).
inline const User &actorFor(TempDatabase &fx, LeadAction action)
{
    switch (action) {
    case LeadAction::Dispute:
        return fx.marketing;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        return fx.head;
    default:
        return fx.manager;
    }
}

// Drives the stored lead through LeadService to `target` with valid requests, one minute apart
// on the fixture's clock. Returns the lead as stored afterwards.
inline Lead driveTo(TempDatabase &fx, LeadService &service, qint64 leadId, LeadStatus target)
{
    QList<LeadAction> path;
    switch (target) {
    case LeadStatus::New:
        break;
    case LeadStatus::InWork:
        path = {LeadAction::LogContact};
        break;
    case LeadStatus::Qualified:
        path = {LeadAction::LogContact, LeadAction::Qualify};
        break;
    case LeadStatus::Won:
        path = {LeadAction::LogContact, LeadAction::Qualify, LeadAction::MarkWon};
        break;
    case LeadStatus::Lost:
        path = {LeadAction::LogContact, LeadAction::Qualify, LeadAction::MarkLost};
        break;
    case LeadStatus::Rejected:
        path = {LeadAction::LogContact, LeadAction::Reject};
        break;
    case LeadStatus::Disputed:
        path = {LeadAction::LogContact, LeadAction::Reject, LeadAction::Dispute};
        break;
    }
    for (LeadAction action : path) {
        fx.clock().advanceSecs(60);
        service.perform(leadId, validRequest(action, fx.clock().now()), actorFor(fx, action));
    }
    const Lead lead = service.lead(leadId);
    if (lead.status != target)
        throw std::logic_error("driveTo did not reach the requested status");
    return lead;
}

inline qint64 reasonId(Database &db, ReasonKind kind, const QString &code)
{
    const ReasonCatalog catalog = ReasonRepository(db).catalog();
    const Reason *reason = catalog.find(kind, code);
    if (!reason)
        throw std::logic_error("no such seeded reason: " + code.toStdString());
    return reason->id;
}

// The outcome of a statement run straight on the connection, past every check in the core.
struct RawResult
{
    bool ok = false;
    QString error; // the database's own text when !ok
    int rowsAffected = -1;
};

inline RawResult rawExec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db.connection());
    RawResult result;
    if (!query.prepare(sql)) {
        result.error = query.lastError().text();
        return result;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    result.ok = query.exec();
    if (result.ok)
        result.rowsAffected = query.numRowsAffected();
    else
        result.error = query.lastError().text();
    return result;
}

// The first column of the first row, or an invalid QVariant when there is no row.
inline QVariant rawValue(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        throw std::logic_error("bad test SQL: " + query.lastError().text().toStdString());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw std::logic_error("test SQL failed: " + query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

} // namespace LeadPact::Test
