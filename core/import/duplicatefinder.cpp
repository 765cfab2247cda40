// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>

namespace LeadPact {

namespace {

QString lookupSql(const char *column)
{
    return QStringLiteral("SELECT id FROM leads WHERE %1 = ? AND received_at BETWEEN ? AND ? "
                          "ORDER BY id LIMIT 1")
        .arg(QLatin1String(column));
}

} // namespace

DuplicateFinder::DuplicateFinder(Database &db, int windowDays)
    : m_windowSeconds(qint64(windowDays) * 86400)
    , m_byPhone(Sql::prepare(db.connection(), lookupSql("phone")))
    , m_byEmail(Sql::prepare(db.connection(), lookupSql("email")))
{}

std::optional<qint64> DuplicateFinder::lookup(QSqlQuery &query,
                                              const QString &key,
                                              const QDateTime &at)
{
    if (key.isEmpty())
        return std::nullopt;
    const qint64 seconds = at.toSecsSinceEpoch();
    query.addBindValue(key);
    query.addBindValue(seconds - m_windowSeconds);
    query.addBindValue(seconds + m_windowSeconds);
    Sql::exec(query, QCoreApplication::translate("Storage", "look for duplicates of %1").arg(key));
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

std::optional<qint64> DuplicateFinder::find(const Lead &lead)
{
    const std::optional<qint64> byPhone = lookup(m_byPhone, lead.phone, lead.receivedAt);
    const std::optional<qint64> byEmail = lookup(m_byEmail, lead.email, lead.receivedAt);
    if (byPhone && byEmail)
        return std::min(*byPhone, *byEmail);
    return byPhone ? byPhone : byEmail;
}

qint64 DuplicateFinder::flagAll(Database &db, int windowDays)
{
    // Only keys that occur more than once are looked at: one scan of each covering index finds
    // them, so a million distinct phones cost one pass, not a million lookups.
    const QString window = QString::number(qint64(windowDays) * 86400);
    qint64 flagged = 0;
    for (const char *column : {"phone", "email"}) {
        const QString col = QLatin1String(column);
        const QString earlier = QStringLiteral(
                                    "(SELECT e.id FROM leads e WHERE e.%1 = leads.%1 AND "
                                    "e.id < leads.id AND e.received_at BETWEEN "
                                    "leads.received_at - %2 AND leads.received_at + %2 "
                                    "ORDER BY e.id LIMIT 1)")
                                    .arg(col, window);
        QSqlQuery q = Sql::exec(
            db.connection(),
            QStringLiteral("UPDATE leads SET possible_duplicate_of = %1 WHERE %2 IN (SELECT %2 "
                           "FROM leads WHERE %2 IS NOT NULL GROUP BY %2 HAVING count(*) > 1) "
                           "AND (possible_duplicate_of IS NULL OR possible_duplicate_of > %1) "
                           "AND %1 IS NOT NULL")
                .arg(earlier, col));
        Q_UNUSED(q);
    }
    QSqlQuery count = Sql::exec(db.connection(),
                                QStringLiteral("SELECT count(*) FROM leads WHERE "
                                               "possible_duplicate_of IS NOT NULL"));
    if (count.next())
        flagged = count.value(0).toLongLong();
    return flagged;
}

} // namespace LeadPact
