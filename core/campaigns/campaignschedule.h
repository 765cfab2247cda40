// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QCoreApplication>
#include <QList>

namespace LeadPact {

// A campaign the managers must hear about: one starting within the next days (so they know
// what clients will ask before the first call) or one that started a day or two ago.
struct CampaignAnnouncement
{
    enum class Kind { Upcoming, StartsToday, JustStarted };
    Campaign campaign;
    Kind kind = Kind::Upcoming;
    int days = 0; // until the start (Upcoming) or since it (JustStarted)
};

// "Told before launch": which campaigns to announce on a day. Pure, so the rule is tested here
// and the UI only shows it.
class CampaignSchedule
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSchedule)

public:
    static constexpr int daysAhead = 3;  // starts within the next three days
    static constexpr int daysBehind = 2; // or started within the last two

    // Active campaigns starting in [today, today + 3] or started in [today - 2, today - 1] and
    // not yet over; soonest start first.
    static QList<CampaignAnnouncement> announcements(const QList<Campaign> &campaigns,
                                                     const QDate &today);
    // One line for a banner: "Starts in 2 days: Spring sale (promo SPRING)".
    static QString text(const CampaignAnnouncement &announcement);
    // Whether the registry should mark the campaign as upcoming on that day.
    static bool isUpcoming(const Campaign &campaign, const QDate &today);
};

} // namespace LeadPact
