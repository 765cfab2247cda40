// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

struct sqlite3_stmt;

namespace LeadPact {

class Database;

// A prepared write statement with positional parameters (1-based), reused row after row.
// On SQLite it drives the sqlite3 API on the connection's own handle: QtSql spends about
// 0.7 µs on each bound value, which made bulk writes (import, demo data) several times slower
// than SQLite itself. On other engines it wraps QSqlQuery. Reads stay with QSqlQuery.
class Statement
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();

    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Null QVariant -> NULL; integers and bools -> INTEGER; anything else -> TEXT.
    void bind(int position, const QVariant &value);
    // The same without a QVariant per value, for rows written by the million.
    void bindText(int position, const QString &text); // TEXT, even when empty or null
    void bindInteger(int position, qint64 value);
    void bindNull(int position);
    // Runs the statement with the values bound so far, then clears them. Throws Error with
    // `what` as context (a UNIQUE violation is Error::Kind::Conflict).
    void exec(const QString &what);
    // The same, with the context made only when the statement fails: a message per row costs
    // as much as binding half the row in a bulk write.
    template<typename What>
    requires std::is_invocable_r_v<QString, What>
    void exec(What &&what)
    {
        if (m_query) {
            exec(what());
            return;
        }
        if (const int rc = step(); rc != 0)
            fail(rc, what());
    }

    qint64 lastInsertId() const { return m_lastInsertId; }
    qint64 rowsAffected() const { return m_rowsAffected; }

private:
    friend class Database;
    // SQLite: runs and resets the statement; 0 on success, else the error code (still to be
    // reported by fail()).
    int step();
    [[noreturn]] void fail(int rc, const QString &what);

    void finalize(); // the database closes: let go of the handle

    Database *m_db;
    QString m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
    qint64 m_lastInsertId = 0;
    qint64 m_rowsAffected = 0;
};

} // namespace LeadPact
