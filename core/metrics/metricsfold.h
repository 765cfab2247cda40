// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricsquery.h"
#include "metricsscan.h"
#include "metricvalues.h"

#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace LeadPact {

class ReasonCatalog;

// Folding MetricsScan's tables into the value structs: sums, nearest-rank percentiles, money
// per currency. Plain arithmetic on small tables, no SQL. Internal to core/metrics.
namespace MetricsFold {

using Counters = MetricsScan::Counters;
using Distribution = std::map<qint64, qint64>; // value -> leads
using SpendByCurrency = std::map<QString, qint64>;

// Deals of one row: currency -> (count, revenue), and the cycle days' distribution.
struct DealTotals
{
    std::map<QString, std::pair<qint64, qint64>> byCurrency;
    Distribution cycleDays;
};

// The cube summed over all rows, per channel and per owner, with first-contact minutes.
struct Folded
{
    Counters all {};
    std::map<QString, Counters> byChannel;
    std::map<qint64, Counters> byOwner;
    Distribution minutes;
    std::map<QString, Distribution> minutesByChannel;
    std::map<qint64, Distribution> minutesByOwner;
};

void requireValid(const MetricsQuery &query); // throws Error(Validation)
void add(Counters &into, const Counters &from);
// Adds the cube rows of local days firstDay..lastDay.
void foldCube(Folded &f, const QList<MetricsScan::CubeRow> &rows, qint64 firstDay, qint64 lastDay);
void foldMinutes(Folded &f, const QList<MetricsScan::MinutesRow> &rows);

FunnelCounts funnelOf(const Counters &c);
SlaStats slaOf(const Counters &c, const Distribution &minutes);
// Nearest rank: the smallest value with at least ceil(p * n) values at or below it.
std::optional<qint64> percentile(const Distribution &values, double p);
qint64 divideRounded(qint64 a, qint64 b); // a / b rounded half up (a, b >= 0, b > 0)
QList<MoneyMetrics> moneyOf(const DealTotals &deals,
                            const std::optional<SpendByCurrency> &spend,
                            const FunnelCounts &funnel,
                            const QString &mainCurrency);
QList<ReasonCount> reasonsOf(const std::map<qint64, qint64> &byReason, const ReasonCatalog &catalog);

} // namespace MetricsFold
} // namespace LeadPact
