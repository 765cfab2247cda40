// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadevent.h"

#include "lead.h"

#include <QJsonValue>

namespace LeadPact {

QString eventKindCode(EventKind kind)
{
    switch (kind) {
    case EventKind::Created: return QStringLiteral("created");
    case EventKind::StatusChanged: return QStringLiteral("status");
    case EventKind::Edited: return QStringLiteral("edited");
    case EventKind::Assigned: return QStringLiteral("assigned");
    case EventKind::Compensation: return QStringLiteral("compensation");
    }
    return {};
}

std::optional<EventKind> eventKindFromString(const QString &text)
{
    for (EventKind kind : {EventKind::Created, EventKind::StatusChanged, EventKind::Edited,
                           EventKind::Assigned, EventKind::Compensation}) {
        if (eventKindCode(kind) == text)
            return kind;
    }
    return std::nullopt;
}

namespace {

QJsonValue toJson(const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); }
QJsonValue toJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue toJson(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue toJson(bool value) { return QJsonValue(value); }
QJsonValue toJson(LeadStatus value) { return QJsonValue(statusCode(value)); }
QJsonValue toJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
QJsonValue toJson(const std::optional<ContactKind> &value)
{
    return value ? QJsonValue(contactKindCode(*value)) : QJsonValue();
}

template<typename T>
void compare(QJsonObject &changes, const char *field, const T &before, const T &after)
{
    if (before == after)
        return;
    changes.insert(QLatin1String(field),
                   QJsonObject{{QStringLiteral("from"), toJson(before)},
                               {QStringLiteral("to"), toJson(after)}});
}

} // namespace

QJsonObject diffLeads(const Lead &a, const Lead &b)
{
    QJsonObject c;
    compare(c, "external_id", a.externalId, b.externalId);
    compare(c, "received_at", a.receivedAt, b.receivedAt);
    compare(c, "name", a.name, b.name);
    compare(c, "phone", a.phone, b.phone);
    compare(c, "phone_raw", a.phoneRaw, b.phoneRaw);
    compare(c, "email", a.email, b.email);
    compare(c, "company", a.company, b.company);
    compare(c, "channel", a.channel, b.channel);
    compare(c, "campaign", a.campaign, b.campaign);
    compare(c, "landing_page", a.landingPage, b.landingPage);
    compare(c, "utm_source", a.utmSource, b.utmSource);
    compare(c, "utm_medium", a.utmMedium, b.utmMedium);
    compare(c, "utm_campaign", a.utmCampaign, b.utmCampaign);
    compare(c, "owner_id", a.ownerId, b.ownerId);
    compare(c, "status", a.status, b.status);
    compare(c, "sla_due_at", a.slaDueAt, b.slaDueAt);
    compare(c, "first_contact_at", a.firstContactAt, b.firstContactAt);
    compare(c, "first_contact_kind", a.firstContactKind, b.firstContactKind);
    compare(c, "first_contact_work_secs", a.firstContactWorkSeconds, b.firstContactWorkSeconds);
    compare(c, "need_confirmed", a.needConfirmed, b.needConfirmed);
    compare(c, "budget_confirmed", a.budgetConfirmed, b.budgetConfirmed);
    compare(c, "authority_confirmed", a.authorityConfirmed, b.authorityConfirmed);
    compare(c, "expected_amount", a.expectedAmountMinor, b.expectedAmountMinor);
    compare(c, "qualified_at", a.qualifiedAt, b.qualifiedAt);
    compare(c, "rejection_reason_id", a.rejectionReasonId, b.rejectionReasonId);
    compare(c, "rejection_comment", a.rejectionComment, b.rejectionComment);
    compare(c, "rejected_at", a.rejectedAt, b.rejectedAt);
    compare(c, "dispute_comment", a.disputeComment, b.disputeComment);
    compare(c, "disputed_at", a.disputedAt, b.disputedAt);
    compare(c, "loss_reason_id", a.lossReasonId, b.lossReasonId);
    compare(c, "loss_comment", a.lossComment, b.lossComment);
    compare(c, "deal_amount", a.dealAmountMinor, b.dealAmountMinor);
    compare(c, "deal_currency", a.dealCurrency, b.dealCurrency);
    compare(c, "paid_on", a.paidOn, b.paidOn);
    compare(c, "closed_at", a.closedAt, b.closedAt);
    compare(c, "notes", a.notes, b.notes);
    compare(c, "declared_monthly_revenue", a.declaredMonthlyRevenueMinor,
            b.declaredMonthlyRevenueMinor);
    compare(c, "possible_duplicate_of", a.possibleDuplicateOf, b.possibleDuplicateOf);
    compare(c, "promo_code", a.promoCode, b.promoCode);
    compare(c, "campaign_id", a.campaignId, b.campaignId);
    return c;
}

namespace {

void setFrom(const QJsonValue &v, QString &field) { field = v.toString(); }
void setFrom(const QJsonValue &v, QDateTime &field)
{
    field = v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}
void setFrom(const QJsonValue &v, QDate &field)
{
    field = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
void setFrom(const QJsonValue &v, bool &field) { field = v.toBool(); }
void setFrom(const QJsonValue &v, LeadStatus &field)
{
    field = statusFromString(v.toString()).value_or(field);
}
void setFrom(const QJsonValue &v, std::optional<qint64> &field)
{
    field = v.isNull() ? std::nullopt : std::optional<qint64>(v.toInteger());
}
void setFrom(const QJsonValue &v, std::optional<ContactKind> &field)
{
    field = v.isNull() ? std::nullopt : contactKindFromString(v.toString());
}

} // namespace

Lead revertChanges(const Lead &lead, const QJsonObject &changes)
{
    Lead l = lead;
    const auto from = [&](const char *key, auto &field) {
        const QJsonValue change = changes.value(QLatin1String(key));
        if (change.isObject())
            setFrom(change.toObject().value(QStringLiteral("from")), field);
    };
    from("external_id", l.externalId);
    from("received_at", l.receivedAt);
    from("name", l.name);
    from("phone", l.phone);
    from("phone_raw", l.phoneRaw);
    from("email", l.email);
    from("company", l.company);
    from("channel", l.channel);
    from("campaign", l.campaign);
    from("landing_page", l.landingPage);
    from("utm_source", l.utmSource);
    from("utm_medium", l.utmMedium);
    from("utm_campaign", l.utmCampaign);
    from("owner_id", l.ownerId);
    from("status", l.status);
    from("sla_due_at", l.slaDueAt);
    from("first_contact_at", l.firstContactAt);
    from("first_contact_kind", l.firstContactKind);
    from("first_contact_work_secs", l.firstContactWorkSeconds);
    from("need_confirmed", l.needConfirmed);
    from("budget_confirmed", l.budgetConfirmed);
    from("authority_confirmed", l.authorityConfirmed);
    from("expected_amount", l.expectedAmountMinor);
    from("qualified_at", l.qualifiedAt);
    from("rejection_reason_id", l.rejectionReasonId);
    from("rejection_comment", l.rejectionComment);
    from("rejected_at", l.rejectedAt);
    from("dispute_comment", l.disputeComment);
    from("disputed_at", l.disputedAt);
    from("loss_reason_id", l.lossReasonId);
    from("loss_comment", l.lossComment);
    from("deal_amount", l.dealAmountMinor);
    from("deal_currency", l.dealCurrency);
    from("paid_on", l.paidOn);
    from("closed_at", l.closedAt);
    from("notes", l.notes);
    from("declared_monthly_revenue", l.declaredMonthlyRevenueMinor);
    from("possible_duplicate_of", l.possibleDuplicateOf);
    from("promo_code", l.promoCode);
    from("campaign_id", l.campaignId);
    return l;
}

} // namespace LeadPact
