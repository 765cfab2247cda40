// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "database.h"
#include "domain/error.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace LeadPact {

namespace {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Error sqliteError(sqlite3 *handle, int code, const QString &what)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    Error::Kind kind = Error::Kind::Storage;
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        kind = Error::Kind::Locked;
    else if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
        kind = Error::Kind::Conflict;
    return Error(kind,
                 QCoreApplication::translate("Storage", "Could not %1: %2").arg(what, message));
}

} // namespace

Statement::Statement(Database &db, const QString &sql)
    : m_db(&db)
    , m_sql(sql)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle,
                                          utf8.constData(),
                                          int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT,
                                          &m_stmt,
                                          nullptr);
        if (rc != SQLITE_OK) {
            throw Error(Error::Kind::Storage,
                        QCoreApplication::translate("Storage",
                                                    "The database refused a statement: "
                                                    "%1 (SQL: %2)")
                            .arg(QString::fromUtf8(sqlite3_errmsg(handle)), sql.left(200)));
        }
    } else {
        m_query = Sql::prepare(db.connection(), sql);
    }
    db.m_statements.append(this);
}

Statement::~Statement()
{
    if (m_db)
        m_db->m_statements.removeOne(this);
    finalize();
}

void Statement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_query.reset();
    m_db = nullptr;
}

void Statement::bind(int position, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(position - 1, value);
        return;
    }
    if (!m_stmt)
        return;
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_stmt, position);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, position, value.toLongLong());
        break;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_stmt,
                            position,
                            text.utf16(),
                            int(text.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
        break;
    }
    }
}

void Statement::bindText(int position, const QString &text)
{
    if (m_query) {
        m_query->bindValue(position - 1, text.isNull() ? QStringLiteral("") : text);
        return;
    }
    if (!m_stmt)
        return;
    if (text.isEmpty()) // a null QString has no buffer: it would bind NULL
        sqlite3_bind_text(m_stmt, position, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_stmt,
                            position,
                            text.utf16(),
                            int(text.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
}

void Statement::bindInteger(int position, qint64 value)
{
    if (m_query) {
        m_query->bindValue(position - 1, value);
        return;
    }
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, position, value);
}

void Statement::bindNull(int position)
{
    if (m_query) {
        m_query->bindValue(position - 1, QVariant());
        return;
    }
    if (m_stmt)
        sqlite3_bind_null(m_stmt, position);
}

void Statement::exec(const QString &what)
{
    if (m_query) {
        if (!m_db) {
            throw Error(Error::Kind::Storage,
                        QCoreApplication::translate("Storage",
                                                    "Could not %1: the database is closed.")
                            .arg(what));
        }
        Sql::exec(*m_query, what);
        m_lastInsertId = m_query->lastInsertId().toLongLong();
        m_rowsAffected = m_query->numRowsAffected();
        return;
    }
    if (const int rc = step(); rc != 0)
        fail(rc, what);
}

int Statement::step()
{
    if (!m_db || !m_stmt)
        return -1;
    sqlite3 *handle = sqlite3_db_handle(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const int extended = sqlite3_extended_errcode(handle);
        return extended != 0 ? extended : rc;
    }
    m_lastInsertId = sqlite3_last_insert_rowid(handle);
    m_rowsAffected = sqlite3_changes(handle);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return 0;
}

void Statement::fail(int rc, const QString &what)
{
    if (rc == -1) {
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("Storage", "Could not %1: the database is closed.")
                        .arg(what));
    }
    sqlite3 *handle = sqlite3_db_handle(m_stmt);
    Error error = sqliteError(handle, rc, what);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    throw error;
}

} // namespace LeadPact
