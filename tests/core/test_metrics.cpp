// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsService on small hand-built lead sets whose answers are worked out here: every SLA
// bucket boundary, percentiles, the funnel with disputes, money, empty periods, time zones.
#include "coretesthelpers.h"
#include "metricsfixture.h"
#include "storage/migrations.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

const QDate nov16(2026, 11, 16);
const QDate nov22(2026, 11, 22);
const QDate nov23(2026, 11, 23);

} // namespace

TEST_CASE("First-contact buckets split exactly at their bounds", "[metrics][sla]")
{
    MetricsFixture m;
    // Monday 10:00 Moscow: the deadline is 10:15, and wall time equals working time all day.
    const qint64 seconds[] = {0, 900, 901, 3600, 3601, 14400, 14401, 86400, 86401};
    for (const qint64 s : seconds) {
        Lead lead = m.make(local(2026, 11, 16, 10), QStringLiteral("context"));
        MetricsFixture::contacted(lead, s, s);
        m.insert(lead);
    }
    for (int i = 0; i < 2; ++i)
        m.insert(m.make(local(2026, 11, 16, 10), QStringLiteral("context")));

    const SlaStats sla = m.service().sla(MetricsFixture::days(nov16, nov22));
    CHECK(sla.leads == 11);
    CHECK(sla.contacted == 9);
    CHECK(sla.bucket(ContactBucket::UpTo15Min) == 2);   // 0 and exactly 15:00
    CHECK(sla.bucket(ContactBucket::UpTo1Hour) == 2);   // 15:01 and exactly 60:00
    CHECK(sla.bucket(ContactBucket::UpTo4Hours) == 2);  // 1 h 1 s and exactly 4 h
    CHECK(sla.bucket(ContactBucket::UpTo24Hours) == 2); // 4 h 1 s and exactly 24 h
    CHECK(sla.bucket(ContactBucket::Over24Hours) == 1); // 24 h 1 s
    CHECK(sla.bucket(ContactBucket::Never) == 2);
    // Contacts at 10:00 and 10:15 are at or before the 10:15 deadline; 10:15:01 is late.
    CHECK(sla.withinSla == 2);
    REQUIRE(sla.withinPct());
    CHECK(*sla.withinPct() == Approx(100.0 * 2 / 11));
    // Minutes rounded up: 0, 15, 16, 60, 61, 240, 241->245, 1440, 1441->1500; n = 9.
    // Median: rank ceil(4.5) = 5 -> 61. p90: rank ceil(8.1) = 9 -> 1500.
    CHECK(sla.medianMinutes == 61);
    CHECK(sla.p90Minutes == 1500);

    CHECK(contactBucketFor(900) == ContactBucket::UpTo15Min);
    CHECK(contactBucketFor(901) == ContactBucket::UpTo1Hour);
    CHECK(contactBucketFor(86401) == ContactBucket::Over24Hours);
    CHECK(contactBucketFor(std::nullopt) == ContactBucket::Never);
}

TEST_CASE("The first contact is stored in working time of the team calendar", "[metrics][sla]")
{
    MetricsFixture m;
    LeadService service(m.fx.db(), m.fx.clock());
    // Friday 17:50 Moscow (14:50 UTC); called on Monday 09:10 Moscow (06:10 UTC): 10 working
    // minutes on Friday and 10 on Monday.
    Lead lead = incomingLead();
    lead.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(14, 50), Qt::UTC);
    const Lead stored = service.receive(lead, m.fx.admin);
    CHECK_FALSE(stored.firstContactWorkSeconds);

    TransitionRequest contact = validRequest(LeadAction::LogContact, m.fx.clock().now());
    contact.contactAt = QDateTime(nov23, QTime(6, 10), Qt::UTC);
    const TransitionOutcome outcome = service.perform(stored.id, contact, m.fx.manager);
    CHECK(outcome.lead.firstContactWorkSeconds == 1200);
    CHECK(service.lead(stored.id).firstContactWorkSeconds == 1200);
    CHECK(outcome.event.changes.contains(QStringLiteral("first_contact_work_secs")));

    // Undo takes it back with the contact.
    service.undo(outcome.event.id, m.fx.manager);
    CHECK_FALSE(service.lead(stored.id).firstContactWorkSeconds);

    // The deadline was Monday 09:05; 09:10 missed it, and the metrics agree.
    service.perform(stored.id, contact, m.fx.manager);
    const SlaStats sla = m.service().sla(
        MetricsFixture::days(QDate(2026, 11, 20), QDate(2026, 11, 20)));
    CHECK(sla.leads == 1);
    CHECK(sla.withinSla == 0);
    CHECK(sla.bucket(ContactBucket::UpTo1Hour) == 1);
    CHECK(sla.medianMinutes == 20);
}

TEST_CASE("The funnel follows MQLs and counts disputes by how they ended", "[metrics][funnel]")
{
    MetricsFixture m;
    LeadService service(m.fx.db(), m.fx.clock());
    const auto receive = [&](const QString &channel, bool complete, int minute) {
        Lead lead = incomingLead();
        lead.receivedAt = QDateTime(nov23, QTime(7, minute), Qt::UTC);
        lead.channel = channel;
        if (!complete) {
            lead.phoneRaw.clear();
            lead.phone.clear();
        }
        return service.receive(lead, m.fx.admin).id;
    };
    const auto act = [&](qint64 id, LeadAction action, const QString &reason = {}) {
        m.fx.clock().advanceSecs(60);
        TransitionRequest request = validRequest(action, m.fx.clock().now());
        if (!reason.isEmpty())
            request.reasonCode = reason;
        service.perform(id, request, actorFor(m.fx, action));
    };
    const QString context = QStringLiteral("context");
    const QString seo = QStringLiteral("seo");

    receive(context, true, 0); // new
    driveTo(m.fx, service, receive(context, true, 1), LeadStatus::InWork);
    driveTo(m.fx, service, receive(context, true, 2), LeadStatus::Qualified);
    driveTo(m.fx, service, receive(context, true, 3), LeadStatus::Won);
    driveTo(m.fx, service, receive(context, true, 4), LeadStatus::Lost);
    driveTo(m.fx, service, receive(context, true, 5), LeadStatus::Rejected);
    driveTo(m.fx, service, receive(context, false, 6), LeadStatus::InWork); // incomplete
    driveTo(m.fx, service, receive(context, false, 7), LeadStatus::Won);    // incomplete, won
    driveTo(m.fx, service, receive(seo, true, 8), LeadStatus::Disputed);    // pending
    const qint64 confirmed = receive(seo, true, 9);
    driveTo(m.fx, service, confirmed, LeadStatus::Disputed);
    act(confirmed, LeadAction::ConfirmRejection);
    const qint64 returned = receive(seo, true, 10);
    driveTo(m.fx, service, returned, LeadStatus::Disputed);
    act(returned, LeadAction::ReturnToManager);
    const qint64 rejectedAgain = receive(seo, true, 11);
    driveTo(m.fx, service, rejectedAgain, LeadStatus::Disputed);
    act(rejectedAgain, LeadAction::ReturnToManager);
    act(rejectedAgain, LeadAction::Reject, QStringLiteral("student"));
    receive(QString(), true, 12); // no channel: incomplete

    const MetricsQuery query = MetricsFixture::days(nov23, nov23);
    const DashboardMetrics d = m.service().dashboard(query);
    const FunnelCounts &f = d.funnel;
    CHECK(f.received == 13);
    CHECK(f.mql == 10);      // all but the two without a phone and the one without a channel
    CHECK(f.contacted == 9); // MQLs except the new one
    CHECK(f.sql == 3);       // qualified, won, lost
    CHECK(f.won == 1);       // the incomplete won lead is not in the MQL funnel
    CHECK(f.incomplete == 3);
    CHECK(f.rejected == 4); // context's, the pending dispute, the confirmed, the re-rejected
    CHECK(f.lost == 1);
    CHECK(f.disputed == 4);
    CHECK(f.disputePending == 1);
    CHECK(f.disputeConfirmed == 1);
    CHECK(f.overturned == 2); // returned, and returned then rejected again
    CHECK(*f.stepConversionPct(FunnelStage::Mql) == Approx(100.0 * 10 / 13));
    CHECK(*f.stepConversionPct(FunnelStage::Sql) == Approx(100.0 * 3 / 9));
    CHECK(*f.endToEndPct(FunnelStage::Won) == Approx(100.0 / 13));
    CHECK_FALSE(f.stepConversionPct(FunnelStage::Received));

    // Rejection reasons: no_budget on context's and on two seo leads, student on the re-rejected.
    REQUIRE(d.rejections.size() == 2);
    CHECK(d.rejections[0].code == QStringLiteral("no_budget"));
    CHECK(d.rejections[0].count == 3);
    CHECK(d.rejections[1].code == QStringLiteral("student"));
    CHECK(d.rejections[1].count == 1);
    const auto channel = [&](const QString &code) {
        for (const ChannelMetrics &c : d.channels) {
            if (c.channel == code)
                return c;
        }
        FAIL("no channel " << code.toStdString());
        return ChannelMetrics {};
    };
    const ChannelMetrics s = channel(seo);
    CHECK(s.funnel.received == 4);
    CHECK(s.funnel.rejected == 3);
    REQUIRE(s.rejections.size() == 2);
    CHECK(*s.rejections[0].sharePct == Approx(200.0 / 3));
    CHECK(channel(QString()).funnel.received == 1);
    CHECK(channel(QString()).funnel.mql == 0);

    // Money: both won leads, complete or not, 15 000.00 RUB each, paid the day they arrived.
    REQUIRE(d.money.size() == 1);
    CHECK(d.money[0].currency == QStringLiteral("RUB"));
    CHECK(d.money[0].deals == 2);
    CHECK(d.money[0].revenueMinor == 3000000);
    CHECK(d.money[0].averageDealMinor == 1500000);
    CHECK_FALSE(d.money[0].spendMinor);
    CHECK(d.medianCycleDays == 0);
    CHECK(channel(context).medianCycleDays == 0);
    CHECK_FALSE(s.medianCycleDays);

    // The manager row holds every lead: anna owns them all (the contact took them).
    const auto anna = std::find_if(d.managers.cbegin(),
                                   d.managers.cend(),
                                   [&](const ManagerMetrics &r) {
                                       return r.managerId == m.fx.manager.id;
                                   });
    REQUIRE(anna != d.managers.cend());
    CHECK(anna->funnel.contacted == 9);
    CHECK(anna->login == QStringLiteral("anna"));
}

TEST_CASE("An empty period gives zeros and no percentages", "[metrics]")
{
    MetricsFixture m;
    m.insert(m.make(local(2026, 11, 16, 10), QStringLiteral("context")));
    const DashboardMetrics d = m.service().dashboard(
        MetricsFixture::days(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    CHECK(d.funnel.received == 0);
    CHECK_FALSE(d.funnel.stepConversionPct(FunnelStage::Mql));
    CHECK_FALSE(d.funnel.endToEndPct(FunnelStage::Won));
    CHECK(d.sla.leads == 0);
    CHECK_FALSE(d.sla.withinPct());
    CHECK_FALSE(d.sla.medianMinutes);
    CHECK_FALSE(d.sla.p90Minutes);
    CHECK(d.channels.isEmpty());
    CHECK(d.managers.isEmpty());
    CHECK(d.money.isEmpty());
    CHECK_FALSE(d.medianCycleDays);
    REQUIRE(d.trend.size() == 12);
    CHECK(d.trend.last().monday == QDate(2026, 10, 26));
    for (const TrendWeek &w : d.trend) {
        CHECK(w.leads == 0);
        CHECK_FALSE(w.mqlToSqlPct());
    }
    // Source scores see all history, not the period.
    REQUIRE(d.channelScores.size() == 1);
    CHECK(d.channelScores[0].leads == 1);
}

TEST_CASE("A bad period is refused with the reason", "[metrics]")
{
    MetricsFixture m;
    const auto error = caughtError([&] { m.service().funnel(MetricsFixture::days(nov23, nov16)); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Validation);
    CHECK(error->message().contains(QStringLiteral("2026-11-16")));
}

TEST_CASE("Days and ISO weeks are local to the team's time zone", "[metrics][timezone]")
{
    SECTION("Moscow: Monday 01:00 local is still Sunday in UTC")
    {
        MetricsFixture m;
        m.insert(m.make(local(2026, 11, 23, 1), QStringLiteral("context")));      // Sun 22:00 UTC
        m.insert(m.make(local(2026, 11, 22, 23, 30), QStringLiteral("context"))); // Sun 20:30 UTC
        MetricsService service = m.service();
        CHECK(service.funnel(MetricsFixture::days(nov22, nov22)).received == 1);
        CHECK(service.funnel(MetricsFixture::days(nov23, nov23)).received == 1);
        const QList<TrendWeek> trend = service.trend(MetricsFixture::days(nov23, nov23));
        REQUIRE(trend.size() == 12);
        CHECK(trend.last().monday == nov23);
        CHECK(trend.last().isoWeek == 48);
        CHECK(trend.last().leads == 1);
        CHECK(trend[10].isoWeek == 47);
        CHECK(trend[10].leads == 1);
    }
    SECTION("New York: Sunday 23:30 local is Monday in UTC and belongs to Sunday's ISO week")
    {
        MetricsFixture m;
        m.setZone(QByteArrayLiteral("America/New_York"));
        m.insert(m.make(local(2026, 11, 22, 23, 30), QStringLiteral("context"))); // Mon 04:30 UTC
        m.insert(m.make(local(2026, 11, 23, 0, 30), QStringLiteral("context")));  // Mon 05:30 UTC
        MetricsService service = m.service();
        CHECK(service.timeZone().id() == QByteArrayLiteral("America/New_York"));
        CHECK(service.funnel(MetricsFixture::days(nov22, nov22)).received == 1);
        CHECK(service.funnel(MetricsFixture::days(nov23, nov23)).received == 1);
        const QList<TrendWeek> trend = service.trend(MetricsFixture::days(nov23, nov23));
        CHECK(trend.last().leads == 1);
        CHECK(trend[10].leads == 1);
        CHECK(trend[10].monday == nov16);
    }
    SECTION("New York across the end of summer time (1 November 2026)")
    {
        MetricsFixture m;
        m.setZone(QByteArrayLiteral("America/New_York"));
        m.insert(m.make(local(2026, 11, 1, 0, 30), QStringLiteral("context"))); // 04:30 UTC (EDT)
        m.insert(m.make(local(2026, 11, 1, 23, 30),
                        QStringLiteral("context"))); // 04:30 UTC next day (EST)
        m.insert(m.make(local(2026, 10, 31, 23, 30), QStringLiteral("context"))); // 03:30 UTC Nov 1
        m.insert(m.make(local(2026, 11, 2, 0, 30), QStringLiteral("context")));   // 05:30 UTC Nov 2
        MetricsService service = m.service();
        const QDate nov1(2026, 11, 1);
        CHECK(service.funnel(MetricsFixture::days(nov1, nov1)).received == 2);
        CHECK(service.funnel(MetricsFixture::days(QDate(2026, 10, 31), QDate(2026, 10, 31))).received
              == 1);
        // One cube over the whole range puts each lead on its own local day.
        const DashboardMetrics d = service.dashboard(
            MetricsFixture::days(QDate(2026, 10, 25), QDate(2026, 11, 8)));
        CHECK(d.funnel.received == 4);
        const TrendWeek &weekOfOct26 = d.trend[d.trend.size() - 2];
        CHECK(weekOfOct26.monday == QDate(2026, 10, 26));
        CHECK(weekOfOct26.leads == 3); // Oct 31 and twice Nov 1 (a Sunday)
        CHECK(d.trend.last().leads == 1);
    }
}

TEST_CASE("Presets are the ISO week, the calendar month and quarter", "[metrics]")
{
    const QDate wednesday(2026, 11, 25);
    CHECK(MetricsQuery::week(wednesday).from == nov23);
    CHECK(MetricsQuery::week(wednesday).to == QDate(2026, 11, 29));
    CHECK(MetricsQuery::month(wednesday).from == QDate(2026, 11, 1));
    CHECK(MetricsQuery::month(wednesday).to == QDate(2026, 11, 30));
    CHECK(MetricsQuery::quarter(wednesday).from == QDate(2026, 10, 1));
    CHECK(MetricsQuery::quarter(wednesday).to == QDate(2026, 12, 31));
    CHECK(MetricsQuery::preset(MetricsQuery::Preset::Custom, wednesday).days() == 1);
    CHECK(MetricsQuery::presetFromString(QStringLiteral("Quarter"))
          == MetricsQuery::Preset::Quarter);
}

TEST_CASE("Schema step 5 fills the first-contact working time of existing leads",
          "[metrics][migrations]")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("v4.sqlite")));
    Migrations::migrate(*db, 4);
    // Friday 17:50 Moscow, contacted Monday 09:10 Moscow: 20 working minutes. And one waiting.
    const qint64 received
        = QDateTime(QDate(2026, 11, 20), QTime(14, 50), Qt::UTC).toSecsSinceEpoch();
    const qint64 contact = QDateTime(nov23, QTime(6, 10), Qt::UTC).toSecsSinceEpoch();
    REQUIRE(rawExec(*db,
                    QStringLiteral("INSERT INTO leads (external_id, received_at, status, "
                                   "status_changed_at, first_contact_at) VALUES "
                                   "('a', ?, 'in_work', ?, ?), ('b', ?, 'new', ?, NULL)"),
                    {received, contact, contact, received, received})
                .ok);
    Migrations::migrate(*db);
    CHECK(rawValue(*db,
                   QStringLiteral("SELECT first_contact_work_secs FROM leads WHERE "
                                  "external_id = 'a'"))
              .toLongLong()
          == 1200);
    CHECK(rawValue(*db,
                   QStringLiteral("SELECT first_contact_work_secs FROM leads WHERE "
                                  "external_id = 'b'"))
              .isNull());
}
