// SPDX-License-Identifier: GPL-3.0-or-later
// Every number the dashboard shows leads to exactly the leads behind it:
// LeadRepository::count(MetricsService::drillDown(query, cell)) equals the number, for every
// kind of cell, on demo data plus hand-made odd leads (no channel, nobody's, another currency).
#include "coretesthelpers.h"
#include "demo/demogenerator.h"
#include "metrics/metricsscan.h"
#include "metricsfixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

using M = MetricCell::Measure;

qint64 funnelValue(const FunnelCounts &f, M measure)
{
    switch (measure) {
    case M::Received:
        return f.received;
    case M::Mql:
        return f.mql;
    case M::Contacted:
        return f.contacted;
    case M::Sql:
        return f.sql;
    case M::Won:
        return f.won;
    case M::Incomplete:
        return f.incomplete;
    case M::Rejected:
        return f.rejected;
    case M::Lost:
        return f.lost;
    case M::Disputed:
        return f.disputed;
    case M::DisputePending:
        return f.disputePending;
    case M::DisputeConfirmed:
        return f.disputeConfirmed;
    case M::Overturned:
        return f.overturned;
    default:
        break;
    }
    throw std::logic_error("not a funnel measure");
}

const M funnelMeasures[] = {M::Received,
                            M::Mql,
                            M::Contacted,
                            M::Sql,
                            M::Won,
                            M::Incomplete,
                            M::Rejected,
                            M::Lost,
                            M::Disputed,
                            M::DisputePending,
                            M::DisputeConfirmed,
                            M::Overturned};

class DrillDown
{
public:
    DrillDown(MetricsFixture &m, const MetricsQuery &query)
        : m_m(m)
        , m_service(m.service())
        , m_query(query)
    {}

    qint64 count(const MetricCell &cell)
    {
        return m_m.leads.count(m_service.drillDown(m_query, cell));
    }

    // Checks every cell of one row (all leads, a channel or a manager) against its numbers.
    int checkRow(const FunnelCounts &f, const SlaStats &sla, MetricCell row)
    {
        int checked = 0;
        for (M measure : funnelMeasures) {
            row.measure = measure;
            INFO("measure " << int(measure));
            CHECK(count(row) == funnelValue(f, measure));
            ++checked;
        }
        row.measure = M::SlaContacted;
        CHECK(count(row) == sla.contacted);
        row.measure = M::WithinSla;
        CHECK(count(row) == sla.withinSla);
        row.measure = M::ContactBucket;
        for (ContactBucket bucket : allContactBuckets) {
            row.bucket = bucket;
            INFO("bucket " << contactBucketCode(bucket).toStdString());
            CHECK(count(row) == sla.bucket(bucket));
            ++checked;
        }
        return checked + 2;
    }

private:
    MetricsFixture &m_m;
    MetricsService m_service;
    MetricsQuery m_query;
};

} // namespace

TEST_CASE("Every metric cell drills down to exactly its leads", "[metrics][drilldown]")
{
    MetricsFixture m;
    DemoOptions options;
    options.leads = 3000;
    options.seed = 7;
    options.weeks = 6;
    options.endDate = QDate(2026, 11, 20);
    DemoGenerator(m.fx.db(), options).run({});
    // The demo stores every first contact's working time, as LeadService does.
    CHECK(rawValue(m.fx.db(), QStringLiteral("SELECT count(*) FROM leads WHERE first_contact_at "
                                             "IS NOT NULL AND first_contact_work_secs IS NULL"))
              .toLongLong()
          == 0);
    CHECK(rawValue(m.fx.db(), QStringLiteral("SELECT count(*) FROM leads WHERE "
                                             "first_contact_work_secs > 3600"))
              .toLongLong()
          > 0);

    // Odd leads the demo does not make: no channel, nobody's, a deal in euros.
    Lead noChannel = m.make(QDateTime(QDate(2026, 11, 10), QTime(12, 0)), QString());
    noChannel.ownerId.reset();
    m.insert(noChannel);
    Lead euro = m.make(QDateTime(QDate(2026, 11, 11), QTime(12, 0)), QStringLiteral("partners"));
    MetricsFixture::contacted(euro, 600, 600);
    euro.status = LeadStatus::Won;
    euro.needConfirmed = euro.budgetConfirmed = euro.authorityConfirmed = true;
    euro.qualifiedAt = euro.receivedAt.addSecs(3600);
    euro.dealAmountMinor = 250000;
    euro.dealCurrency = QStringLiteral("EUR");
    euro.paidOn = QDate(2026, 11, 18);
    euro.closedAt = euro.receivedAt.addDays(7);
    m.insert(euro);

    const MetricsQuery query = MetricsFixture::days(QDate(2026, 10, 9), QDate(2026, 11, 20));
    MetricsService service = m.service();
    const DashboardMetrics d = service.dashboard(query);
    DrillDown drill(m, query);
    REQUIRE(d.funnel.received == 3002);
    REQUIRE(d.funnel.disputed > 0); // the demo disputes some rejections
    REQUIRE(d.funnel.overturned > 0);
    REQUIRE(d.funnel.disputeConfirmed > 0);

    int cells = drill.checkRow(d.funnel, d.sla, {});

    bool sawNoChannel = false;
    for (const ChannelMetrics &c : d.channels) {
        INFO("channel " << c.channel.toStdString());
        sawNoChannel = sawNoChannel || c.channel.isEmpty();
        MetricCell row;
        row.channel = c.channel;
        cells += drill.checkRow(c.funnel, c.sla, row);
        row.measure = M::Rejection;
        qint64 rejections = 0;
        for (const ReasonCount &r : c.rejections) {
            row.reasonCode = r.code;
            CHECK(drill.count(row) == r.count);
            rejections += r.count;
            ++cells;
        }
        CHECK(rejections == c.funnel.rejected);
        row.measure = M::Deals;
        for (const MoneyMetrics &money : c.money) {
            row.currency = money.currency;
            CHECK(drill.count(row) == money.deals);
            ++cells;
        }
    }
    CHECK(sawNoChannel);

    bool sawUnassigned = false;
    for (const ManagerMetrics &r : d.managers) {
        INFO("manager " << r.login.toStdString());
        sawUnassigned = sawUnassigned || r.managerId == 0;
        MetricCell row;
        row.managerId = r.managerId;
        cells += drill.checkRow(r.funnel, r.sla, row);
    }
    CHECK(sawUnassigned);

    MetricCell cell;
    cell.measure = M::Rejection;
    for (const ReasonCount &r : d.rejections) {
        cell.reasonCode = r.code;
        CHECK(drill.count(cell) == r.count);
    }
    cell.measure = M::Deals;
    REQUIRE(d.money.size() == 2);
    CHECK(d.money[0].currency == QStringLiteral("RUB"));
    for (const MoneyMetrics &money : d.money) {
        cell.currency = money.currency;
        CHECK(drill.count(cell) == money.deals);
    }
    cell.currency.clear(); // every won lead: what the median cycle is computed from
    CHECK(drill.count(cell) == d.money[0].deals + d.money[1].deals);

    for (const TrendWeek &w : d.trend) {
        INFO("week " << w.monday.toString(Qt::ISODate).toStdString());
        MetricCell week;
        week.week = w.monday;
        week.measure = M::Received;
        CHECK(drill.count(week) == w.leads);
        week.measure = M::Mql;
        CHECK(drill.count(week) == w.mql);
        week.measure = M::Sql;
        CHECK(drill.count(week) == w.sql);
        week.measure = M::WithinSla;
        CHECK(drill.count(week) == w.withinSla);
        cells += 4;
    }
    CHECK(cells > 300);

    SECTION("with the query's own channel, campaign and manager filters")
    {
        const ChannelMetrics &top = d.channels.first();
        MetricsQuery narrow = query;
        narrow.channel = top.channel;
        narrow.managerId = d.managers.first().managerId;
        const DashboardMetrics n = service.dashboard(narrow);
        DrillDown narrowDrill(m, narrow);
        narrowDrill.checkRow(n.funnel, n.sla, {});
        const SourceScore campaign = d.campaignScores.first();
        MetricsQuery byCampaign = query;
        byCampaign.campaign = campaign.campaign;
        const DashboardMetrics c = service.dashboard(byCampaign);
        CHECK(c.funnel.received > 0);
        DrillDown campaignDrill(m, byCampaign);
        campaignDrill.checkRow(c.funnel, c.sla, {});
    }
}

namespace {

template<typename Row, typename Key>
QList<Row> sortedBy(QList<Row> rows, Key key)
{
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) { return key(a) < key(b); });
    return rows;
}

} // namespace

TEST_CASE("The SQLite aggregate and the portable SQL compute the same tables", "[metrics][engine]")
{
    MetricsFixture m;
    m.setZone(QByteArrayLiteral("Europe/Berlin")); // a zone with a DST change inside the range
    DemoOptions options;
    options.leads = 2000;
    options.seed = 3;
    options.weeks = 8;
    options.endDate = QDate(2026, 11, 20);
    DemoGenerator(m.fx.db(), options).run({});
    Lead noChannel = m.make(QDateTime(QDate(2026, 10, 25), QTime(2, 30)), QString());
    noChannel.ownerId.reset();
    m.insert(noChannel);

    MetricsQuery filters;
    const QTimeZone zone = m.zone();
    const QDateTime cubeStart(QDate(2026, 9, 21), QTime(0, 0), zone);
    const QDateTime cubeEnd(QDate(2026, 11, 23), QTime(0, 0), zone);
    const QDateTime start(QDate(2026, 10, 5), QTime(0, 0), zone);
    const QDateTime end(QDate(2026, 11, 9), QTime(0, 0), zone);
    for (const QString &channel : {QString(), m.leads.channels().first()}) {
        filters.channel = channel;
        const MetricsScan scan(m.fx.db(), zone, filters, cubeStart, cubeEnd, start, end);
        const MetricsScan::Result fast = scan.run(true);
        const MetricsScan::Result portable = scan.run(true, MetricsScan::Engine::Portable);
        REQUIRE(fast.cube.size() == portable.cube.size());
        REQUIRE(fast.cube.size() > 30);
        const auto cubeKey = [](const MetricsScan::CubeRow &r) {
            return std::make_tuple(r.channel, r.ownerId, r.day);
        };
        const auto a = sortedBy(fast.cube, cubeKey);
        const auto b = sortedBy(portable.cube, cubeKey);
        for (qsizetype i = 0; i < a.size(); ++i) {
            INFO("row " << i);
            CHECK(cubeKey(a[i]) == cubeKey(b[i]));
            CHECK(a[i].counts == b[i].counts);
        }
        const auto minutesKey = [](const MetricsScan::MinutesRow &r) {
            return std::make_tuple(r.channel, r.ownerId, r.minutes, r.count);
        };
        const auto ma = sortedBy(fast.minutes, minutesKey);
        const auto mb = sortedBy(portable.minutes, minutesKey);
        REQUIRE(ma.size() == mb.size());
        for (qsizetype i = 0; i < ma.size(); ++i)
            CHECK(minutesKey(ma[i]) == minutesKey(mb[i]));
        const auto rejectionKey = [](const MetricsScan::RejectionRow &r) {
            return std::make_tuple(r.channel, r.reasonId, r.count);
        };
        const auto ra = sortedBy(fast.rejections, rejectionKey);
        const auto rb = sortedBy(portable.rejections, rejectionKey);
        REQUIRE(ra.size() == rb.size());
        for (qsizetype i = 0; i < ra.size(); ++i)
            CHECK(rejectionKey(ra[i]) == rejectionKey(rb[i]));
        const auto dealKey = [](const MetricsScan::DealRow &r) {
            return std::make_tuple(r.channel, r.currency, r.cycleDays, r.count, r.amountMinor);
        };
        const auto da = sortedBy(fast.deals, dealKey);
        const auto db = sortedBy(portable.deals, dealKey);
        REQUIRE(da.size() == db.size());
        if (channel.isEmpty())
            REQUIRE_FALSE(da.isEmpty());
        for (qsizetype i = 0; i < da.size(); ++i)
            CHECK(dealKey(da[i]) == dealKey(db[i]));
    }
    const auto sourceKey = [](const MetricsScan::SourceRow &r) {
        return std::make_tuple(r.channel, r.campaign, r.leads, r.sql, r.won);
    };
    const auto sa = sortedBy(MetricsScan::sources(m.fx.db()), sourceKey);
    const auto sb = sortedBy(MetricsScan::sources(m.fx.db(), MetricsScan::Engine::Portable),
                             sourceKey);
    REQUIRE(sa.size() == sb.size());
    for (qsizetype i = 0; i < sa.size(); ++i)
        CHECK(sourceKey(sa[i]) == sourceKey(sb[i]));
}
