// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator: realistic shape, rules obeyed, same seed -> same data.
#include "campaigns/campaignattributor.h"
#include "campaigns/campaignschedule.h"
#include "campaigns/campaignservice.h"
#include "demo/demogenerator.h"
#include "domain/error.h"
#include "domain/lead.h"
#include "qtstringmaker.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/userrepository.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace LeadPact;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Everything that makes up the data, in one comparable list.
QStringList fingerprint(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT l.external_id, l.received_at, l.status, u.login, l.channel, l.phone, l.name, "
        "coalesce(l.deal_amount, 0), coalesce(l.rejection_reason_id, 0), "
        "(SELECT group_concat(e.kind || ':' || e.at || ':' || coalesce(e.to_status, ''), ',') "
        " FROM lead_events e WHERE e.lead_id = l.id), l.campaign, "
        "coalesce((SELECT c.name FROM campaigns c WHERE c.id = l.campaign_id), '') "
        "FROM leads l LEFT JOIN users u ON u.id = l.owner_id ORDER BY l.id")));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

DemoSummary generate(Database &db, qint64 leads, quint64 seed)
{
    DemoOptions options;
    options.leads = leads;
    options.seed = seed;
    options.weeks = 8;
    options.endDate = QDate(2026, 11, 20);
    return DemoGenerator(db, options).run();
}

} // namespace

TEST_CASE("demo data has the shape of a real funnel", "[demo]")
{
    Test::TempDatabase t;
    const DemoSummary summary = generate(t.db(), 4000, 3);
    Database &db = t.db();
    CHECK(summary.leads == 4000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads")) == 4000);
    CHECK(summary.events == scalar(db, QStringLiteral("SELECT count(*) FROM lead_events")));
    // The bulk load rebuilt every index, and queries use them.
    QSqlQuery plan(db.connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM leads WHERE status = "
                                     "'new' ORDER BY sla_due_at LIMIT 50")));
    REQUIRE(plan.next());
    CHECK(plan.value(3).toString().contains(QStringLiteral("idx_leads_status_due")));
    // Leads with incomplete data are counted from their own (partial) indexes.
    for (const auto &[where, index] :
         {std::pair{"missing_fields <> ''", "idx_leads_incomplete_received"},
          std::pair{"status IN ('new', 'in_work') AND missing_fields <> ''", "idx_leads_incomplete"}}) {
        QSqlQuery counted(db.connection());
        REQUIRE(counted.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM leads WHERE ")
                             + QLatin1String(where)));
        REQUIRE(counted.next());
        INFO(where);
        CHECK(counted.value(3).toString().contains(QLatin1String(index)));
    }
    // The search index was filled in one pass and its triggers are back: it agrees with the
    // stored keys, and a lead written afterwards is found through it.
    QSqlQuery integrity(db.connection());
    CHECK(integrity.exec(QStringLiteral("INSERT INTO lead_search (lead_search, rank) VALUES "
                                        "('integrity-check', 1)")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'leads_search_%'")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_search WHERE lead_search MATCH "
                                    "'\"@ex\" AND \"ple\"'"))
          == scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE email LIKE '%@example%'")));

    const qint64 channels = scalar(db, QStringLiteral("SELECT count(DISTINCT channel) FROM leads"));
    CHECK(channels >= 6);
    CHECK(channels <= 8);
    const qint64 managers = scalar(db, QStringLiteral(
        "SELECT count(DISTINCT owner_id) FROM leads l JOIN users u ON u.id = l.owner_id "
        "WHERE u.role = 'manager'"));
    CHECK(managers >= 5);
    CHECK(managers <= 10);

    // Every status of the funnel occurs, and a few disputes happened on the way.
    for (const char *status : {"new", "in_work", "qualified", "won", "lost", "rejected"}) {
        INFO(status);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE status = '%1'")
                             .arg(QLatin1String(status)))
              > 0);
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_events WHERE to_status = 'disputed'")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_events WHERE from_status = "
                                    "'disputed' AND to_status = 'in_work'"))
          > 0);

    // Arrivals follow business hours (Moscow time): most on weekdays between 9 and 19.
    const qint64 businessHours = scalar(db, QStringLiteral(
        "SELECT count(*) FROM leads WHERE strftime('%w', received_at + 10800, 'unixepoch') "
        "BETWEEN '1' AND '5' AND CAST(strftime('%H', received_at + 10800, 'unixepoch') AS "
        "INTEGER) BETWEEN 9 AND 18"));
    CHECK(businessHours > 2400);
    CHECK(businessHours < 4000);

    // First contact takes from minutes to days.
    CHECK(scalar(db, QStringLiteral("SELECT min(first_contact_at - received_at) FROM leads "
                                    "WHERE first_contact_at IS NOT NULL"))
          < 15 * 60);
    CHECK(scalar(db, QStringLiteral("SELECT max(first_contact_at - received_at) FROM leads "
                                    "WHERE first_contact_at IS NOT NULL"))
          > 24 * 3600);

    // Won deals carry amounts and payment dates; channels differ in quality.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE status = 'won' AND "
                                    "(deal_amount IS NULL OR paid_on IS NULL)"))
          == 0);
    const qint64 referralRejected = scalar(db, QStringLiteral(
        "SELECT 1000 * sum(status = 'rejected') / count(*) FROM leads WHERE channel = 'referral'"));
    const qint64 partnersRejected = scalar(db, QStringLiteral(
        "SELECT 1000 * sum(status = 'rejected') / count(*) FROM leads WHERE channel = "
        "'cold_partners'"));
    CHECK(partnersRejected > referralRejected + 150);

    // Rejection reasons depend on the channel: bought bases bring wrong contacts, context ads
    // bring other regions.
    const auto reasonShare = [&](const char *channel, const char *reason) {
        return scalar(db, QStringLiteral(
                              "SELECT 1000 * sum(r.code = '%2') / count(*) FROM leads l JOIN "
                              "reasons r ON r.id = l.rejection_reason_id WHERE l.channel = '%1'")
                              .arg(QLatin1String(channel), QLatin1String(reason)));
    };
    CHECK(reasonShare("cold_partners", "wrong_contact") > reasonShare("context_ads", "wrong_contact"));
    CHECK(reasonShare("context_ads", "non_target_region") > reasonShare("cold_partners", "non_target_region"));

    // Some leads lack minimum data and are flagged.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE missing_fields <> ''")) > 0);
}

TEST_CASE("demo data is the same for the same seed and differs for another", "[demo]")
{
    Test::TempDatabase a;
    Test::TempDatabase b;
    Test::TempDatabase c;
    generate(a.db(), 1500, 99);
    generate(b.db(), 1500, 99);
    generate(c.db(), 1500, 100);
    const QStringList first = fingerprint(a.db());
    REQUIRE(first.size() == 1500);
    CHECK(first == fingerprint(b.db()));
    CHECK(first != fingerprint(c.db()));
    // The seed decides the attribution too: some leads are attributed, the same in both.
    CHECK(scalar(a.db(), QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id IS NOT NULL"))
          > 0);
}

namespace {

// Moscow midnight (UTC+3 all year) of a day, as stored in received_at.
qint64 moscowMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(3 * 3600)).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("the demo fills the campaign registry and attributes leads as the rules do",
          "[demo][campaigns]")
{
    Test::TempDatabase t;
    Database &db = t.db();
    const DemoSummary summary = generate(db, 4000, 3); // 8 weeks: 2026-09-25 .. 2026-11-20
    const CampaignService service(db, t.clock());
    const QList<Campaign> registry = service.list(true, true);
    REQUIRE(registry.size() == 6);
    CHECK(summary.campaigns == 6);
    const User marketing = UserRepository(db).requireByLogin(QStringLiteral("marketing"));
    const User system = UserRepository(db).requireByLogin(QStringLiteral("system"));

    // Every field of the card is filled, by the demo's marketing user, dated inside the period
    // but for the launch announced two days after its last day.
    for (const Campaign &c : registry) {
        INFO(c.name.toStdString());
        for (const QString &field : {c.name, c.goal, c.audience, c.announcedIn, c.promoCode,
                                     c.promoBenefit, c.landingUrl, c.utmCampaign,
                                     c.technicalNotes})
            CHECK_FALSE(field.trimmed().isEmpty());
        CHECK(c.landingUrl
              == QStringLiteral("https://promo.delovoy-servis.ru/lp/") + c.utmCampaign);
        CHECK(c.documentLinks.size() >= 1);
        CHECK(c.documentLinks.size() <= 2);
        CHECK(c.ownerId == marketing.id);
        CHECK(c.createdBy == marketing.id);
        CHECK(c.startsOn <= c.endsOn);
        CHECK(c.activationFrom >= c.startsOn);
        CHECK(c.activationFrom <= c.activationUntil);
        if (c.utmCampaign == QLatin1String("black_friday")) {
            CHECK(c.startsOn == QDate(2026, 11, 22));
        } else {
            CHECK(c.startsOn >= QDate(2026, 9, 25));
            CHECK(c.activationUntil <= QDate(2026, 11, 20));
            CHECK(c.endsOn <= QDate(2026, 11, 20));
        }
    }

    // Leads of a campaign are those with its landing or utm value that arrived from its first
    // day to the last day of activation (Moscow days) — worked out here from the demo's dates
    // (days counted back from 2026-11-20), not by the attributor. Nothing else is attributed.
    struct Expected
    {
        const char *utm;
        QDate from, until;
    };
    const Expected expected[] = {
        {"partner_program", QDate(2026, 9, 26), QDate(2026, 11, 20)},
        {"autumn_sale", QDate(2026, 10, 3), QDate(2026, 11, 13)},
        {"expo_moscow", QDate(2026, 10, 10), QDate(2026, 11, 8)},
        {"telegram_webinar", QDate(2026, 10, 17), QDate(2026, 11, 13)},
        {"vk_lead_form", QDate(2026, 10, 24), QDate(2026, 11, 20)},
        {"black_friday", QDate(2026, 11, 22), QDate(2026, 12, 12)},
    };
    qint64 total = 0;
    for (const Expected &e : expected) {
        INFO(e.utm);
        const auto c = std::find_if(registry.cbegin(), registry.cend(), [&](const Campaign &r) {
            return r.utmCampaign == QLatin1String(e.utm);
        });
        REQUIRE(c != registry.cend());
        CHECK(c->startsOn == e.from);
        CHECK(c->activationUntil == e.until);
        const qint64 byRules = scalar(
            db, QStringLiteral("SELECT count(*) FROM leads WHERE landing_page = '/lp/%1' AND "
                               "utm_campaign = '%1' AND received_at >= %2 AND received_at < %3")
                    .arg(QLatin1String(e.utm))
                    .arg(moscowMidnight(e.from))
                    .arg(moscowMidnight(e.until.addDays(1))));
        const qint64 attributed = scalar(
            db, QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id = %1").arg(c->id));
        CHECK(attributed == byRules);
        CHECK(c->attributedLeads == attributed);
        if (c->utmCampaign != QLatin1String("black_friday"))
            CHECK(attributed > 0);
        // They carry the registry name as their label; the label's other leads keep it.
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id = %1 AND "
                                        "campaign = '%2'")
                             .arg(c->id)
                             .arg(c->name))
              == attributed);
        total += attributed;
    }
    CHECK(total == summary.attributed);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id IS NOT NULL"))
          == total);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE campaign = 'autumn_sale' "
                                    "AND campaign_id IS NULL"))
          > 0);

    // Each attributed lead has the event a received lead gets: right after "created", by the
    // same user at the same time, naming the rule, with the label and campaign id from/to.
    const QString landingComment = CampaignAttributor::ruleComment(
        CampaignAttributor::Rule::LandingPage);
    QSqlQuery events(db.connection());
    REQUIRE(events.prepare(QStringLiteral(
        "SELECT l.id, l.campaign_id, l.utm_campaign, l.campaign, l.received_at, e.at, "
        "e.actor_id, e.comment, e.changes, (SELECT count(*) FROM lead_events x WHERE "
        "x.lead_id = l.id AND x.kind = 'edited'), (SELECT max(x.id) FROM lead_events x WHERE "
        "x.lead_id = l.id AND x.kind = 'created') FROM leads l JOIN lead_events e ON "
        "e.lead_id = l.id AND e.kind = 'edited' WHERE l.campaign_id IS NOT NULL ORDER BY l.id")));
    REQUIRE(events.exec());
    qint64 seen = 0;
    QSqlQuery eventId(db.connection());
    while (events.next()) {
        ++seen;
        INFO(events.value(0).toLongLong());
        CHECK(events.value(9).toLongLong() == 1);
        CHECK(events.value(5).toLongLong() == events.value(4).toLongLong());
        CHECK(events.value(6).toLongLong() == system.id);
        CHECK(events.value(7).toString() == landingComment);
        const QJsonObject changes = QJsonDocument::fromJson(events.value(8).toString().toUtf8())
                                        .object();
        const QJsonObject label = changes.value(QStringLiteral("campaign")).toObject();
        CHECK(label.value(QStringLiteral("from")).toString() == events.value(2).toString());
        CHECK(label.value(QStringLiteral("to")).toString() == events.value(3).toString());
        const QJsonObject id = changes.value(QStringLiteral("campaign_id")).toObject();
        CHECK(id.value(QStringLiteral("from")).isNull());
        CHECK(id.value(QStringLiteral("to")).toInteger() == events.value(1).toLongLong());
        // The next event of the lead after "created" is this one.
        REQUIRE(eventId.exec(QStringLiteral("SELECT kind, comment FROM lead_events WHERE id = "
                                            "(SELECT min(id) FROM lead_events WHERE lead_id = %1 "
                                            "AND id > %2)")
                                 .arg(events.value(0).toLongLong())
                                 .arg(events.value(10).toLongLong())));
        REQUIRE(eventId.next());
        CHECK(eventId.value(0).toString() == QStringLiteral("edited"));
        CHECK(eventId.value(1).toString() == landingComment);
    }
    CHECK(seen == total);

    // Every lead, as it arrived, matched by CampaignAttributor::match against the registry.
    QSqlQuery all(db.connection());
    REQUIRE(all.exec(QStringLiteral("SELECT promo_code, landing_page, utm_campaign, "
                                    "received_at, campaign_id FROM leads ORDER BY id")));
    qint64 checked = 0;
    while (all.next()) {
        Lead lead;
        lead.promoCode = all.value(0).toString();
        lead.landingPage = all.value(1).toString();
        lead.utmCampaign = all.value(2).toString();
        lead.receivedAt = QDateTime::fromSecsSinceEpoch(all.value(3).toLongLong(), Qt::UTC);
        const auto match = CampaignAttributor::match(lead, registry, service.teamZone());
        const qint64 stored = all.value(4).isNull() ? 0 : all.value(4).toLongLong();
        INFO(lead.utmCampaign.toStdString()
             << " at " << lead.receivedAt.toString(Qt::ISODate).toStdString());
        CHECK((match ? match->campaignId : 0) == stored);
        ++checked;
    }
    CHECK(checked == 4000);

    // And the set-based pass an import runs gives the same leads the same campaigns: undo the
    // demo's attribution (the event log is append-only: its events stay) and let the
    // attributor redo it over every lead.
    QStringList before;
    QSqlQuery ids(db.connection());
    REQUIRE(ids.exec(QStringLiteral("SELECT id, campaign_id, campaign FROM leads ORDER BY id")));
    while (ids.next())
        before.append(ids.value(0).toString() + QLatin1Char(':') + ids.value(1).toString()
                      + QLatin1Char(':') + ids.value(2).toString());
    QSqlQuery undo(db.connection());
    REQUIRE(undo.exec(QStringLiteral("UPDATE leads SET campaign_id = NULL, campaign = "
                                     "utm_campaign WHERE campaign_id IS NOT NULL")));
    CHECK(CampaignAttributor(db, service.teamZone())
              .attributeTouched(0, system, t.clock().now())
          == total);
    QStringList after;
    REQUIRE(ids.exec(QStringLiteral("SELECT id, campaign_id, campaign FROM leads ORDER BY id")));
    while (ids.next())
        after.append(ids.value(0).toString() + QLatin1Char(':') + ids.value(1).toString()
                     + QLatin1Char(':') + ids.value(2).toString());
    CHECK(after == before);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_events WHERE kind = 'edited'"))
          == 2 * total);
}

TEST_CASE("a fresh demo announces a launch two days after its last day", "[demo][campaigns]")
{
    Test::TempDatabase t;
    generate(t.db(), 300, 5); // last day 2026-11-20
    const QList<Campaign> registry = CampaignService(t.db(), t.clock()).list(false);
    const QList<CampaignAnnouncement> onLastDay
        = CampaignSchedule::announcements(registry, QDate(2026, 11, 20));
    REQUIRE(onLastDay.size() == 1);
    CHECK(onLastDay.at(0).campaign.utmCampaign == QStringLiteral("black_friday"));
    CHECK(onLastDay.at(0).kind == CampaignAnnouncement::Kind::Upcoming);
    CHECK(onLastDay.at(0).days == 2);
    CHECK(CampaignSchedule::isUpcoming(onLastDay.at(0).campaign, QDate(2026, 11, 20)));
    // Opened later, it is the launch of today, then of the day before yesterday, then old news.
    const auto kinds = [&](const QDate &day) {
        QList<CampaignAnnouncement::Kind> list;
        for (const CampaignAnnouncement &a : CampaignSchedule::announcements(registry, day))
            list.append(a.kind);
        return list;
    };
    CHECK(kinds(QDate(2026, 11, 22)) == QList {CampaignAnnouncement::Kind::StartsToday});
    CHECK(kinds(QDate(2026, 11, 24)) == QList {CampaignAnnouncement::Kind::JustStarted});
    CHECK(kinds(QDate(2026, 11, 25)).isEmpty());

    // Without --end the demo ends today (scripts/demo.sh), so its launch is two days ahead.
    Test::TempDatabase now;
    DemoOptions options;
    options.leads = 200;
    options.weeks = 2;
    const QTimeZone zone = CampaignService(now.db(), now.clock()).teamZone();
    const QDate before = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    DemoGenerator(now.db(), options).run();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    if (before == today) { // not across midnight
        const QList<CampaignAnnouncement> announced = CampaignSchedule::announcements(
            CampaignService(now.db(), now.clock()).list(false), today);
        REQUIRE(announced.size() == 1);
        CHECK(announced.at(0).kind == CampaignAnnouncement::Kind::Upcoming);
        CHECK(announced.at(0).days == 2);
    }
}

TEST_CASE("demo data goes into an empty database only", "[demo]")
{
    Test::TempDatabase t;
    generate(t.db(), 50, 1);
    try {
        generate(t.db(), 50, 2);
        FAIL("a second demo run must be refused");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("50 leads")));
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM leads")) == 50);
}

TEST_CASE("a cancelled demo writes nothing", "[demo]")
{
    Test::TempDatabase t;
    const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'index' AND sql IS NOT NULL");
    const qint64 indexCount = scalar(t.db(), indexes);
    REQUIRE(indexCount >= 5);
    DemoOptions options;
    options.leads = 5000;
    options.endDate = QDate(2026, 11, 20);
    CHECK_THROWS_AS(DemoGenerator(t.db(), options).run([](qint64 done, qint64) {
        return done < 2000;
    }),
                    Error);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM leads")) == 0);
    // The indexes the bulk load dropped came back with the rollback.
    CHECK(scalar(t.db(), indexes) == indexCount);
    // The fixture's users are all there is: the demo's managers were rolled back too.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users WHERE login = 'ivanova'")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM campaigns")) == 0);
}
