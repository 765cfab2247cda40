// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator: realistic shape, rules obeyed, same seed -> same data.
#include "demo/demogenerator.h"
#include "domain/error.h"
#include "qtstringmaker.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

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
        " FROM lead_events e WHERE e.lead_id = l.id) "
        "FROM leads l LEFT JOIN users u ON u.id = l.owner_id ORDER BY l.id")));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
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
}
