// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations: fresh databases, upgrades that keep the data and leave a backup, a failing step
// that rolls back, databases from the future, read-only databases.
#include "coretesthelpers.h"
#include "domain/role.h"
#include "leadbuilder.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/migrations.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::rawValue;

namespace {

bool hasTable(const Database &db, const QString &table)
{
    return db.connection().tables().contains(table);
}

qint64 rowCount(Database &db, const QString &table)
{
    return rawValue(db, u"SELECT count(*) FROM "_s + table).toLongLong();
}

// A database at schema version 1 holding a user, two leads and their events.
void fillVersion1(Database &db)
{
    Migrations::migrate(db, 1);
    REQUIRE(Migrations::currentVersion(db) == 1);
    Transaction transaction(db);
    User user;
    user.login = u"olga"_s;
    user.role = Role::Manager;
    const qint64 userId = UserRepository(db).add(user);
    // Written as version 1 of LeadPact wrote them: raw rows in the version 1 columns (today's
    // repositories write columns that later steps added).
    for (const QString &externalId : {u"v1-a"_s, u"v1-b"_s}) {
        const Lead lead = Test::incomingLead(externalId);
        QSqlQuery insertLead(db.connection());
        REQUIRE(insertLead.prepare(u"INSERT INTO leads (external_id, received_at, name, phone, "
                                   "phone_raw, channel, owner_id, status, status_changed_at, "
                                   "sla_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)"_s));
        insertLead.addBindValue(externalId);
        insertLead.addBindValue(lead.receivedAt.toSecsSinceEpoch());
        insertLead.addBindValue(lead.name);
        insertLead.addBindValue(lead.phone);
        insertLead.addBindValue(lead.phoneRaw);
        insertLead.addBindValue(lead.channel);
        insertLead.addBindValue(userId);
        insertLead.addBindValue(lead.receivedAt.toSecsSinceEpoch());
        insertLead.addBindValue(lead.receivedAt.addSecs(900).toSecsSinceEpoch());
        REQUIRE(insertLead.exec());
        QSqlQuery insertEvent(db.connection());
        REQUIRE(insertEvent.prepare(u"INSERT INTO lead_events (lead_id, at, actor_id, kind, "
                                    "to_status) VALUES (?, ?, ?, 'created', 'new')"_s));
        insertEvent.addBindValue(insertLead.lastInsertId());
        insertEvent.addBindValue(lead.receivedAt.toSecsSinceEpoch());
        insertEvent.addBindValue(userId);
        REQUIRE(insertEvent.exec());
    }
    transaction.commit();
}

void checkVersion1Data(Database &db)
{
    CHECK(UserRepository(db).findByLogin(u"olga"_s).has_value());
    // Raw reads: today's repository reads columns a version 1 backup does not have.
    const qint64 a = rawValue(db, u"SELECT id FROM leads WHERE external_id = 'v1-a'"_s).toLongLong();
    REQUIRE(a > 0);
    CHECK(rawValue(db, u"SELECT name FROM leads WHERE id = ?"_s, {a}).toString()
          == Test::incomingLead().name);
    CHECK(rawValue(db, u"SELECT phone FROM leads WHERE id = ?"_s, {a}).toString()
          == u"+79123456789"_s);
    CHECK(rawValue(db, u"SELECT count(*) FROM leads WHERE external_id = 'v1-b'"_s).toInt() == 1);
    CHECK(rawValue(db, u"SELECT count(*) FROM lead_events WHERE lead_id = ?"_s, {a}).toInt() == 1);
    CHECK(rowCount(db, u"leads"_s) == 2);
    CHECK(rowCount(db, u"lead_events"_s) == 2);
}

MigrationStep brokenStep(int version)
{
    return {version, u"a step that fails half-way"_s, [](Database &db) {
                Sql::exec(db.connection(), u"CREATE TABLE half_done (x INTEGER)"_s);
                Sql::exec(db.connection(), u"THIS IS NOT SQL"_s);
            }};
}

} // namespace

TEST_CASE("A fresh database migrates from 0 to the latest version", "[migrations]")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"fresh.sqlite"_s));
    CHECK(Migrations::currentVersion(*db) == 0);
    const Migrations::Result result = Migrations::migrate(*db);
    CHECK(result.fromVersion == 0);
    CHECK(result.toVersion == Migrations::latestVersion());
    CHECK(result.backupPath.isEmpty()); // nothing to back up
    CHECK(Migrations::currentVersion(*db) == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() == Migrations::steps().constLast().version);
    for (const QString &table :
         {u"meta"_s, u"users"_s, u"reasons"_s, u"leads"_s, u"lead_events"_s, u"settings"_s})
        CHECK(hasTable(*db, table));
    CHECK_NOTHROW(Migrations::requireCurrent(*db));

    // Migrating again is a no-op.
    const Migrations::Result again = Migrations::migrate(*db);
    CHECK(again.fromVersion == again.toVersion);
    CHECK(again.backupPath.isEmpty());
}

TEST_CASE("Migrating a version 1 database keeps its data and writes a backup", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    QString backupPath;
    {
        auto db = Database::openSqlite(path);
        fillVersion1(*db);
        CHECK_FALSE(hasTable(*db, u"settings"_s));

        const Migrations::Result result = Migrations::migrate(*db);
        CHECK(result.fromVersion == 1);
        CHECK(result.toVersion == Migrations::latestVersion());
        CHECK(Migrations::currentVersion(*db) == Migrations::latestVersion());
        CHECK(hasTable(*db, u"settings"_s));
        checkVersion1Data(*db);
        // Step 3 filled the search key of the rows that were already there.
        LeadFilter byName;
        byName.search = u"иван"_s;
        CHECK(LeadRepository(*db).count(byName) == 2);
        // Step 5 indexed those keys for substring search.
        QSqlQuery integrity(db->connection());
        CHECK(integrity.exec(u"INSERT INTO lead_search (lead_search, rank) VALUES "
                             "('integrity-check', 1)"_s));
        QSqlQuery indexed(db->connection());
        REQUIRE(indexed.exec(u"SELECT count(*) FROM lead_search WHERE lead_search MATCH "
                             "'\"ива\" AND \"ван\"'"_s));
        REQUIRE(indexed.next());
        CHECK(indexed.value(0).toInt() == 2);

        backupPath = result.backupPath;
        REQUIRE_FALSE(backupPath.isEmpty());
        CHECK(QFileInfo(backupPath).absolutePath() == QFileInfo(path).absolutePath());
    }
    REQUIRE(QFileInfo::exists(backupPath));
    auto backup = Database::openSqlite(backupPath, Database::Access::ReadOnly);
    CHECK(Migrations::currentVersion(*backup) == 1);
    CHECK_FALSE(hasTable(*backup, u"settings"_s));
    // Read raw: today's repositories read columns that later steps added.
    CHECK(rawValue(*backup, u"SELECT name FROM leads WHERE external_id = 'v1-a'"_s).toString()
          == Test::incomingLead().name);
    CHECK(rowCount(*backup, u"leads"_s) == 2);
    CHECK(rowCount(*backup, u"lead_events"_s) == 2);
    CHECK(rawValue(*backup, u"SELECT count(*) FROM users WHERE login = 'olga'"_s).toInt() == 1);
}

TEST_CASE("A failing migration step rolls back and leaves the version", "[migrations]")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"broken.sqlite"_s));
    Migrations::migrate(*db);
    const int latest = Migrations::latestVersion();

    QList<MigrationStep> steps = Migrations::steps();
    steps.append(brokenStep(latest + 1));
    const auto error = caughtError([&] { Migrations::migrate(*db, steps, latest + 1); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(QString::number(latest + 1)));
    CHECK(error->message().contains(u"rolled back"_s));
    CHECK(Migrations::currentVersion(*db) == latest);
    CHECK_FALSE(hasTable(*db, u"half_done"_s));
    CHECK(db->transactionDepth() == 0);

    // The database is still usable and writable afterwards.
    Transaction transaction(*db);
    User user;
    user.login = u"after.failure"_s;
    CHECK(UserRepository(*db).add(user) > 0);
    transaction.commit();
}

TEST_CASE("A failure in the middle of an upgrade keeps the steps that completed", "[migrations]")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"partial.sqlite"_s));
    fillVersion1(*db);
    // Step 2 of the real list, then a broken step 3: the file ends at version 2.
    QList<MigrationStep> steps = Migrations::steps();
    steps.append(brokenStep(steps.constLast().version + 1));
    CHECK(caughtError([&] {
              Migrations::migrate(*db, steps, steps.constLast().version);
          }).has_value());
    CHECK(Migrations::currentVersion(*db) == steps.constLast().version - 1);
    CHECK(hasTable(*db, u"settings"_s));
    CHECK_FALSE(hasTable(*db, u"half_done"_s));
    checkVersion1Data(*db);
}

TEST_CASE("A database newer than this build is refused with a clear message", "[migrations]")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"future.sqlite"_s));
    Migrations::migrate(*db);
    Sql::exec(db->connection(), u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s);

    const auto error = caughtError([&] { Migrations::migrate(*db); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(u"99"_s));
    CHECK(error->message().contains(u"newer"_s));
    CHECK(error->message().contains(db->location()));
    CHECK(Migrations::currentVersion(*db) == 99);

    const auto current = caughtError([&] { Migrations::requireCurrent(*db); });
    REQUIRE(current);
    CHECK(current->message().contains(u"99"_s));
}

TEST_CASE("A read-only database that needs migration is refused", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"readonly.sqlite"_s);
    {
        auto db = Database::openSqlite(path);
        fillVersion1(*db);
    }
    auto readOnly = Database::openSqlite(path, Database::Access::ReadOnly);
    const auto error = caughtError([&] { Migrations::migrate(*readOnly); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->message().contains(u"init"_s));
    CHECK(error->message().contains(QString::number(Migrations::latestVersion())));
    CHECK(Migrations::currentVersion(*readOnly) == 1);
    // No backup is written for a refused migration.
    CHECK(QDir(dir.path()).entryList({u"*.bak"_s}, QDir::Files).isEmpty());
}

TEST_CASE("requireCurrent explains what to do for old and empty databases", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"check.sqlite"_s);
    auto db = Database::openSqlite(path);

    const auto empty = caughtError([&] { Migrations::requireCurrent(*db); });
    REQUIRE(empty);
    CHECK(empty->message().contains(u"not a LeadPact database"_s));
    CHECK(empty->message().contains(u"leadpact-cli init"_s));

    Migrations::migrate(*db, 1);
    const auto old = caughtError([&] { Migrations::requireCurrent(*db); });
    REQUIRE(old);
    INFO(old->message().toStdString());
    CHECK(old->message().contains(u"version 1"_s));
    CHECK(old->message().contains(QString::number(Migrations::latestVersion())));
    CHECK(old->message().contains(u"leadpact-cli init"_s));

    Migrations::migrate(*db);
    CHECK_NOTHROW(Migrations::requireCurrent(*db));
}

namespace {

// Every index and trigger of the database, as SQLite stores their definitions.
QStringList schemaObjects(Database &db)
{
    QSqlQuery q = Sql::exec(db.connection(),
                            u"SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE "
                            "type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"_s);
    QStringList objects;
    while (q.next())
        objects.append(q.value(0).toString());
    return objects;
}

// Every lead column of every row, as text.
QStringList leadRows(Database &db)
{
    QSqlQuery q = Sql::exec(db.connection(), u"SELECT * FROM leads ORDER BY id"_s);
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

} // namespace

TEST_CASE("The step that relaxes won_needs_payment rebuilds the leads table: rows, indexes, triggers and rules survive, a won "
          "lead may lack its amount",
          "[migrations]")
{
    // The step that rebuilds leads, wherever renumbering puts it.
    const QList<MigrationStep> &steps = Migrations::steps();
    const auto rebuild = std::find_if(steps.cbegin(), steps.cend(), [](const MigrationStep &step) {
        return step.rebuildsTables;
    });
    REQUIRE(rebuild != steps.cend());
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"rebuild.sqlite"_s));
    Migrations::migrate(*db, rebuild->version - 1);
    const qint64 noBudget
        = rawValue(*db, u"SELECT id FROM reasons WHERE kind = 'rejection' AND code = 'no_budget'"_s)
              .toLongLong();
    // Leads as version 4 stored them: new, rejected with its reason, won with amount and date.
    const QString insert = u"INSERT INTO leads (external_id, received_at, name, phone, status, "
                           "status_changed_at, need_confirmed, budget_confirmed, "
                           "authority_confirmed, rejection_reason_id, deal_amount, deal_currency, "
                           "paid_on, closed_at, search_key) VALUES (?, 1795420800, ?, "
                           "'+79123456789', ?, 1795420800, ?, ?, ?, ?, ?, ?, ?, ?, 'key')"_s;
    REQUIRE(Test::rawExec(*db, insert, {u"n"_s, u"Анна"_s, u"new"_s, 0, 0, 0, QVariant(),
                                        QVariant(), QVariant(), QVariant(), QVariant()})
                .ok);
    REQUIRE(Test::rawExec(*db, insert, {u"r"_s, u"Борис"_s, u"rejected"_s, 0, 0, 0, noBudget,
                                        QVariant(), QVariant(), QVariant(), QVariant()})
                .ok);
    REQUIRE(Test::rawExec(*db, insert, {u"w"_s, u"Вера"_s, u"won"_s, 1, 1, 1, QVariant(), 150000,
                                        u"RUB"_s, u"2026-11-20"_s, 1795680000})
                .ok);
    REQUIRE(Test::rawExec(*db, u"INSERT INTO lead_events (lead_id, at, actor_id, kind, to_status) "
                               "SELECT id, 1795420800, 1, 'created', 'new' FROM leads"_s)
                .ok);
    const QStringList objectsBefore = schemaObjects(*db);
    const QStringList rowsBefore = leadRows(*db);

    const Migrations::Result result = Migrations::migrate(*db, rebuild->version);
    REQUIRE(result.toVersion == rebuild->version);
    CHECK(schemaObjects(*db) == objectsBefore);
    CHECK(leadRows(*db) == rowsBefore);
    CHECK(rawValue(*db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(rawValue(*db, u"SELECT count(*) FROM lead_events"_s).toInt() == 3);
    CHECK(rawValue(*db, u"SELECT sql FROM sqlite_master WHERE name = 'leads'"_s)
              .toString()
              .contains(u"deal_amount IS NULL OR"_s));
    // The query plans still find the rebuilt indexes.
    CHECK(rawValue(*db, u"EXPLAIN QUERY PLAN SELECT id FROM leads WHERE status = 'new' ORDER BY "
                        "sla_due_at"_s)
              .isValid());

    const qint64 newLead = rawValue(*db, u"SELECT id FROM leads WHERE external_id = 'n'"_s).toLongLong();
    const auto refused = [&](const QString &sql, const QVariantList &binds = {}) {
        const Test::RawResult r = Test::rawExec(*db, sql, binds);
        INFO(sql.toStdString() << " -> " << r.error.toStdString());
        return !r.ok;
    };
    // The won rule, relaxed: paid_on and closed_at are needed, an amount only when known …
    CHECK(refused(u"UPDATE leads SET status = 'won', need_confirmed = 1, budget_confirmed = 1, "
                  "authority_confirmed = 1, paid_on = '2026-11-20' WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"UPDATE leads SET status = 'won', need_confirmed = 1, budget_confirmed = 1, "
                  "authority_confirmed = 1, closed_at = 1795680000 WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"UPDATE leads SET status = 'won', need_confirmed = 1, budget_confirmed = 1, "
                  "authority_confirmed = 1, closed_at = 1795680000, paid_on = '2026-11-20', "
                  "deal_amount = 0, deal_currency = 'RUB' WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"UPDATE leads SET status = 'won', need_confirmed = 1, budget_confirmed = 1, "
                  "authority_confirmed = 1, closed_at = 1795680000, paid_on = '2026-11-20', "
                  "deal_amount = 100 WHERE id = ?"_s, {newLead}));
    // … every other rule still holds: the CHECKs, the reason triggers, the references, the
    // append-only log and the reason that is in use.
    CHECK(refused(u"UPDATE leads SET status = 'qualified' WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"UPDATE leads SET status = 'rejected' WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"UPDATE leads SET status = 'rejected', rejection_reason_id = 9999 WHERE id = ?"_s,
                  {newLead}));
    CHECK(refused(u"UPDATE leads SET owner_id = 9999 WHERE id = ?"_s, {newLead}));
    CHECK(refused(u"INSERT INTO lead_events (lead_id, at, actor_id, kind) VALUES (9999, 1, 1, "
                  "'edited')"_s));
    CHECK(refused(u"DELETE FROM lead_events"_s));
    CHECK(refused(u"DELETE FROM reasons WHERE id = ?"_s, {noBudget}));
    CHECK(refused(u"INSERT INTO leads (external_id, received_at, status_changed_at) VALUES ('n', "
                  "1, 1)"_s)); // external ids stay unique
    CHECK_FALSE(refused(u"UPDATE leads SET status = 'won', need_confirmed = 1, "
                        "budget_confirmed = 1, authority_confirmed = 1, closed_at = 1795680000, "
                        "paid_on = '2026-11-20' WHERE id = ?"_s,
                        {newLead}));

    // The rest of the steps run on the rebuilt table.
    Migrations::migrate(*db);
    CHECK(Migrations::currentVersion(*db) == Migrations::latestVersion());
    const auto won = LeadRepository(*db).findByExternalId(u"n"_s);
    REQUIRE(won);
    CHECK(won->status == LeadStatus::Won);
    CHECK_FALSE(won->dealAmountMinor);
}
