// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsscan.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LeadPact {

namespace {

const QDate epoch(1970, 1, 1);

// received_at + the zone's UTC offset at that moment, as SQL: one CASE arm per DST transition
// inside the scanned interval (none for zones without DST), so the local day is integer
// arithmetic in the scan rather than a date function per row.
QString localSecondsExpression(const QTimeZone &zone, const QDateTime &start, const QDateTime &end)
{
    const QTimeZone::OffsetDataList transitions = zone.transitions(start, end);
    const int firstOffset = zone.offsetFromUtc(start);
    if (transitions.isEmpty())
        return QStringLiteral("(received_at + %1)").arg(firstOffset);
    QString sql = QStringLiteral("(received_at + CASE");
    int offset = firstOffset;
    for (const QTimeZone::OffsetData &t : transitions) {
        sql += QStringLiteral(" WHEN received_at < %1 THEN %2")
                   .arg(t.atUtc.toSecsSinceEpoch())
                   .arg(offset);
        offset = t.offsetFromUtc;
    }
    return sql + QStringLiteral(" ELSE %1 END)").arg(offset);
}

} // namespace

MetricsScan::MetricsScan(const Database &db, const QTimeZone &zone, const MetricsQuery &filters,
                         const QDateTime &utcStart, const QDateTime &utcEnd)
    : m_db(db)
{
    m_localDay = localSecondsExpression(zone, utcStart, utcEnd) + QStringLiteral(" / 86400");
    QStringList parts{QStringLiteral("received_at >= ?"), QStringLiteral("received_at < ?")};
    m_binds << utcStart.toSecsSinceEpoch() << utcEnd.toSecsSinceEpoch();
    if (!filters.channel.isEmpty()) {
        parts.append(QStringLiteral("channel = ?"));
        m_binds << filters.channel;
    }
    if (!filters.campaign.isEmpty()) {
        parts.append(QStringLiteral("campaign = ?"));
        m_binds << filters.campaign;
    }
    if (filters.managerId) {
        parts.append(QStringLiteral("owner_id = ?"));
        m_binds << *filters.managerId;
    }
    m_where = QStringLiteral(" FROM leads WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString MetricsScan::where(const QString &extra) const
{
    return extra.isEmpty() ? m_where : m_where + QStringLiteral(" AND ") + extra;
}

QSqlQuery MetricsScan::run(const QString &sql, const QString &what) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(), sql);
    q.setForwardOnly(true);
    for (const QVariant &value : m_binds)
        q.addBindValue(value);
    Sql::exec(q, what);
    return q;
}

QList<MetricsScan::CubeRow> MetricsScan::cube() const
{
    // The order of the sums follows enum Counter.
    const QString sql = QStringLiteral(
        "SELECT coalesce(channel, ''), coalesce(owner_id, 0), %1, count(*), "
        "sum(missing_fields = ''), "
        "sum(missing_fields = '' AND first_contact_at IS NOT NULL), "
        "sum(missing_fields = '' AND status IN ('qualified', 'won', 'lost')), "
        "sum(missing_fields = '' AND status = 'won'), "
        "sum(status IN ('rejected', 'disputed')), "
        "sum(status = 'lost'), "
        "sum(disputed_at IS NOT NULL), "
        "sum(status = 'disputed'), "
        "sum(status = 'rejected' AND disputed_at >= coalesce(rejected_at, 0)), "
        "sum(first_contact_at IS NOT NULL), "
        "sum(first_contact_at <= sla_due_at), "
        "sum(first_contact_at IS NOT NULL AND coalesce(first_contact_work_secs, 0) <= 900), "
        "sum(first_contact_at IS NOT NULL AND coalesce(first_contact_work_secs, 0) <= 3600), "
        "sum(first_contact_at IS NOT NULL AND coalesce(first_contact_work_secs, 0) <= 14400), "
        "sum(first_contact_at IS NOT NULL AND coalesce(first_contact_work_secs, 0) <= 86400)"
        "%2 GROUP BY 1, 2, 3").arg(m_localDay, where());
    QSqlQuery q = run(sql, QCoreApplication::translate("Storage", "count the funnel"));
    QList<CubeRow> rows;
    while (q.next()) {
        CubeRow row;
        row.channel = q.value(0).toString();
        row.ownerId = q.value(1).toLongLong();
        row.day = q.value(2).toLongLong();
        for (int i = 0; i < CounterCount; ++i)
            row.counts[size_t(i)] = q.value(3 + i).toLongLong();
        rows.append(row);
    }
    return rows;
}

qint64 MetricsScan::minutesKey(qint64 workingSeconds)
{
    const qint64 minutes = (std::max<qint64>(0, workingSeconds) + 59) / 60;
    if (minutes <= 240)
        return minutes;
    if (minutes <= 1440)
        return (minutes + 4) / 5 * 5;
    return (minutes + 59) / 60 * 60;
}

QList<MetricsScan::MinutesRow> MetricsScan::minutes() const
{
    // Same rounding as minutesKey().
    const QString sql = QStringLiteral(
        "SELECT coalesce(channel, ''), coalesce(owner_id, 0), m, count(*) FROM ("
        "SELECT channel, owner_id, CASE WHEN m0 <= 240 THEN m0 WHEN m0 <= 1440 THEN "
        "(m0 + 4) / 5 * 5 ELSE (m0 + 59) / 60 * 60 END AS m FROM (SELECT channel, owner_id, "
        "(max(coalesce(first_contact_work_secs, 0), 0) + 59) / 60 AS m0%1)) GROUP BY 1, 2, 3")
                            .arg(where(QStringLiteral("first_contact_at IS NOT NULL")));
    QSqlQuery q = run(sql, QCoreApplication::translate("Storage", "count first-contact times"));
    QList<MinutesRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    return rows;
}

QList<MetricsScan::RejectionRow> MetricsScan::rejections() const
{
    const QString sql = QStringLiteral("SELECT coalesce(channel, ''), rejection_reason_id, "
                                       "count(*)%1 GROUP BY 1, 2")
                            .arg(where(QStringLiteral("status IN ('rejected', 'disputed')")));
    QSqlQuery q = run(sql, QCoreApplication::translate("Storage", "count rejections"));
    QList<RejectionRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

QList<MetricsScan::DealRow> MetricsScan::deals() const
{
    // paid_on is an ISO date: its epoch day minus the local arrival day is the cycle.
    const QString sql = QStringLiteral(
        "SELECT coalesce(channel, ''), deal_currency, "
        "CAST(julianday(paid_on) - 2440587.5 AS INTEGER) - %1, count(*), sum(deal_amount)"
        "%2 GROUP BY 1, 2, 3").arg(m_localDay, where(QStringLiteral("status = 'won'")));
    QSqlQuery q = run(sql, QCoreApplication::translate("Storage", "sum the deals"));
    QList<DealRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toLongLong()});
    return rows;
}

QList<MetricsScan::SourceRow> MetricsScan::sources(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT coalesce(channel, ''), coalesce(campaign, ''), count(*), "
        "sum(status IN ('qualified', 'won', 'lost')), sum(status = 'won') FROM leads "
        "GROUP BY 1, 2");
    if (!q.exec(sql))
        Sql::exec(db.connection(), sql); // throws with the driver's message
    QList<SourceRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toLongLong()});
    return rows;
}

QDate MetricsScan::dateOfDay(qint64 epochDay)
{
    return epoch.addDays(epochDay);
}

qint64 MetricsScan::dayOfDate(const QDate &date)
{
    return epoch.daysTo(date);
}

} // namespace LeadPact
