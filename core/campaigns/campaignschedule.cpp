// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignschedule.h"

#include <algorithm>

namespace LeadPact {

QList<CampaignAnnouncement> CampaignSchedule::announcements(const QList<Campaign> &campaigns,
                                                            const QDate &today)
{
    QList<CampaignAnnouncement> result;
    for (const Campaign &c : campaigns) {
        if (c.archived || !c.startsOn.isValid())
            continue;
        if (c.endsOn.isValid() && c.endsOn < today)
            continue;
        const qint64 until = today.daysTo(c.startsOn);
        CampaignAnnouncement a;
        a.campaign = c;
        if (until > 0 && until <= daysAhead) {
            a.kind = CampaignAnnouncement::Kind::Upcoming;
            a.days = int(until);
        } else if (until == 0) {
            a.kind = CampaignAnnouncement::Kind::StartsToday;
        } else if (until < 0 && -until <= daysBehind) {
            a.kind = CampaignAnnouncement::Kind::JustStarted;
            a.days = int(-until);
        } else {
            continue;
        }
        result.append(a);
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.campaign.startsOn < b.campaign.startsOn;
    });
    return result;
}

bool CampaignSchedule::isUpcoming(const Campaign &campaign, const QDate &today)
{
    return !campaign.archived && campaign.startsOn.isValid() && campaign.startsOn >= today
           && today.daysTo(campaign.startsOn) <= daysAhead;
}

QString CampaignSchedule::text(const CampaignAnnouncement &a)
{
    QString what = a.campaign.name;
    if (!a.campaign.promoCode.isEmpty())
        what = tr("%1 (promo code %2)").arg(what, a.campaign.promoCode);
    switch (a.kind) {
    case CampaignAnnouncement::Kind::Upcoming:
        return tr("Campaign starts in %n day(s): %1", nullptr, a.days).arg(what);
    case CampaignAnnouncement::Kind::StartsToday:
        return tr("Campaign starts today: %1").arg(what);
    case CampaignAnnouncement::Kind::JustStarted:
        return tr("Campaign started %n day(s) ago: %1", nullptr, a.days).arg(what);
    }
    return what;
}

} // namespace LeadPact
