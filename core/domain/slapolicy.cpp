// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicy.h"

#include "error.h"
#include "lead.h"

namespace LeadPact {

QString slaStateCode(SlaState state)
{
    switch (state) {
    case SlaState::OnTime: return QStringLiteral("on_time");
    case SlaState::DueSoon: return QStringLiteral("due_soon");
    case SlaState::Overdue: return QStringLiteral("overdue");
    case SlaState::Met: return QStringLiteral("met");
    case SlaState::Missed: return QStringLiteral("missed");
    }
    return {};
}

QString slaStateTitle(SlaState state)
{
    switch (state) {
    case SlaState::OnTime: return QCoreApplication::translate("SlaState", "On time");
    case SlaState::DueSoon: return QCoreApplication::translate("SlaState", "Due soon");
    case SlaState::Overdue: return QCoreApplication::translate("SlaState", "Overdue");
    case SlaState::Met: return QCoreApplication::translate("SlaState", "Met");
    case SlaState::Missed: return QCoreApplication::translate("SlaState", "Missed");
    }
    return {};
}

QDateTime SlaPolicy::deadline(const QDateTime &receivedAt) const
{
    if (!receivedAt.isValid())
        return {};
    return calendar.addWorkingSeconds(receivedAt, qint64(firstContactMinutes) * 60);
}

SlaStatus SlaPolicy::status(const Lead &lead, const QDateTime &now) const
{
    SlaStatus result;
    result.deadline = lead.slaDueAt.isValid() ? lead.slaDueAt : deadline(lead.receivedAt);
    // A rejection without a call also answers the lead (spam needs no call).
    result.answeredAt = lead.firstContactAt.isValid() ? lead.firstContactAt : lead.rejectedAt;
    if (result.answeredAt.isValid()) {
        result.state = result.answeredAt <= result.deadline ? SlaState::Met : SlaState::Missed;
        result.remainingSeconds = result.answeredAt.secsTo(result.deadline);
        return result;
    }
    result.remainingSeconds = now.secsTo(result.deadline);
    if (result.remainingSeconds < 0)
        result.state = SlaState::Overdue;
    else if (result.remainingSeconds <= qint64(dueSoonMinutes) * 60)
        result.state = SlaState::DueSoon;
    else
        result.state = SlaState::OnTime;
    return result;
}

void SlaPolicy::stampFirstContact(Lead &lead) const
{
    if (!lead.firstContactAt.isValid() || !lead.receivedAt.isValid()) {
        lead.firstContactWorkSeconds.reset();
        return;
    }
    lead.firstContactWorkSeconds = calendar.workingSecondsBetween(lead.receivedAt,
                                                                  lead.firstContactAt);
}

std::optional<QString> SlaPolicy::problem() const
{
    if (firstContactMinutes < 1 || firstContactMinutes > 7 * 24 * 60)
        return tr("The first-contact target must be 1 minute to 7 days (field \"first_contact_minutes\").");
    if (dueSoonMinutes < 0 || dueSoonMinutes >= firstContactMinutes)
        return tr("The due-soon warning must be shorter than the first-contact target (field "
                  "\"due_soon_minutes\").");
    return calendar.problem();
}

QJsonObject SlaPolicy::toJson() const
{
    return {{QStringLiteral("first_contact_minutes"), firstContactMinutes},
            {QStringLiteral("due_soon_minutes"), dueSoonMinutes},
            {QStringLiteral("calendar"), calendar.toJson()}};
}

SlaPolicy SlaPolicy::fromJson(const QJsonObject &json)
{
    SlaPolicy policy;
    policy.firstContactMinutes = json.value(QStringLiteral("first_contact_minutes")).toInt(15);
    policy.dueSoonMinutes = json.value(QStringLiteral("due_soon_minutes")).toInt(5);
    if (json.contains(QStringLiteral("calendar")))
        policy.calendar = WorkCalendar::fromJson(json.value(QStringLiteral("calendar")).toObject());
    if (const auto problem = policy.problem())
        throw Error(Error::Kind::Validation, *problem);
    return policy;
}

} // namespace LeadPact
