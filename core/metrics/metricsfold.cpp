// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsfold.h"

#include "domain/error.h"
#include "domain/reason.h"

#include <algorithm>
#include <cmath>

namespace LeadPact::MetricsFold {

void add(Counters &into, const Counters &from)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i] += from[i];
}

FunnelCounts funnelOf(const Counters &c)
{
    FunnelCounts f;
    f.received = c[MetricsScan::Received];
    f.mql = c[MetricsScan::Mql];
    f.contacted = c[MetricsScan::MqlContacted];
    f.sql = c[MetricsScan::MqlSql];
    f.won = c[MetricsScan::MqlWon];
    f.incomplete = f.received - f.mql;
    f.rejected = c[MetricsScan::Rejected];
    f.lost = c[MetricsScan::Lost];
    f.disputed = c[MetricsScan::Disputed];
    f.disputePending = c[MetricsScan::DisputePending];
    f.disputeConfirmed = c[MetricsScan::DisputeConfirmed];
    f.overturned = f.disputed - f.disputePending - f.disputeConfirmed;
    return f;
}

// Nearest rank: the smallest value with at least ceil(p * n) values at or below it.
std::optional<qint64> percentile(const Distribution &values, double p)
{
    qint64 n = 0;
    for (const auto &[value, count] : values)
        n += count;
    if (n == 0)
        return std::nullopt;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(n) - 1e-9)));
    qint64 seen = 0;
    for (const auto &[value, count] : values) {
        seen += count;
        if (seen >= rank)
            return value;
    }
    return values.rbegin()->first;
}

SlaStats slaOf(const Counters &c, const Distribution &minutes)
{
    SlaStats s;
    s.leads = c[MetricsScan::Received];
    s.contacted = c[MetricsScan::Contacted];
    s.withinSla = c[MetricsScan::WithinSla];
    const qint64 upTo[] = {c[MetricsScan::UpTo15Min],
                           c[MetricsScan::UpTo1Hour],
                           c[MetricsScan::UpTo4Hours],
                           c[MetricsScan::UpTo24Hours],
                           s.contacted};
    qint64 previous = 0;
    for (size_t i = 0; i < 5; ++i) {
        s.buckets[i] = upTo[i] - previous;
        previous = upTo[i];
    }
    s.buckets[size_t(ContactBucket::Never)] = s.leads - s.contacted;
    s.medianMinutes = percentile(minutes, 0.5);
    s.p90Minutes = percentile(minutes, 0.9);
    return s;
}

qint64 divideRounded(qint64 a, qint64 b)
{
    return (2 * a + b) / (2 * b);
}

QList<MoneyMetrics> moneyOf(const DealTotals &deals,
                            const std::optional<SpendByCurrency> &spend,
                            const FunnelCounts &funnel,
                            const QString &mainCurrency)
{
    std::map<QString, MoneyMetrics> out;
    qint64 wonLeads = 0;
    for (const auto &[currency, totals] : deals.byCurrency) {
        MoneyMetrics &m = out[currency];
        m.currency = currency;
        m.deals = totals.first;
        m.revenueMinor = totals.second;
        if (m.deals > 0)
            m.averageDealMinor = divideRounded(m.revenueMinor, m.deals);
        wonLeads += m.deals;
    }
    if (spend) {
        for (const auto &[currency, amount] : *spend) {
            MoneyMetrics &m = out[currency];
            m.currency = currency;
            m.spendMinor = amount;
            if (funnel.received > 0)
                m.costPerLeadMinor = divideRounded(amount, funnel.received);
            if (funnel.sql > 0)
                m.costPerSqlMinor = divideRounded(amount, funnel.sql);
            if (wonLeads > 0)
                m.costPerWonMinor = divideRounded(amount, wonLeads);
            if (amount > 0)
                m.romiPct = 100.0 * double(m.revenueMinor - amount) / double(amount);
        }
    }
    QList<MoneyMetrics> list;
    for (auto &[currency, m] : out)
        list.append(m);
    std::stable_sort(list.begin(), list.end(), [&](const MoneyMetrics &a, const MoneyMetrics &b) {
        if ((a.currency == mainCurrency) != (b.currency == mainCurrency))
            return a.currency == mainCurrency;
        return a.revenueMinor > b.revenueMinor;
    });
    return list;
}

QList<ReasonCount> reasonsOf(const std::map<qint64, qint64> &byReason, const ReasonCatalog &catalog)
{
    qint64 total = 0;
    for (const auto &[id, count] : byReason)
        total += count;
    QList<ReasonCount> list;
    for (const auto &[id, count] : byReason) {
        ReasonCount r;
        if (const Reason *reason = catalog.findById(id)) {
            r.code = reason->code;
            r.title = reason->title();
        } else {
            r.code = QString::number(id);
            r.title = r.code;
        }
        r.count = count;
        r.sharePct = percentOf(count, total);
        list.append(r);
    }
    std::stable_sort(list.begin(), list.end(), [](const ReasonCount &a, const ReasonCount &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return list;
}

void requireValid(const MetricsQuery &query)
{
    if (const auto problem = query.problem())
        throw Error(Error::Kind::Validation, *problem);
}

void foldCube(Folded &f, const QList<MetricsScan::CubeRow> &rows, qint64 firstDay, qint64 lastDay)
{
    for (const MetricsScan::CubeRow &row : rows) {
        if (row.day < firstDay || row.day > lastDay)
            continue;
        add(f.all, row.counts);
        add(f.byChannel[row.channel], row.counts);
        add(f.byOwner[row.ownerId], row.counts);
    }
}

void foldMinutes(Folded &f, const QList<MetricsScan::MinutesRow> &rows)
{
    for (const MetricsScan::MinutesRow &row : rows) {
        f.minutes[row.minutes] += row.count;
        f.minutesByChannel[row.channel][row.minutes] += row.count;
        f.minutesByOwner[row.ownerId][row.minutes] += row.count;
    }
}

} // namespace LeadPact::MetricsFold
