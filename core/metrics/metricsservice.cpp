// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsservice.h"

#include "domain/error.h"
#include "domain/reason.h"
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

namespace {

using Counters = MetricsScan::Counters;
using Distribution = std::map<qint64, qint64>; // minutes -> leads

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

// Money per currency: deals -> (count, revenue).
struct DealTotals
{
    std::map<QString, std::pair<qint64, qint64>> byCurrency;
    Distribution cycleDays;
};

using SpendByCurrency = std::map<QString, qint64>;

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

double smoothed(qint64 k, qint64 n, double prior)
{
    return (double(k) + SourceScores::priorStrength * prior)
           / (double(n) + SourceScores::priorStrength);
}

QString campaignKey(const QString &channel, const QString &campaign)
{
    return channel + QChar(0x1f) + campaign;
}

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

SourceScore SourceScores::lookup(const QString &channel, const QString &campaign) const
{
    if (!campaign.isEmpty()) {
        if (const auto it = m_campaignIndex.constFind(campaignKey(channel, campaign));
            it != m_campaignIndex.cend())
            return campaigns.at(*it);
    }
    if (const auto it = m_channelIndex.constFind(channel); it != m_channelIndex.cend())
        return channels.at(*it);
    SourceScore prior;
    prior.channel = channel;
    prior.campaign = campaign;
    prior.sqlProbability = overallSqlRate;
    prior.wonProbability = overallWonRate;
    return prior;
}

void SourceScores::index()
{
    m_channelIndex.clear();
    m_campaignIndex.clear();
    for (qsizetype i = 0; i < channels.size(); ++i)
        m_channelIndex.insert(channels.at(i).channel, i);
    for (qsizetype i = 0; i < campaigns.size(); ++i)
        m_campaignIndex.insert(campaignKey(campaigns.at(i).channel, campaigns.at(i).campaign), i);
}

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

namespace {

void requireValid(const MetricsQuery &query)
{
    if (const auto problem = query.problem())
        throw Error(Error::Kind::Validation, *problem);
}

struct Folded
{
    Counters all {};
    std::map<QString, Counters> byChannel;
    std::map<qint64, Counters> byOwner;
    Distribution minutes;
    std::map<QString, Distribution> minutesByChannel;
    std::map<qint64, Distribution> minutesByOwner;
};

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

} // namespace

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

SourceScores MetricsService::sourceScores() const
{
    const std::optional<QByteArray> version = MetricsScan::dataVersion(m_db);
    if (version && m_scoreCache && m_scoreCache->first == *version)
        return m_scoreCache->second;
    SourceScores scores = scoresOf(MetricsScan::sources(m_db));
    if (version)
        m_scoreCache.emplace(*version, scores);
    return scores;
}

SourceScores MetricsService::scoresOf(const QList<MetricsScan::SourceRow> &rows)
{
    SourceScores scores;
    qint64 sql = 0;
    qint64 won = 0;
    std::map<QString, MetricsScan::SourceRow> byChannel;
    for (const MetricsScan::SourceRow &row : rows) {
        scores.leads += row.leads;
        sql += row.sql;
        won += row.won;
        MetricsScan::SourceRow &channel = byChannel[row.channel];
        channel.channel = row.channel;
        channel.leads += row.leads;
        channel.sql += row.sql;
        channel.won += row.won;
    }
    if (scores.leads > 0) {
        scores.overallSqlRate = double(sql) / double(scores.leads);
        scores.overallWonRate = double(won) / double(scores.leads);
    }
    const auto score = [&](const MetricsScan::SourceRow &row, const QString &campaign) {
        SourceScore s;
        s.channel = row.channel;
        s.campaign = campaign;
        s.leads = row.leads;
        s.sql = row.sql;
        s.won = row.won;
        s.sqlProbability = smoothed(row.sql, row.leads, scores.overallSqlRate);
        s.wonProbability = smoothed(row.won, row.leads, scores.overallWonRate);
        s.hot = scores.overallSqlRate > 0
                && s.sqlProbability >= SourceScores::hotFactor * scores.overallSqlRate;
        return s;
    };
    for (const auto &[channel, row] : byChannel)
        scores.channels.append(score(row, {}));
    for (const MetricsScan::SourceRow &row : rows) {
        if (!row.campaign.isEmpty())
            scores.campaigns.append(score(row, row.campaign));
    }
    const auto bySqlChance = [](const SourceScore &a, const SourceScore &b) {
        return a.sqlProbability > b.sqlProbability;
    };
    std::stable_sort(scores.channels.begin(), scores.channels.end(), bySqlChance);
    std::stable_sort(scores.campaigns.begin(), scores.campaigns.end(), bySqlChance);
    scores.index();
    return scores;
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

    // One cube over the period and the trend's 12 weeks, folded into both.
    const QDate lastSunday = query.to.addDays(7 - query.to.dayOfWeek());
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

QStringList MetricsService::campaigns(const QString &channel) const
{
    QStringList list;
    for (const SourceScore &score : sourceScores().campaigns) {
        if ((channel.isEmpty() || score.channel == channel) && !list.contains(score.campaign))
            list.append(score.campaign);
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

std::optional<QByteArray> MetricsService::dataVersion() const
{
    return MetricsScan::dataVersion(m_db);
}

LeadFilter MetricsService::drillDown(const MetricsQuery &query, const MetricCell &cell) const
{
    LeadFilter filter;
    filter.order = LeadFilter::Order::NewestFirst;
    if (cell.week.isValid()) {
        const MetricsQuery week = MetricsQuery::week(cell.week);
        filter.receivedFrom = week.utcStart(m_zone);
        filter.receivedTo = week.utcEnd(m_zone);
    } else {
        requireValid(query);
        filter.receivedFrom = query.utcStart(m_zone);
        filter.receivedTo = query.utcEnd(m_zone);
    }
    filter.channel = query.channel;
    filter.campaign = query.campaign;
    filter.ownerId = query.managerId;
    if (cell.channel) {
        filter.channel = *cell.channel;
        filter.channelMissing = cell.channel->isEmpty();
    }
    if (cell.managerId) {
        filter.ownerId.reset();
        filter.unassignedOnly = false;
        if (*cell.managerId == 0)
            filter.unassignedOnly = true;
        else
            filter.ownerId = *cell.managerId;
    }

    using M = MetricCell::Measure;
    using D = LeadFilter::Dispute;
    const QList<LeadStatus> reachedSql = {LeadStatus::Qualified, LeadStatus::Won, LeadStatus::Lost};
    const QList<LeadStatus> rejected = {LeadStatus::Rejected, LeadStatus::Disputed};
    switch (cell.measure) {
    case M::Received:
        break;
    case M::Mql:
        filter.incomplete = false;
        break;
    case M::Contacted:
        filter.incomplete = false;
        filter.contacted = true;
        break;
    case M::Sql:
        filter.incomplete = false;
        filter.statuses = reachedSql;
        break;
    case M::Won:
        filter.incomplete = false;
        filter.statuses = {LeadStatus::Won};
        break;
    case M::Incomplete:
        filter.incomplete = true;
        break;
    case M::Rejected:
        filter.statuses = rejected;
        break;
    case M::Lost:
        filter.statuses = {LeadStatus::Lost};
        break;
    case M::Disputed:
        filter.dispute = D::Disputed;
        break;
    case M::DisputePending:
        filter.dispute = D::Pending;
        break;
    case M::DisputeConfirmed:
        filter.dispute = D::Confirmed;
        break;
    case M::Overturned:
        filter.dispute = D::Overturned;
        break;
    case M::SlaContacted:
        filter.contacted = true;
        break;
    case M::WithinSla:
        filter.withinSla = true;
        break;
    case M::ContactBucket:
        if (const auto range = contactBucketSeconds(cell.bucket)) {
            filter.contacted = true;
            filter.contactSecondsAbove = range->first;
            filter.contactSecondsAtMost = range->second;
        } else {
            filter.contacted = false;
        }
        break;
    case M::Rejection:
        filter.statuses = rejected;
        filter.rejectionReason = cell.reasonCode;
        break;
    case M::Deals:
        filter.statuses = {LeadStatus::Won};
        filter.dealCurrency = cell.currency;
        break;
    }
    return filter;
}

} // namespace LeadPact
