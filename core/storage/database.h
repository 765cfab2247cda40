// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

class QLockFile;

namespace LeadPact {

class Statement;

// One open connection to the LeadPact database, for one thread. In SQLite mode the file
// serves one desk: opening it for writing takes a lock file beside it, and a second process
// that tries gets a clear Error naming the holder (it may still open the file read-only).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens or creates (ReadWrite) the SQLite file at `path`; WAL, foreign keys on, a busy
    // timeout. Does not migrate: see Migrations. Throws Error.
    static std::unique_ptr<Database> openSqlite(const QString &path,
                                                Access access = Access::ReadWrite);
    // Another connection to the same SQLite file with the same access, for another thread of
    // this process (one connection per thread), e.g. a long import off the GUI thread. It
    // relies on this connection's write lock, so this one must outlive it. Throws Error.
    std::unique_ptr<Database> openCompanion() const;
    // Whether openCompanion() can give one: an SQLite file, not PostgreSQL or :memory:.
    bool canOpenCompanion() const;

    // Lets another thread stop this connection's work (a campaign attributing a million leads):
    // while `flag` is set, a long statement looks at it every few thousand steps and fails once
    // it is true, and an outermost Transaction refuses to commit after it went true, so nothing
    // of the work is kept. nullptr stops looking. Call it on the connection's own thread.
    // Returns false where the engine cannot do it (PostgreSQL), and then the flag is ignored.
    bool setCancelFlag(const std::atomic_bool *flag);
    bool cancelRequested() const { return m_cancelFlag && m_cancelFlag->load(); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // The database file (SQLite) or a connection description.
    const QString &location() const { return m_location; }

    // Nesting depth of open Transaction guards (0 outside any).
    int transactionDepth() const { return m_transactionDepth; }

private:
    static std::unique_ptr<Database> open(const QString &path, Access access, bool takeLock);
    // False when SQLite has ended the transaction itself (after an interrupted write).
    bool transactionOpen() const;
    friend class Transaction;
    friend class Statement;
    Database(QSqlDatabase db, SqlDialect dialect, Access access, QString location,
             std::unique_ptr<QLockFile> lock);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Access m_access;
    QString m_location;
    std::unique_ptr<QLockFile> m_writeLock;
    int m_transactionDepth = 0;
    const std::atomic_bool *m_cancelFlag = nullptr;
    QList<Statement *> m_statements; // finalised before the connection closes
};

} // namespace LeadPact
