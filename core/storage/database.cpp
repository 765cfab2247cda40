// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "domain/error.h"
#include "sqlvalues.h"
#include "statement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace LeadPact {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadpact-%1").arg(++counter);
}

std::unique_ptr<QLockFile> takeWriteLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A live holder keeps its lock however long it runs; a crashed holder's lock is detected
    // by its process id and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;

    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application)) {
        throw Error(Error::Kind::Locked,
                    Database::tr("The database %1 is already open for writing by %2 (process %3 on "
                                 "%4). SQLite mode serves one desk: close it there, or open this "
                                 "file read-only.")
                        .arg(QDir::toNativeSeparators(path), application)
                        .arg(pid)
                        .arg(host));
    }
    throw Error(Error::Kind::Locked,
                Database::tr("Cannot take the write lock %1 for the database %2.")
                    .arg(QDir::toNativeSeparators(lock->fileName()), QDir::toNativeSeparators(path)));
}

} // namespace

Database::Database(QSqlDatabase db, SqlDialect dialect, Access access, QString location,
                   std::unique_ptr<QLockFile> lock)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_access(access)
    , m_location(std::move(location))
    , m_writeLock(std::move(lock))
{}

Database::~Database()
{
    for (Statement *statement : std::as_const(m_statements))
        statement->finalize();
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, Access access)
{
    return open(path, access, true);
}

std::unique_ptr<Database> Database::openCompanion() const
{
    if (!canOpenCompanion()) {
        throw Error(Error::Kind::Storage,
                    tr("The database %1 cannot be opened a second time for another thread.")
                        .arg(m_location));
    }
    return open(m_location, m_access, false);
}

bool Database::canOpenCompanion() const
{
    return m_dialect.engine() == SqlDialect::Engine::Sqlite
           && m_location != QLatin1String(":memory:");
}

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool Database::transactionOpen() const
{
    sqlite3 *connection = sqliteHandle(m_db);
    return !connection || sqlite3_get_autocommit(connection) == 0;
}

bool Database::setCancelFlag(const std::atomic_bool *flag)
{
    sqlite3 *connection = sqliteHandle(m_db);
    if (!connection)
        return false;
    m_cancelFlag = flag;
    // Every 10,000 virtual machine steps: well under a millisecond, and free when not set.
    constexpr int steps = 10000;
    if (flag) {
        sqlite3_progress_handler(
            connection,
            steps,
            [](void *cancel) -> int {
                return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
            },
            const_cast<std::atomic_bool *>(flag));
    } else {
        sqlite3_progress_handler(connection, 0, nullptr, nullptr);
    }
    return true;
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, bool takeLock)
{
    const QFileInfo info(path);
    if (access == Access::ReadOnly && !info.exists()) {
        throw Error(Error::Kind::NotFound,
                    tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    }
    if (access == Access::ReadWrite && !info.absoluteDir().exists()
        && !QDir().mkpath(info.absolutePath())) {
        throw Error(Error::Kind::Storage, tr("Cannot create the folder %1 for the database.")
                                              .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<QLockFile> lock;
    // An in-memory database has no file another process could open: no lock beside it.
    if (access == Access::ReadWrite && takeLock && path != QLatin1String(":memory:"))
        lock = takeWriteLock(info.absoluteFilePath());

    // Once, before SQLite's first connection in the process: no global memory statistics.
    // Nothing here reads them, and they take a global mutex on every allocation (4 % of a
    // million-row import's writing thread). Refused harmlessly if SQLite is already running.
    static const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(noMemoryStatistics);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    if (!db.isValid()) {
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Error::Kind::Storage,
                    tr("The Qt SQLite driver (QSQLITE) is not installed; install "
                       "libqt6sql6-sqlite."));
    }
    db.setDatabaseName(info.absoluteFilePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Error::Kind::Storage, tr("Cannot open the database %1: %2")
                                              .arg(QDir::toNativeSeparators(path), message));
    }

    std::unique_ptr<Database> database(new Database(std::move(db),
                                                    SqlDialect(SqlDialect::Engine::Sqlite), access,
                                                    info.absoluteFilePath(), std::move(lock)));
    const QSqlDatabase &c = database->connection();
    try {
        Sql::exec(c, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (access == Access::ReadWrite) {
            Sql::exec(c, QStringLiteral("PRAGMA journal_mode = WAL"));
            // In WAL mode NORMAL keeps the file consistent on a crash; only the last commits
            // before a power loss may be lost.
            Sql::exec(c, QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        Sql::exec(c, QStringLiteral("PRAGMA cache_size = -32768")); // 32 MiB
        Sql::exec(c, QStringLiteral("PRAGMA temp_store = MEMORY"));
    } catch (const Error &error) {
        throw Error(error.kind(), tr("Cannot open the database %1: %2")
                                      .arg(QDir::toNativeSeparators(path), error.message()));
    }
    return database;
}

} // namespace LeadPact
