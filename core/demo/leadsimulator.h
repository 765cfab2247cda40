// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaignattributor.h"
#include "demoprofile.h"
#include "domain/lead.h"
#include "domain/leadevent.h"
#include "domain/reason.h"
#include "domain/role.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace LeadPact {

class LeadService;

namespace Demo {

// The people the demo data is about.
struct Cast
{
    User system;
    User head;
    User marketing;
    QList<User> managers; // in the order of managerProfiles()
    int created = 0;
};

// One simulated lead: its final state and its history, oldest first.
struct SimulatedLead
{
    Lead lead;
    QList<LeadEvent> events;
};

// Deterministic random numbers for the simulation (QRandomGenerator's algorithms are Qt's own,
// so a seed gives the same data on every platform).
class Random
{
public:
    explicit Random(quint64 seed);
    double uniform() { return m_rng.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    qint64 between(qint64 from, qint64 to) { return from + qint64(uniform() * double(to - from)); }
    // Log-normal with the given median: delays and amounts have long right tails.
    double logNormal(double median, double sigma);
    template<typename T, typename W>
    int weighted(const QList<T> &items, W weightOf)
    {
        double total = 0;
        for (const T &item : items)
            total += weightOf(item);
        double x = uniform() * total;
        for (int i = 0; i < items.size(); ++i) {
            x -= weightOf(items.at(i));
            if (x < 0)
                return i;
        }
        return int(items.size()) - 1;
    }

private:
    QRandomGenerator m_rng;
};

// Plays each lead's life through the real state machine: arrival in business hours (attributed
// to a registry campaign as LeadService::receive does), the manager's first-contact delay,
// rejection (by channel-dependent reasons), disputes, qualification and the deal's outcome,
// stopping at the end of the period.
class LeadSimulator
{
public:
    // `campaigns` is the registry (with ids) and `zone` the team's time zone, as
    // CampaignAttributor takes them.
    LeadSimulator(quint64 seed, qint64 leadCount, qint64 startSecs, qint64 endSecs, Cast cast,
                  ReasonCatalog catalog, const LeadService &service,
                  QList<Campaign> campaigns, QTimeZone zone);

    // The index-th lead (in arrival order); call with 0, 1, 2, … in turn.
    SimulatedLead next(qint64 index);

private:
    // CampaignAttributor::attribute for a lead that just arrived, remembered per day: its
    // result depends only on the lead's promo code, landing page and utm_campaign and on the
    // day it arrived in the team's zone (campaign windows are whole days there), and leads
    // arrive in order, so each set of values is matched once a day, not once a lead.
    std::optional<CampaignAttributor::Match> attribute(Lead &lead);

    QList<Campaign> m_campaigns;
    QTimeZone m_zone;
    qint64 m_dayFrom = 0; // the day the remembered matches hold for, [from, to) in seconds
    qint64 m_dayTo = 0;
    struct Remembered
    {
        std::optional<CampaignAttributor::Match> match;
        QString label;
    };
    QHash<QString, Remembered> m_matches; // promo code, landing and utm_campaign -> match

    quint64 m_seed;
    qint64 m_endSecs;
    Random m_random;
    std::vector<qint64> m_arrivals;
    Cast m_cast;
    ReasonCatalog m_catalog;
    QList<Reason> m_lossReasons;
    const LeadService &m_service;
    const QList<ChannelProfile> &m_channels;
    const QList<ManagerProfile> &m_managerProfiles;
    const QStringList &m_firstNames;
    const QStringList &m_lastNames;
    const QStringList &m_companies;
};

} // namespace Demo
} // namespace LeadPact
