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
    const LeadRepository leads(db);
    const auto a = leads.findByExternalId(u"v1-a"_s);
    REQUIRE(a);
    CHECK(a->name == Test::incomingLead().name);
    CHECK(a->phone == u"+79123456789"_s);
    CHECK(leads.findByExternalId(u"v1-b"_s).has_value());
    CHECK(EventRepository(db).forLead(a->id).size() == 1);
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
