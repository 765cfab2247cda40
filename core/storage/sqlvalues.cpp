// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>

namespace LeadPact::Sql {

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant fromId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> toId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

namespace {

// The driver's text is the database's own words (e.g. a trigger's RAISE message); keep it.
QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

Error::Kind kindOf(const QSqlError &error)
{
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database is busy")))
        return Error::Kind::Locked;
    if (text.contains(QLatin1String("UNIQUE constraint")))
        return Error::Kind::Conflict;
    return Error::Kind::Storage;
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    // Rows are read front to back here. A scrollable query makes the SQLite driver set up and
    // tear down a cache of 128 rows on every exec: 27 % of re-importing a million known leads,
    // each one looked up by its external id.
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("Storage", "The database refused a statement: %1 "
                                                           "(SQL: %2)")
                        .arg(describe(query.lastError()), sql.left(200)));
    }
    return query;
}

void exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        throw Error(kindOf(error), QCoreApplication::translate("Storage", "Could not %1: %2")
                                       .arg(what, describe(error)));
    }
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        throw Error(kindOf(error),
                    QCoreApplication::translate("Storage", "The database refused a statement: %1 "
                                                           "(SQL: %2)")
                        .arg(describe(error), sql.left(200)));
    }
    return query;
}

} // namespace LeadPact::Sql
