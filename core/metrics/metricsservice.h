// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metriccell.h"
#include "metricsquery.h"
#include "metricsscan.h"
#include "metricvalues.h"
#include "storage/leadfilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

class Clock;
class Database;

// The prior and the smoothed scores of every source, for the dashboard and the queue's "hot"
// indicator (a cheap lookup once built).
class SourceScores
{
public:
    // A source is hot when its smoothed SQL probability is at least this many times the rate
    // over all history.
    static constexpr double hotFactor = 1.25;
    // The prior counts as this many leads at the overall rate (the "m" of the formula).
    static constexpr double priorStrength = 50.0;

    double overallSqlRate = 0;
    double overallWonRate = 0;
    qint64 leads = 0;
    QList<SourceScore> channels;
    QList<SourceScore> campaigns;

    // The campaign's score when known, else its channel's, else the prior.
    SourceScore lookup(const QString &channel, const QString &campaign = {}) const;
    bool isHot(const QString &channel, const QString &campaign = {}) const
    {
        return lookup(channel, campaign).hot;
    }

    // Fills the lookup tables; called after the lists are set.
    void index();

private:
    QHash<QString, qsizetype> m_channelIndex;
    QHash<QString, qsizetype> m_campaignIndex; // "channel\x1fcampaign"
};

// Computes the metrics of docs/metrics.md with SQL aggregates (never loading leads one by one)
// for the dashboard and `leadpact-cli metrics`: both call these same functions.
class MetricsService
{
    Q_DECLARE_TR_FUNCTIONS(MetricsService)

public:
    // The team's time zone and main currency are read from the database (SLA policy).
    MetricsService(Database &db, const Clock &clock);

    const QTimeZone &timeZone() const { return m_zone; }
    // The currency money metrics list first (the team's main one).
    const QString &mainCurrency() const { return m_mainCurrency; }
    // Today's local date in the team's zone, for the presets.
    QDate today() const;

    // Everything the dashboard shows. Throws Error(Validation) for a bad query.
    DashboardMetrics dashboard(const MetricsQuery &query) const;

    FunnelCounts funnel(const MetricsQuery &query) const;
    SlaStats sla(const MetricsQuery &query) const;
    QList<ChannelMetrics> channels(const MetricsQuery &query) const;
    QList<ManagerMetrics> managers(const MetricsQuery &query) const;
    // The 12 ISO weeks (or `weeks`) ending with the week of query.to; the query's channel,
    // campaign and manager apply, its period does not.
    QList<TrendWeek> trend(const MetricsQuery &query, int weeks = 12) const;
    // From all history, ignoring the query. Kept until the data changes (any commit, by this
    // connection or another), so a new filter or period does not recompute them.
    SourceScores sourceScores() const;

    // The campaigns leads came with (of one channel, or all), sorted, for filters; from the
    // kept source scores, so cheap while the data does not change.
    QStringList campaigns(const QString &channel = {}) const;
    // Changes whenever anything is committed to the database (by this connection or another):
    // a view polls it to know when to refresh. Nothing when the engine cannot tell.
    std::optional<QByteArray> dataVersion() const;

    // The leads behind one number: LeadRepository::count(drillDown(query, cell)) equals it.
    LeadFilter drillDown(const MetricsQuery &query, const MetricCell &cell) const;

private:
    static SourceScores scoresOf(const QList<MetricsScan::SourceRow> &rows);
    // The tables of MetricsScan, a long range read in two halves at once.
    MetricsScan::Result scan(const MetricsQuery &filters,
                             const QDateTime &cubeStart,
                             const QDateTime &cubeEnd,
                             const QDateTime &start,
                             const QDateTime &end,
                             bool withDetails) const;

    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    QString m_mainCurrency;
    // The last source scores and the data version they were computed at.
    mutable std::optional<std::pair<QByteArray, SourceScores>> m_scoreCache;
};

} // namespace LeadPact
