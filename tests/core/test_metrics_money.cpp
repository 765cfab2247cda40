// SPDX-License-Identifier: GPL-3.0-or-later
// Marketing spend (who may enter it, proration over a period), the money metrics built on it,
// and the Bayesian source scores.
#include "coretesthelpers.h"
#include "metrics/spendservice.h"
#include "metricsfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

MarketingSpend spendOf(qint64 amount, const QDate &month)
{
    MarketingSpend s;
    s.amountMinor = amount;
    s.month = month;
    return s;
}

void makeSql(Lead &lead)
{
    MetricsFixture::contacted(lead, 60, 60);
    lead.status = LeadStatus::Qualified;
    lead.needConfirmed = lead.budgetConfirmed = lead.authorityConfirmed = true;
    lead.qualifiedAt = lead.receivedAt.addSecs(3600);
}

void makeWon(Lead &lead,
             qint64 amount,
             const QDate &paidOn,
             const QString &currency = QStringLiteral("RUB"))
{
    makeSql(lead);
    lead.status = LeadStatus::Won;
    lead.dealAmountMinor = amount;
    lead.dealCurrency = currency;
    lead.paidOn = paidOn;
    lead.closedAt = lead.receivedAt.addDays(1);
}

} // namespace

TEST_CASE("A month's spend is spread evenly over its days", "[metrics][spend]")
{
    const QDate nov(2026, 11, 1);
    CHECK(SpendService::attributed(spendOf(3000000, nov), QDate(2026, 11, 1), QDate(2026, 11, 30))
          == 3000000);
    CHECK(SpendService::attributed(spendOf(3000000, nov), QDate(2026, 11, 16), QDate(2026, 11, 22))
          == 700000);
    CHECK(SpendService::attributed(spendOf(3000000, nov), QDate(2026, 10, 1), QDate(2026, 12, 31))
          == 3000000);
    CHECK(SpendService::attributed(spendOf(3000000, nov), QDate(2026, 12, 1), QDate(2026, 12, 31))
          == 0);
    // 100 kopecks over 30 days, 7 of them: 23.33 -> 23; 8 of them: 26.67 -> 27.
    CHECK(SpendService::attributed(spendOf(100, nov), QDate(2026, 11, 1), QDate(2026, 11, 7)) == 23);
    CHECK(SpendService::attributed(spendOf(100, nov), QDate(2026, 11, 1), QDate(2026, 11, 8)) == 27);
    // February 2027 has 28 days.
    CHECK(SpendService::attributed(spendOf(2800, QDate(2027, 2, 1)),
                                   QDate(2027, 2, 27),
                                   QDate(2027, 3, 5))
          == 200);
}

TEST_CASE("Only marketing, the head of sales and admin enter spend; who and when are kept",
          "[metrics][spend]")
{
    MetricsFixture m;
    SpendService spend(m.fx.db(), m.fx.clock());
    const auto refused = caughtError([&] {
        spend.set(QStringLiteral("context"),
                  QDate(2026, 11, 1),
                  100,
                  QStringLiteral("RUB"),
                  m.fx.manager);
    });
    REQUIRE(refused);
    CHECK(refused->kind() == Error::Kind::Permission);
    CHECK(spend.all().isEmpty());

    const auto badCurrency = caughtError([&] {
        spend.set(QStringLiteral("context"),
                  QDate(2026, 11, 1),
                  100,
                  QStringLiteral("rub"),
                  m.fx.marketing);
    });
    REQUIRE(badCurrency);
    CHECK(badCurrency->kind() == Error::Kind::Validation);
    CHECK(caughtError([&] {
        spend.set(QStringLiteral("context"),
                  QDate(2026, 11, 1),
                  -1,
                  QStringLiteral("RUB"),
                  m.fx.marketing);
    }));

    spend.set(QStringLiteral("context"),
              QDate(2026, 11, 17),
              15000000,
              QStringLiteral("RUB"),
              m.fx.marketing);
    m.fx.clock().advanceSecs(3600);
    const MarketingSpend replaced = spend.set(QStringLiteral("context"),
                                              QDate(2026, 11, 1),
                                              15000050,
                                              QStringLiteral("RUB"),
                                              m.fx.head);
    spend.set(QStringLiteral("seo"), QDate(2026, 10, 1), 500000, QStringLiteral("RUB"), m.fx.admin);
    const QList<MarketingSpend> all = spend.all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].channel == QStringLiteral("seo"));
    CHECK(all[1].month == QDate(2026, 11, 1));
    CHECK(all[1].amountMinor == 15000050);
    CHECK(all[1].updatedByLogin == QStringLiteral("rop"));
    CHECK(all[1].updatedAt == m.fx.clock().now());
    CHECK(replaced.id == all[1].id);
    CHECK(spend.between(QDate(2026, 11, 20), QDate(2026, 11, 30)).size() == 1);

    spend.remove(QStringLiteral("seo"), QDate(2026, 10, 1), QStringLiteral("RUB"), m.fx.marketing);
    CHECK(spend.all().size() == 1);
    const auto missing = caughtError([&] {
        spend.remove(QStringLiteral("seo"),
                     QDate(2026, 10, 1),
                     QStringLiteral("RUB"),
                     m.fx.marketing);
    });
    REQUIRE(missing);
    CHECK(missing->kind() == Error::Kind::NotFound);
}

TEST_CASE("CPL, cost per SQL and per won deal, ROMI from spend and deals", "[metrics][spend]")
{
    MetricsFixture m;
    // Week 16–22 November: context brings 4 leads, 2 SQL, 1 won for 100 000.00 RUB, paid 10
    // days after arrival; seo brings nothing but costs money.
    const QDateTime monday(QDate(2026, 11, 16), QTime(11, 0));
    for (int i = 0; i < 4; ++i) {
        Lead lead = m.make(monday, QStringLiteral("context"));
        if (i == 0)
            makeWon(lead, 10000000, QDate(2026, 11, 26));
        else if (i == 1)
            makeSql(lead);
        m.insert(lead);
    }
    SpendService spend(m.fx.db(), m.fx.clock());
    spend.set(QStringLiteral("context"),
              QDate(2026, 11, 1),
              30000000,
              QStringLiteral("RUB"),
              m.fx.marketing);
    spend.set(QStringLiteral("seo"),
              QDate(2026, 11, 1),
              3000000,
              QStringLiteral("RUB"),
              m.fx.marketing);

    const MetricsQuery week = MetricsFixture::days(QDate(2026, 11, 16), QDate(2026, 11, 22));
    const DashboardMetrics d = m.service().dashboard(week);
    REQUIRE(d.channels.size() == 2);
    const ChannelMetrics &context = d.channels[0];
    CHECK(context.channel == QStringLiteral("context"));
    REQUIRE(context.money.size() == 1);
    const MoneyMetrics &money = context.money[0];
    CHECK(money.spendMinor == 7000000);       // 300 000.00 * 7 / 30
    CHECK(money.costPerLeadMinor == 1750000); // / 4 leads
    CHECK(money.costPerSqlMinor == 3500000);  // / 2 SQL
    CHECK(money.costPerWonMinor == 7000000);  // / 1 won
    CHECK(*money.romiPct == Approx(100.0 * (10000000 - 7000000) / 7000000));
    CHECK(context.medianCycleDays == 10);

    const ChannelMetrics &seo = d.channels[1];
    CHECK(seo.channel == QStringLiteral("seo"));
    CHECK(seo.funnel.received == 0);
    REQUIRE(seo.money.size() == 1);
    CHECK(seo.money[0].spendMinor == 700000);
    CHECK_FALSE(seo.money[0].costPerLeadMinor);
    CHECK(*seo.money[0].romiPct == Approx(-100.0));

    REQUIRE(d.money.size() == 1);
    CHECK(d.money[0].spendMinor == 7700000);
    CHECK(d.money[0].revenueMinor == 10000000);

    // Spend is per channel: a campaign or manager filter hides it, a channel filter narrows it.
    MetricsQuery byManager = week;
    byManager.managerId = m.fx.manager.id;
    const DashboardMetrics managerView = m.service().dashboard(byManager);
    REQUIRE(managerView.money.size() == 1);
    CHECK_FALSE(managerView.money[0].spendMinor);
    MetricsQuery byChannel = week;
    byChannel.channel = QStringLiteral("seo");
    const DashboardMetrics seoView = m.service().dashboard(byChannel);
    REQUIRE(seoView.money.size() == 1);
    CHECK(seoView.money[0].spendMinor == 700000);
    CHECK(seoView.money[0].revenueMinor == 0);
}

TEST_CASE("Source scores are smoothed towards the rate over all history", "[metrics][score]")
{
    MetricsFixture m;
    // Channel "a": 10 leads, 5 SQL (2 of them won). Channel "b": 90 leads, 9 SQL, none won.
    // p0 = 14 / 100, q0 = 2 / 100, m = 50.
    const QDateTime when(QDate(2026, 9, 1), QTime(12, 0));
    for (int i = 0; i < 100; ++i) {
        const bool a = i < 10;
        Lead lead = m.make(when,
                           a ? QStringLiteral("a") : QStringLiteral("b"),
                           a && i < 4 ? QStringLiteral("a-spring") : QString());
        if (a && i < 2)
            makeWon(lead, 100, QDate(2026, 9, 2));
        else if ((a && i < 5) || (!a && i < 19))
            makeSql(lead);
        m.insert(lead);
    }
    const MetricsService service = m.service();
    const SourceScores scores = service.sourceScores();
    CHECK(scores.leads == 100);
    CHECK(scores.overallSqlRate == Approx(0.14));
    CHECK(scores.overallWonRate == Approx(0.02));
    REQUIRE(scores.channels.size() == 2);
    const SourceScore a = scores.lookup(QStringLiteral("a"));
    CHECK(a.leads == 10);
    CHECK(a.sql == 5);
    CHECK(a.won == 2);
    CHECK(a.sqlProbability == Approx((5 + 50 * 0.14) / 60.0)); // 0.2
    CHECK(a.wonProbability == Approx((2 + 50 * 0.02) / 60.0)); // 0.05
    CHECK(a.hot);                                              // 0.2 >= 1.25 * 0.14
    const SourceScore b = scores.lookup(QStringLiteral("b"));
    CHECK(b.sqlProbability == Approx((9 + 7) / 140.0));
    CHECK_FALSE(b.hot);
    // The campaign: 4 leads, 4 SQL -> (4 + 7) / 54; a small campaign does not jump to 100 %.
    const SourceScore spring = scores.lookup(QStringLiteral("a"), QStringLiteral("a-spring"));
    CHECK(spring.campaign == QStringLiteral("a-spring"));
    CHECK(spring.sqlProbability == Approx(11.0 / 54.0));
    CHECK(scores.isHot(QStringLiteral("a"), QStringLiteral("a-spring")));
    // Unknown campaign: the channel's score; unknown channel: the prior.
    CHECK(scores.lookup(QStringLiteral("a"), QStringLiteral("other")).sqlProbability
          == Approx(a.sqlProbability));
    CHECK(scores.lookup(QStringLiteral("zzz")).sqlProbability == Approx(0.14));
    CHECK_FALSE(scores.isHot(QStringLiteral("zzz")));

    CHECK(service.campaigns() == QStringList {QStringLiteral("a-spring")});
    CHECK(service.campaigns(QStringLiteral("b")).isEmpty());

    // Kept while nothing changes; any new or changed lead makes the next call recompute.
    const std::optional<QByteArray> before = service.dataVersion();
    REQUIRE(before);
    CHECK(service.sourceScores().leads == 100);
    CHECK(service.dashboard(MetricsFixture::days(QDate(2026, 9, 1), QDate(2026, 9, 1)))
              .channelScores.size()
          == 2);
    Lead extra = m.make(when, QStringLiteral("c"));
    m.insert(extra);
    CHECK(service.dataVersion() != before);
    CHECK(service.sourceScores().leads == 101);
    CHECK(service.dashboard(MetricsFixture::days(QDate(2026, 9, 1), QDate(2026, 9, 1)))
              .channelScores.size()
          == 3);
    // A commit by another connection (another process, say) counts too.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("metrics-other"));
        other.setDatabaseName(m.fx.path());
        REQUIRE(other.open());
        QSqlQuery insert(other);
        CHECK(insert.exec(QStringLiteral("INSERT INTO leads (received_at, status, "
                                         "status_changed_at, channel) VALUES (1788000000, 'new', "
                                         "1788000000, 'd')")));
        insert.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("metrics-other"));
    CHECK(service.sourceScores().leads == 102);
}
