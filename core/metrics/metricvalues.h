// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace LeadPact {

// Plain results of the metrics (docs/metrics.md defines each one). Counts are lead counts;
// money is in minor units of the currency named beside it; percentages are 0–100 and absent
// when their denominator is zero.

// The funnel's stages, each a subset of the one before (the funnel follows MQLs).
enum class FunnelStage { Received, Mql, Contacted, Sql, Won };
inline constexpr std::array<FunnelStage, 5> allFunnelStages = {FunnelStage::Received,
                                                               FunnelStage::Mql,
                                                               FunnelStage::Contacted,
                                                               FunnelStage::Sql,
                                                               FunnelStage::Won};
QString funnelStageCode(FunnelStage stage); // "received", "mql", "contacted", "sql", "won"
QString funnelStageTitle(FunnelStage stage);

// Optional percentage a/b*100 (nothing when b is 0).
std::optional<double> percentOf(qint64 part, qint64 whole);

struct FunnelCounts
{
    qint64 received = 0;         // arrived in the period
    qint64 mql = 0;              // of them, with complete minimum data (name, phone, channel)
    qint64 contacted = 0;        // of the MQLs, first contact logged
    qint64 sql = 0;              // of the MQLs, qualified (now qualified, won or lost)
    qint64 won = 0;              // of the MQLs, won
    qint64 incomplete = 0;       // received - mql
    qint64 rejected = 0;         // rejection stands now: status rejected or disputed (any data)
    qint64 lost = 0;             // status lost (any data)
    qint64 disputed = 0;         // rejections marketing disputed (disputed_at set)
    qint64 disputePending = 0;   // of them, waiting for the head of sales (status disputed)
    qint64 disputeConfirmed = 0; // of them, rejection confirmed
    qint64 overturned = 0;       // of them, returned to the manager

    qint64 count(FunnelStage stage) const;
    // count(stage) / count(previous stage); for Received, nothing.
    std::optional<double> stepConversionPct(FunnelStage stage) const;
    // count(stage) / received.
    std::optional<double> endToEndPct(FunnelStage stage) const;
    FunnelCounts &operator+=(const FunnelCounts &other);
};

// First-contact time in WORKING time of the team calendar (as the SLA counts it), bucketed.
// Boundaries: a bucket holds times greater than the previous bound and at most its own.
enum class ContactBucket { UpTo15Min, UpTo1Hour, UpTo4Hours, UpTo24Hours, Over24Hours, Never };
inline constexpr std::array<ContactBucket, 6> allContactBuckets = {ContactBucket::UpTo15Min,
                                                                   ContactBucket::UpTo1Hour,
                                                                   ContactBucket::UpTo4Hours,
                                                                   ContactBucket::UpTo24Hours,
                                                                   ContactBucket::Over24Hours,
                                                                   ContactBucket::Never};
QString contactBucketCode(
    ContactBucket bucket); // "le_15m", "le_1h", "le_4h", "le_24h", "gt_24h", "never"
QString contactBucketTitle(ContactBucket bucket);
// (lower, upper] in working seconds; upper is nothing for the open last bucket. Never: nothing.
std::optional<std::pair<qint64, std::optional<qint64>>> contactBucketSeconds(ContactBucket bucket);
ContactBucket contactBucketFor(std::optional<qint64> workingSeconds);

struct SlaStats
{
    qint64 leads = 0;                 // received in the period (the denominator)
    qint64 contacted = 0;             // first contact logged
    qint64 withinSla = 0;             // first contact at or before the lead's sla_due_at
    std::array<qint64, 6> buckets {}; // by ContactBucket, summing to `leads`
    // Over contacted leads, in working minutes rounded up; nearest-rank percentiles.
    std::optional<qint64> medianMinutes;
    std::optional<qint64> p90Minutes;

    qint64 bucket(ContactBucket b) const { return buckets[size_t(b)]; }
    std::optional<double> withinPct() const { return percentOf(withinSla, leads); }
};

struct ReasonCount
{
    QString code;  // reason code from the rejection catalog
    QString title; // in the current language
    qint64 count = 0;
    std::optional<double> sharePct; // of the rejected leads in the same row (channel or all)
};

// Money of the leads of the period, in one currency (never summed across currencies).
struct MoneyMetrics
{
    QString currency; // ISO 4217
    qint64 deals = 0; // won leads with a deal in this currency (any data completeness)
    qint64 revenueMinor = 0;
    std::optional<qint64> averageDealMinor; // revenue / deals, rounded half up
    // Marketing spend attributed to the period (see docs/metrics.md); nothing when none was
    // entered or the query filters by campaign or manager (spend is per channel only).
    std::optional<qint64> spendMinor;
    std::optional<qint64> costPerLeadMinor; // spend / received
    std::optional<qint64> costPerSqlMinor;  // spend / sql
    std::optional<qint64> costPerWonMinor;  // spend / deals
    std::optional<double> romiPct;          // (revenue - spend) / spend * 100
};

struct ChannelMetrics
{
    QString channel; // empty: leads that came without a channel
    FunnelCounts funnel;
    SlaStats sla;
    QList<ReasonCount> rejections;         // most frequent first
    std::optional<qint64> medianCycleDays; // arrival (local date) -> paid_on, won leads
    QList<MoneyMetrics> money;             // the team's main currency first
};

struct ManagerMetrics
{
    qint64 managerId = 0; // 0: leads nobody owns
    QString login;
    QString displayName;
    FunnelCounts funnel;
    SlaStats sla;
};

// One ISO week of the trend (Monday to Sunday, local dates).
struct TrendWeek
{
    QDate monday;
    int isoYear = 0;
    int isoWeek = 0;
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 withinSla = 0;
    std::optional<double> mqlToSqlPct() const { return percentOf(sql, mql); }
    std::optional<double> slaWithinPct() const { return percentOf(withinSla, leads); }
};

// Bayesian-smoothed chance that a lead from a source becomes SQL / is won:
// (k + m * p0) / (n + m), p0 the rate over all history, m the prior strength.
struct SourceScore
{
    QString channel;
    QString campaign; // empty: the whole channel
    qint64 leads = 0; // n, all history
    qint64 sql = 0;   // k for SQL
    qint64 won = 0;   // k for won
    double sqlProbability = 0;
    double wonProbability = 0;
    bool hot = false; // sqlProbability >= SourceScores::hotFactor * overall SQL rate
};

// Everything the dashboard shows for one query.
struct DashboardMetrics
{
    QString mainCurrency; // the currency listed first
    FunnelCounts funnel;
    SlaStats sla;
    QList<ChannelMetrics> channels; // largest first
    QList<ManagerMetrics> managers; // by display name; unassigned last
    QList<ReasonCount> rejections;  // all channels, most frequent first
    std::optional<qint64> medianCycleDays;
    QList<MoneyMetrics> money; // all channels; main currency first
    QList<TrendWeek> trend;    // 12 ISO weeks, oldest first, ending with query.to's week
    QList<SourceScore> channelScores;
    QList<SourceScore> campaignScores;
};

} // namespace LeadPact
