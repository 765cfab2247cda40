// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsservice.h"

#include "domain/error.h"
#include "domain/reason.h"
#include "metricsfold.h"
#include "metricsscan.h"
#include "service/clock.h"
#include "service/policyservice.h"
#include "spendservice.h"
#include "storage/database.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <map>
#include <thread>
#include <utility>

namespace LeadPact {

using namespace MetricsFold;

namespace {

// Runs `work` on a second, read-only connection in another thread (WAL lets readers run side
// by side; the machine has more than one core). wait() joins and rethrows its error.
class ReaderTask
{
public:
    ReaderTask(const QString &location, std::function<void(const Database &)> work)
        : m_thread([this, location, work = std::move(work)] {
            try {
                const auto reader = Database::openSqlite(location, Database::Access::ReadOnly);
                work(*reader);
            } catch (...) {
                m_error = std::current_exception();
            }
        })
    {}
    ReaderTask(const ReaderTask &) = delete;
    ReaderTask &operator=(const ReaderTask &) = delete;
    ~ReaderTask()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_error)
            std::rethrow_exception(std::exchange(m_error, nullptr));
    }

private:
    std::exception_ptr m_error;
    std::thread m_thread; // last: starts once the rest is constructed
};

template<typename T>
void append(QList<T> &to, const QList<T> &from)
{
    to.append(from);
}

} // namespace

MetricsService::MetricsService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_zone(PolicyService(db, clock).slaPolicy().calendar.timeZone())
    , m_mainCurrency(QStringLiteral("RUB"))
{}

QDate MetricsService::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

MetricsScan::Result MetricsService::scan(const MetricsQuery &filters,
                                         const QDateTime &cubeStart,
                                         const QDateTime &cubeEnd,
                                         const QDateTime &start,
                                         const QDateTime &end,
                                         bool withDetails) const
{
    // A long range is read in two halves at once, the later one on a second connection. The
    // folds add rows up, so a day cut in two by the split still counts once.
    constexpr qint64 splitFrom = 14 * 86400;
    if (cubeStart.secsTo(cubeEnd) < splitFrom || !MetricsScan::canReadInParallel(m_db))
        return MetricsScan(m_db, m_zone, filters, cubeStart, cubeEnd, start, end).run(withDetails);
    const QDateTime mid = cubeStart.addSecs(cubeStart.secsTo(cubeEnd) / 2);
    MetricsScan::Result later;
    ReaderTask task(m_db.location(), [&](const Database &reader) {
        later = MetricsScan(reader,
                            m_zone,
                            filters,
                            mid,
                            cubeEnd,
                            std::max(start, mid),
                            std::max(end, mid))
                    .run(withDetails);
    });
    MetricsScan::Result result
        = MetricsScan(m_db, m_zone, filters, cubeStart, mid, start, std::min(end, mid))
              .run(withDetails);
    task.wait();
    append(result.cube, later.cube);
    append(result.minutes, later.minutes);
    append(result.rejections, later.rejections);
    append(result.deals, later.deals);
    return result;
}

FunnelCounts MetricsService::funnel(const MetricsQuery &query) const
{
    requireValid(query);
    const QDateTime start = query.utcStart(m_zone);
    const QDateTime end = query.utcEnd(m_zone);
    Counters all {};
    for (const MetricsScan::CubeRow &row : scan(query, start, end, start, end, false).cube)
        add(all, row.counts);
    return funnelOf(all);
}

SlaStats MetricsService::sla(const MetricsQuery &query) const
{
    requireValid(query);
    const QDateTime start = query.utcStart(m_zone);
    const QDateTime end = query.utcEnd(m_zone);
    const MetricsScan::Result scanned = scan(query, start, end, start, end, true);
    Folded f;
    foldCube(f, scanned.cube, LLONG_MIN, LLONG_MAX);
    foldMinutes(f, scanned.minutes);
    return slaOf(f.all, f.minutes);
}

QList<ChannelMetrics> MetricsService::channels(const MetricsQuery &query) const
{
    return dashboard(query).channels;
}

QList<ManagerMetrics> MetricsService::managers(const MetricsQuery &query) const
{
    return dashboard(query).managers;
}

QList<TrendWeek> MetricsService::trend(const MetricsQuery &query, int weeks) const
{
    requireValid(query);
    const QDate lastSunday = query.to.addDays(7 - query.to.dayOfWeek());
    const QDate firstMonday = lastSunday.addDays(1 - 7 * qint64(weeks));
    MetricsQuery range = query;
    range.from = firstMonday;
    range.to = lastSunday;
    const QList<MetricsScan::CubeRow> cube = scan(query,
                                                  range.utcStart(m_zone),
                                                  range.utcEnd(m_zone),
                                                  range.utcStart(m_zone),
                                                  range.utcEnd(m_zone),
                                                  false)
                                                 .cube;
    QList<TrendWeek> list;
    const qint64 firstDay = MetricsScan::dayOfDate(firstMonday);
    for (int w = 0; w < weeks; ++w) {
        TrendWeek week;
        week.monday = firstMonday.addDays(7 * w);
        week.isoWeek = week.monday.weekNumber(&week.isoYear);
        list.append(week);
    }
    for (const MetricsScan::CubeRow &row : cube) {
        const qint64 index = (row.day - firstDay) / 7;
        if (row.day < firstDay || index >= weeks)
            continue;
        TrendWeek &week = list[index];
        week.leads += row.counts[MetricsScan::Received];
        week.mql += row.counts[MetricsScan::Mql];
        week.sql += row.counts[MetricsScan::MqlSql];
        week.withinSla += row.counts[MetricsScan::WithinSla];
    }
    return list;
}

DashboardMetrics MetricsService::dashboard(const MetricsQuery &query) const
{
    requireValid(query);
    DashboardMetrics d;
    d.mainCurrency = m_mainCurrency;

    // The source scores read all history: on a SQLite file they run beside the period's scan
    // on a second, read-only connection (WAL lets readers run in parallel).
    QList<MetricsScan::SourceRow> sourceRows;
    const std::optional<QByteArray> version = MetricsScan::dataVersion(m_db);
    const bool cached = version && m_scoreCache && m_scoreCache->first == *version;
    std::optional<ReaderTask> sourceTask;
    if (!cached && MetricsScan::canReadInParallel(m_db)) {
        sourceTask.emplace(m_db.location(), [&sourceRows](const Database &reader) {
            sourceRows = MetricsScan::sources(reader);
        });
    }

    // One cube over the period and the trend's 12 weeks, folded into both. The trend ends with
    // the period's last week, or this week when the period runs into the future.
    const QDate trendEnd = std::min(query.to, today());
    const QDate lastSunday = trendEnd.addDays(7 - trendEnd.dayOfWeek());
    const QDate firstMonday = lastSunday.addDays(1 - 7 * 12);
    MetricsQuery wide = query;
    wide.from = std::min(query.from, firstMonday);
    wide.to = lastSunday;
    const MetricsScan::Result scanned = scan(query,
                                             wide.utcStart(m_zone),
                                             wide.utcEnd(m_zone),
                                             query.utcStart(m_zone),
                                             query.utcEnd(m_zone),
                                             true);
    const QList<MetricsScan::CubeRow> &cube = scanned.cube;

    Folded f;
    foldCube(f, cube, MetricsScan::dayOfDate(query.from), MetricsScan::dayOfDate(query.to));
    foldMinutes(f, scanned.minutes);
    d.funnel = funnelOf(f.all);
    d.sla = slaOf(f.all, f.minutes);

    // Rejections.
    const ReasonCatalog catalog = ReasonRepository(m_db).catalog();
    std::map<QString, std::map<qint64, qint64>> rejectionsByChannel;
    std::map<qint64, qint64> rejections;
    for (const MetricsScan::RejectionRow &row : scanned.rejections) {
        rejectionsByChannel[row.channel][row.reasonId] += row.count;
        rejections[row.reasonId] += row.count;
    }
    d.rejections = reasonsOf(rejections, catalog);

    // Deals and spend.
    DealTotals deals;
    std::map<QString, DealTotals> dealsByChannel;
    for (const MetricsScan::DealRow &row : scanned.deals) {
        for (DealTotals *t : {&deals, &dealsByChannel[row.channel]}) {
            auto &[count, amount] = t->byCurrency[row.currency];
            count += row.count;
            amount += row.amountMinor;
            t->cycleDays[row.cycleDays] += row.count;
        }
    }
    std::optional<std::map<QString, SpendByCurrency>> spendByChannel;
    std::optional<SpendByCurrency> spend;
    if (query.campaign.isEmpty() && !query.managerId) {
        spendByChannel.emplace();
        spend.emplace();
        for (const MarketingSpend &entry :
             SpendService(m_db, m_clock).between(query.from, query.to)) {
            if (!query.channel.isEmpty() && entry.channel != query.channel)
                continue;
            const qint64 amount = SpendService::attributed(entry, query.from, query.to);
            (*spendByChannel)[entry.channel][entry.currency] += amount;
            (*spend)[entry.currency] += amount;
        }
    }
    d.money = moneyOf(deals, spend, d.funnel, m_mainCurrency);
    d.medianCycleDays = percentile(deals.cycleDays, 0.5);

    // Channels: every channel with leads in the period, and any with spend but no leads.
    if (spendByChannel) {
        for (const auto &[channel, amounts] : *spendByChannel)
            f.byChannel.try_emplace(channel);
    }
    for (const auto &[channel, counters] : f.byChannel) {
        ChannelMetrics c;
        c.channel = channel;
        c.funnel = funnelOf(counters);
        c.sla = slaOf(counters, f.minutesByChannel[channel]);
        c.rejections = reasonsOf(rejectionsByChannel[channel], catalog);
        const DealTotals &channelDeals = dealsByChannel[channel];
        c.medianCycleDays = percentile(channelDeals.cycleDays, 0.5);
        for (const auto &[days, count] : channelDeals.cycleDays)
            c.wonLeads += count;
        std::optional<SpendByCurrency> channelSpend;
        if (spendByChannel) {
            const auto it = spendByChannel->find(channel);
            channelSpend = it != spendByChannel->end() ? it->second : SpendByCurrency {};
        }
        c.money = moneyOf(channelDeals, channelSpend, c.funnel, m_mainCurrency);
        d.channels.append(c);
    }
    std::stable_sort(d.channels.begin(),
                     d.channels.end(),
                     [](const ChannelMetrics &a, const ChannelMetrics &b) {
                         return a.funnel.received > b.funnel.received;
                     });

    // Managers.
    QHash<qint64, User> users;
    for (const User &user : UserRepository(m_db).list())
        users.insert(user.id, user);
    for (const auto &[owner, counters] : f.byOwner) {
        ManagerMetrics m;
        m.managerId = owner;
        if (const auto it = users.constFind(owner); it != users.cend()) {
            m.login = it->login;
            m.displayName = it->displayName;
        }
        m.funnel = funnelOf(counters);
        m.sla = slaOf(counters, f.minutesByOwner[owner]);
        d.managers.append(m);
    }
    std::stable_sort(d.managers.begin(),
                     d.managers.end(),
                     [](const ManagerMetrics &a, const ManagerMetrics &b) {
                         if ((a.managerId == 0) != (b.managerId == 0))
                             return b.managerId == 0;
                         return a.displayName.localeAwareCompare(b.displayName) < 0;
                     });

    // Trend.
    const qint64 firstDay = MetricsScan::dayOfDate(firstMonday);
    for (int w = 0; w < 12; ++w) {
        TrendWeek week;
        week.monday = firstMonday.addDays(7 * w);
        week.isoWeek = week.monday.weekNumber(&week.isoYear);
        d.trend.append(week);
    }
    for (const MetricsScan::CubeRow &row : cube) {
        if (row.day < firstDay)
            continue;
        const qint64 index = (row.day - firstDay) / 7;
        if (index >= 12)
            continue;
        TrendWeek &week = d.trend[index];
        week.leads += row.counts[MetricsScan::Received];
        week.mql += row.counts[MetricsScan::Mql];
        week.sql += row.counts[MetricsScan::MqlSql];
        week.withinSla += row.counts[MetricsScan::WithinSla];
    }

    if (sourceTask) {
        sourceTask->wait();
    } else if (!cached) {
        sourceRows = MetricsScan::sources(m_db);
    }
    if (!cached) {
        if (version)
            m_scoreCache.emplace(*version, scoresOf(sourceRows));
        else
            m_scoreCache.reset();
    }
    const SourceScores scores = m_scoreCache ? m_scoreCache->second : scoresOf(sourceRows);
    d.channelScores = scores.channels;
    d.campaignScores = scores.campaigns;
    return d;
}

std::optional<QByteArray> MetricsService::dataVersion() const
{
    return MetricsScan::dataVersion(m_db);
}

} // namespace LeadPact
