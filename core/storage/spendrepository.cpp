// SPDX-License-Identifier: GPL-3.0-or-later
#include "spendrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LeadPact {

namespace {

const QString selectSpend = QStringLiteral(
    "SELECT s.id, s.channel, s.month, s.amount, s.currency, s.updated_by, "
    "coalesce(u.login, ''), s.updated_at FROM marketing_spend s "
    "LEFT JOIN users u ON u.id = s.updated_by");

MarketingSpend readSpend(const QSqlQuery &q)
{
    MarketingSpend s;
    s.id = q.value(0).toLongLong();
    s.channel = q.value(1).toString();
    s.month = Sql::toDate(q.value(2));
    s.amountMinor = q.value(3).toLongLong();
    s.currency = q.value(4).toString();
    s.updatedBy = q.value(5).toLongLong();
    s.updatedByLogin = q.value(6).toString();
    s.updatedAt = Sql::toTime(q.value(7));
    return s;
}

} // namespace

SpendRepository::SpendRepository(Database &db)
    : m_db(db)
{}

void SpendRepository::upsert(const MarketingSpend &spend)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral(
                                   "INSERT INTO marketing_spend (channel, month, amount, currency, "
                                   "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (channel, month, currency) DO UPDATE SET "
                                   "amount = excluded.amount, updated_by = excluded.updated_by, "
                                   "updated_at = excluded.updated_at"));
    q.addBindValue(spend.channel);
    q.addBindValue(Sql::fromDate(spend.month));
    q.addBindValue(spend.amountMinor);
    q.addBindValue(spend.currency);
    q.addBindValue(spend.updatedBy);
    q.addBindValue(Sql::fromTime(spend.updatedAt));
    Sql::exec(q,
              QCoreApplication::translate("Storage", "store the spend of %1 in %2")
                  .arg(spend.channel, spend.month.toString(QStringLiteral("yyyy-MM"))));
}

bool SpendRepository::remove(const QString &channel, const QDate &month, const QString &currency)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("DELETE FROM marketing_spend WHERE channel = ? AND "
                                              "month = ? AND currency = ?"));
    q.addBindValue(channel);
    q.addBindValue(Sql::fromDate(month));
    q.addBindValue(currency);
    Sql::exec(q,
              QCoreApplication::translate("Storage", "remove the spend of %1 in %2")
                  .arg(channel, month.toString(QStringLiteral("yyyy-MM"))));
    return q.numRowsAffected() > 0;
}

std::optional<MarketingSpend> SpendRepository::find(const QString &channel,
                                                    const QDate &month,
                                                    const QString &currency) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               selectSpend
                                   + QStringLiteral(" WHERE s.channel = ? AND s.month = ? "
                                                    "AND s.currency = ?"));
    q.addBindValue(channel);
    q.addBindValue(Sql::fromDate(month));
    q.addBindValue(currency);
    Sql::exec(q, QCoreApplication::translate("Storage", "read marketing spend"));
    if (q.next())
        return readSpend(q);
    return std::nullopt;
}

QList<MarketingSpend> SpendRepository::list(const QDate &firstMonth, const QDate &lastMonth) const
{
    QStringList where;
    if (firstMonth.isValid())
        where.append(QStringLiteral("s.month >= ?"));
    if (lastMonth.isValid())
        where.append(QStringLiteral("s.month <= ?"));
    QString sql = selectSpend;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY s.month, s.channel, s.currency");
    QSqlQuery q = Sql::prepare(m_db.connection(), sql);
    if (firstMonth.isValid())
        q.addBindValue(Sql::fromDate(firstMonth));
    if (lastMonth.isValid())
        q.addBindValue(Sql::fromDate(lastMonth));
    Sql::exec(q, QCoreApplication::translate("Storage", "read marketing spend"));
    QList<MarketingSpend> list;
    while (q.next())
        list.append(readSpend(q));
    return list;
}

} // namespace LeadPact
