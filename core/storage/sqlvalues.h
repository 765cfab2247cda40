// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace LeadPact {

// How values cross the storage boundary: times as UTC seconds since the epoch (INTEGER),
// dates as ISO text, money as integer minor units, absent values as NULL.
namespace Sql {

QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);
QVariant fromText(const QString &text); // empty -> NULL
QVariant fromId(const std::optional<qint64> &id);
std::optional<qint64> toId(const QVariant &value);

// Prepares `sql` on `db` or throws Error naming the statement and the driver's message. The
// query is forward-only (next() only, no seek()), as are exec()'s one-off queries below.
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
// Executes a prepared query or throws Error with `what` (e.g. "insert lead") as context.
void exec(QSqlQuery &query, const QString &what);
// Executes a one-off statement or throws.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql);

} // namespace Sql
} // namespace LeadPact
