// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaign.h"

#include <QDate>
#include <QList>
#include <QString>

namespace LeadPact::Demo {

// How one channel behaves in the demo: its share of the inflow and the quality of its leads.
struct ChannelProfile
{
    QString code;
    double weight;          // share of arrivals
    double incompleteRate;  // leads without name or phone
    double junkRate;        // leads sales rightly reject
    double qualifyRate;     // contacted, non-junk leads that become SQL
    double winRate;         // SQL that end in a won deal
    qint64 averageDeal;     // minor units
    double cycleDays;       // median days from qualification to payment
    QString utmSource;
    QString utmMedium;
    QStringList campaigns;
    QList<QPair<QString, double>> rejectionReasons; // code -> weight, differs by channel
};

// How one manager works: speed to first contact, discipline, skill.
struct ManagerProfile
{
    QString login;
    QString displayName;
    double weight;             // share of leads distributed to them
    double medianContactMins;  // median first-contact delay in business time
    double forgetRate;         // leads never contacted
    double rejectNoQualifyRate; // junk-rejects leads without asking the qualifying questions
    double skill;              // multiplies the channel's win rate
};

const QList<ChannelProfile> &channelProfiles();
const QList<ManagerProfile> &managerProfiles();

// Marketing's registry for a demo whose data runs from `firstDay` to `lastDay` (days in the
// team's zone): promotions behind some of the channels' campaign labels (landing "/lp/<label>"
// on the company's promo site, utm_campaign = label), dated back from the last day and kept
// inside the period, plus one that starts two days after the last day, so opening a fresh demo
// (whose last day is today by default) announces an upcoming launch. Oldest start first; no
// owner (the generator sets it).
QList<Campaign> campaigns(const QDate &firstDay, const QDate &lastDay);
// How many days after the demo's last day the upcoming campaign starts.
constexpr int upcomingLaunchInDays = 2;

// Names and phrases to compose plausible Russian leads and comments.
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companyNames();
QString proofComment(const QString &reasonCode, int variant);

} // namespace LeadPact::Demo
