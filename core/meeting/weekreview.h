// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "isoweek.h"
#include "meetingservice.h"
#include "metrics/metricsservice.h"
#include "storage/leadfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace LeadPact {

class Clock;
class Database;

// The largest deal won during the week: the meeting starts with it.
struct BestDeal
{
    qint64 leadId = 0;
    QString leadName;
    QString company;
    QString channel;
    QString campaign;
    std::optional<qint64> ownerId;
    QString ownerName;
    qint64 amountMinor = 0;
    QString currency;
    QDate receivedOn; // local dates in the team's zone
    QDate paidOn;
    qint64 cycleDays = 0; // arrival -> payment
};

// One week's figures. Leads, processing, conversion, SLA and rejections count the leads that
// ARRIVED in the week (as the dashboard does); won deals and revenue count the deals WON
// (closed) in the week. See docs/metrics.md, "Weekly sync".
struct WeekFigures
{
    IsoWeek week;
    qint64 received = 0;
    qint64 processed = 0; // answered so far: no longer New (contacted, rejected, …)
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 withinSla = 0;
    qint64 rejected = 0;
    QList<ReasonCount> topReasons; // most frequent first, at most three
    qint64 wonDeals = 0;
    QMap<QString, qint64> revenueMinor; // currency -> revenue of the deals won in the week

    std::optional<double> mqlToSqlPct() const { return percentOf(sql, mql); }
    std::optional<double> slaWithinPct() const { return percentOf(withinSla, received); }
    std::optional<double> processedPct() const { return percentOf(processed, received); }
};

// A fact of the week beside the previous week and the average of the four weeks before it.
struct WeekFact
{
    enum class Better { Higher, Lower };
    QString code;  // "received", "processed", "mql_to_sql_pct", "sla_within_pct", "rejected",
                   // "won", "revenue"
    QString title; // in the UI language
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> fourWeekAverage;
    bool percent = false;  // a percentage (0–100) rather than a count or an amount
    bool money = false;    // an amount in minor units of the main currency
    Better better = Better::Higher;

    // +1 better than the previous week, -1 worse, 0 same or unknown.
    int trendVsPrevious() const;
};

// Thresholds of the problem rules (docs/metrics.md, "Problem rules").
struct ProblemRules
{
    double slaTargetPct = 80;      // a manager below it is a problem
    qint64 minLeads = 10;          // rows with fewer leads are not judged
    double rejectionGrowthPts = 5; // channel rejection share up by at least this many points
    qint64 reasonGrowthLeads = 10; // reason up by at least this many leads...
    double reasonGrowthPct = 25;   // ...and this share of its previous count
    int untouchedHours = 24;       // a New lead older than this is "left untouched"
};

// The weekly sync's data: best deal, facts against earlier weeks, problems proposed by rules.
class WeekReview
{
    Q_DECLARE_TR_FUNCTIONS(WeekReview)

public:
    WeekReview(Database &db, const Clock &clock);

    const QTimeZone &timeZone() const { return m_metrics.timeZone(); }
    // The week the meeting reviews by default: the last finished one in the team's zone.
    IsoWeek defaultWeek() const;
    MetricsQuery query(const IsoWeek &week) const;

    std::optional<BestDeal> bestDeal(const IsoWeek &week) const;
    // The week and the five before it, oldest first (one pass for all six).
    QList<WeekFigures> figures(const IsoWeek &week) const;
    // The facts slide: the week against the previous one and the 4-week average before it.
    QList<WeekFact> facts(const IsoWeek &week) const;
    static QList<WeekFact> factsFrom(const QList<WeekFigures> &figures, const QString &currency);

    // Every rule that fires for the week, in priority order (the meeting takes the first
    // three); `now` decides which New leads are older than a day.
    QList<ProblemProposal> detectProblems(const IsoWeek &week,
                                          const ProblemRules &rules = {}) const;
    // The leads behind a proposed problem (its rule and subject), for the link on the slide.
    LeadFilter problemLeads(const IsoWeek &week, const QString &rule, const QString &subject,
                            const ProblemRules &rules = {}) const;

    const MetricsService &metrics() const { return m_metrics; }

private:
    Database &m_db;
    const Clock &m_clock;
    MetricsService m_metrics;
};

} // namespace LeadPact
