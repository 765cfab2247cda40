// SPDX-License-Identifier: GPL-3.0-or-later
// Database and Transaction: one writer per file with a clear message, read-only access beside
// it, WAL and foreign keys, commit/rollback/savepoints, and the write lock taken up front.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "tempdatabase.h"
#include "testconfig.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::rawExec;
using LeadPact::Test::rawValue;
using LeadPact::Test::TempDatabase;

namespace {

bool hasUser(Database &db, const QString &login)
{
    return UserRepository(db).findByLogin(login).has_value();
}

void addUser(Database &db, const QString &login)
{
    User user;
    user.login = login;
    UserRepository(db).add(user);
}

// A plain second SQLite connection that knows nothing of the lock file, with no busy timeout:
// what another program (or a careless script) would open.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-connection-"_s + QString::number(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

TEST_CASE("A second writer on the same file gets a Locked error naming the file", "[database]")
{
    TempDatabase fx;
    const auto error = caughtError([&] { Database::openSqlite(fx.path()); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == Error::Kind::Locked);
    CHECK(error->message().contains(QDir::toNativeSeparators(fx.path())));
    CHECK(error->message().contains(u"read-only"_s));
    CHECK(error->message().contains(QString::number(QCoreApplication::applicationPid())));

    // After the writer closes, a writer can open again.
    fx.close();
    auto second = Database::openSqlite(fx.path());
    CHECK(hasUser(*second, u"anna"_s));
    CHECK(caughtError([&] { Database::openSqlite(fx.path()); }).has_value());
    second.reset();
    fx.reopen();
    CHECK(hasUser(fx.db(), u"anna"_s));
}

TEST_CASE("A second process that opens the file for writing gets a clear message", "[database][cli]")
{
    TempDatabase fx;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(LEADPACT_CLI_PATH), {u"--db"_s, fx.path(), u"init"_s});
    REQUIRE(cli.waitForFinished(30000));
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    INFO(stderrText.toStdString());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    CHECK(cli.exitCode() == 1);
    CHECK(stderrText.contains(QDir::toNativeSeparators(fx.path())));
    CHECK(stderrText.contains(u"already open for writing"_s));
    CHECK(stderrText.count(u'\n') == 0); // one line

    // With the writer gone, the same command succeeds.
    fx.close();
    cli.start(QStringLiteral(LEADPACT_CLI_PATH), {u"--db"_s, fx.path(), u"init"_s});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
}

TEST_CASE("Read-only access works beside the writer and refuses writes", "[database]")
{
    TempDatabase fx;
    auto reader = Database::openSqlite(fx.path(), Database::Access::ReadOnly);
    CHECK(reader->isReadOnly());
    CHECK(hasUser(*reader, u"rop"_s));

    const auto transactionError = caughtError([&] { Transaction transaction(*reader); });
    REQUIRE(transactionError);
    CHECK(transactionError->kind() == Error::Kind::Storage);
    CHECK(transactionError->message().contains(u"read-only"_s));
    CHECK(reader->transactionDepth() == 0);
    CHECK_FALSE(rawExec(*reader,
                        u"INSERT INTO users (login, display_name, role) "
                        "VALUES ('sneaky', 'Sneaky', 'admin')"_s)
                    .ok);
    CHECK_FALSE(hasUser(fx.db(), u"sneaky"_s));

    // The writer goes on writing and the reader sees it once committed.
    Transaction transaction(fx.db());
    addUser(fx.db(), u"fresh"_s);
    transaction.commit();
    CHECK(hasUser(*reader, u"fresh"_s));

    // A missing file is not created by a read-only open.
    const auto missing = caughtError(
        [&] { Database::openSqlite(fx.dir() + u"/missing.sqlite"_s, Database::Access::ReadOnly); });
    REQUIRE(missing);
    CHECK(missing->kind() == Error::Kind::NotFound);
}

TEST_CASE("The connection runs in WAL mode with foreign keys and a busy timeout", "[database]")
{
    TempDatabase fx;
    CHECK(rawValue(fx.db(), u"PRAGMA journal_mode"_s).toString().toLower() == u"wal"_s);
    CHECK(rawValue(fx.db(), u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(rawValue(fx.db(), u"PRAGMA busy_timeout"_s).toInt() > 0);

    auto reader = Database::openSqlite(fx.path(), Database::Access::ReadOnly);
    CHECK(rawValue(*reader, u"PRAGMA journal_mode"_s).toString().toLower() == u"wal"_s);
    CHECK(rawValue(*reader, u"PRAGMA foreign_keys"_s).toInt() == 1);

    // Foreign keys are enforced, not just declared.
    const Test::RawResult orphan
        = rawExec(fx.db(),
                  u"INSERT INTO leads (received_at, status_changed_at, owner_id) "
                  "VALUES (1, 1, 999999)"_s);
    CHECK_FALSE(orphan.ok);
    CHECK(orphan.error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));
}

TEST_CASE("Transaction commits, rolls back on destruction, and nests as savepoints",
          "[database][transaction]")
{
    TempDatabase fx;
    Database &db = fx.db();

    SECTION("commit persists, also across reopening")
    {
        {
            Transaction transaction(db);
            CHECK(db.transactionDepth() == 1);
            addUser(db, u"kept"_s);
            transaction.commit();
            CHECK(db.transactionDepth() == 0);
        }
        fx.close();
        fx.reopen();
        CHECK(hasUser(fx.db(), u"kept"_s));
    }
    SECTION("the destructor rolls back what was not committed")
    {
        {
            Transaction transaction(db);
            addUser(db, u"dropped"_s);
            CHECK(hasUser(db, u"dropped"_s));
        }
        CHECK(db.transactionDepth() == 0);
        CHECK_FALSE(hasUser(db, u"dropped"_s));
    }
    SECTION("an explicit rollback undoes the work")
    {
        Transaction transaction(db);
        addUser(db, u"undone"_s);
        transaction.rollback();
        CHECK_FALSE(hasUser(db, u"undone"_s));
    }
    SECTION("a nested guard rolls back to its savepoint only")
    {
        {
            Transaction outer(db);
            addUser(db, u"outer"_s);
            {
                Transaction inner(db);
                CHECK(db.transactionDepth() == 2);
                addUser(db, u"inner"_s);
            }
            CHECK(db.transactionDepth() == 1);
            CHECK(hasUser(db, u"outer"_s));
            CHECK_FALSE(hasUser(db, u"inner"_s));
            {
                Transaction inner(db);
                addUser(db, u"inner.kept"_s);
                inner.commit();
            }
            outer.commit();
        }
        CHECK(hasUser(db, u"outer"_s));
        CHECK(hasUser(db, u"inner.kept"_s));
        CHECK_FALSE(hasUser(db, u"inner"_s));
    }
    SECTION("a committed savepoint is still undone when the outer transaction rolls back")
    {
        {
            Transaction outer(db);
            Transaction inner(db);
            addUser(db, u"released"_s);
            inner.commit();
        }
        CHECK_FALSE(hasUser(db, u"released"_s));
    }
}

TEST_CASE("A write transaction takes the lock up front and hides uncommitted data",
          "[database][transaction]")
{
    TempDatabase fx;
    auto reader = Database::openSqlite(fx.path(), Database::Access::ReadOnly);
    RawConnection other(fx.path());
    REQUIRE(other.isOpen());

    Transaction transaction(fx.db());
    // BEGIN IMMEDIATE: before anything is written, no other connection can start writing.
    QSqlQuery begin = other.query();
    CHECK_FALSE(begin.exec(u"BEGIN IMMEDIATE"_s));
    CHECK(begin.lastError().text().contains(u"locked"_s));

    addUser(fx.db(), u"pending"_s);
    CHECK(hasUser(fx.db(), u"pending"_s));
    CHECK_FALSE(hasUser(*reader, u"pending"_s));
    QSqlQuery read = other.query();
    REQUIRE(read.exec(u"SELECT count(*) FROM users WHERE login = 'pending'"_s));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == 0);
    read.finish();

    transaction.commit();
    CHECK(hasUser(*reader, u"pending"_s));
    QSqlQuery now = other.query();
    CHECK(now.exec(u"BEGIN IMMEDIATE"_s));
    CHECK(now.exec(u"ROLLBACK"_s));
}

TEST_CASE("A companion connection writes the same file from another thread under the writer's lock",
          "[database]")
{
    TempDatabase fixture;
    std::thread worker([&] {
        // Opened, used and closed on its own thread, as a background import does.
        std::unique_ptr<Database> own = fixture.db().openCompanion();
        CHECK(own->location() == fixture.db().location());
        CHECK_FALSE(own->isReadOnly());
        addUser(*own, u"from_thread"_s);
        {
            Transaction transaction(*own);
            addUser(*own, u"rolled_back"_s);
        }
    });
    worker.join();
    CHECK(hasUser(fixture.db(), u"from_thread"_s));
    CHECK_FALSE(hasUser(fixture.db(), u"rolled_back"_s));
    // The companion takes no lock of its own: another writer is still refused by the first.
    const auto locked = caughtError([&] { Database::openSqlite(fixture.path()); });
    REQUIRE(locked);
    CHECK(locked->kind() == Error::Kind::Locked);

    fixture.reopen(Database::Access::ReadOnly);
    CHECK(fixture.db().openCompanion()->isReadOnly());
}

TEST_CASE("A cancel flag stops a long statement and the transaction rolls back", "[database]")
{
    TempDatabase fixture;
    std::atomic_bool cancel {false};
    REQUIRE(fixture.db().setCancelFlag(&cancel));
    const QString count = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < 2000000) SELECT count(*) FROM n"_s;
    CHECK(rawValue(fixture.db(), count).toInt() == 2000000); // not set: runs to the end

    {
        Transaction transaction(fixture.db());
        addUser(fixture.db(), u"before_cancel"_s);
        cancel = true;
        const auto stopped = caughtError([&] { Sql::exec(fixture.db().connection(), count); });
        REQUIRE(stopped);
        CHECK(stopped->kind() == Error::Kind::Storage);
        CHECK(stopped->message().contains(u"interrupt"_s));
    }
    CHECK_FALSE(hasUser(fixture.db(), u"before_cancel"_s));

    // A quick write may finish once the flag is set, but its transaction does not commit.
    {
        Transaction transaction(fixture.db());
        addUser(fixture.db(), u"after_cancel"_s);
        const auto refused = caughtError([&] { transaction.commit(); });
        REQUIRE(refused);
        CHECK(refused->message().contains(u"nothing was changed"_s));
    }
    CHECK_FALSE(hasUser(fixture.db(), u"after_cancel"_s));
    CHECK(fixture.db().transactionDepth() == 0);

    REQUIRE(fixture.db().setCancelFlag(nullptr)); // no longer looked at
    addUser(fixture.db(), u"after_reset"_s);
    CHECK(hasUser(fixture.db(), u"after_reset"_s));
}
