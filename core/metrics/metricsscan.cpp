// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsscan.h"

#include "metricsaggregate.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace LeadPact {

namespace {

const QDate epoch(1970, 1, 1);

// The counters in enum Counter order, as SQL over one lead row (the portable engine and the
// reference the SQLite aggregate mirrors).
const QString counterSums = QStringLiteral(
    "count(*), "
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
    "sum(first_contact_at IS NOT NULL AND coalesce(first_contact_work_secs, 0) <= 86400)");

} // namespace

MetricsScan::MetricsScan(const Database &db,
                         const QTimeZone &zone,
                         const MetricsQuery &filters,
                         const QDateTime &cubeStart,
                         const QDateTime &cubeEnd,
                         const QDateTime &start,
                         const QDateTime &end)
    : m_db(db)
    , m_filters(filters)
    , m_cubeStart(cubeStart.toSecsSinceEpoch())
    , m_cubeEnd(cubeEnd.toSecsSinceEpoch())
    , m_start(start.toSecsSinceEpoch())
    , m_end(end.toSecsSinceEpoch())
{
    m_offsets.append({LLONG_MIN, zone.offsetFromUtc(cubeStart)});
    for (const QTimeZone::OffsetData &t : zone.transitions(cubeStart, cubeEnd))
        m_offsets.append({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
}

QString MetricsScan::where(qint64 from, qint64 to, const QString &extra, QVariantList &binds) const
{
    QStringList parts {QStringLiteral("received_at >= ?"), QStringLiteral("received_at < ?")};
    binds << from << to;
    if (!m_filters.channel.isEmpty()) {
        parts.append(QStringLiteral("channel = ?"));
        binds << m_filters.channel;
    }
    if (!m_filters.campaign.isEmpty()) {
        parts.append(QStringLiteral("campaign = ?"));
        binds << m_filters.campaign;
    }
    if (m_filters.managerId) {
        parts.append(QStringLiteral("owner_id = ?"));
        binds << *m_filters.managerId;
    }
    if (!extra.isEmpty())
        parts.append(extra);
    return QStringLiteral(" FROM leads WHERE ") + parts.join(QStringLiteral(" AND "));
}

QSqlQuery MetricsScan::exec(const QString &sql, const QVariantList &binds, const QString &what) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(), sql);
    q.setForwardOnly(true);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    Sql::exec(q, what);
    return q;
}

// received_at + the zone's offset at that moment, divided into days: one CASE arm per DST
// transition inside the scanned interval (none for zones without DST).
QString MetricsScan::localDayExpression() const
{
    if (m_offsets.size() == 1)
        return QStringLiteral("(received_at + %1) / 86400").arg(m_offsets.first().seconds);
    QString sql = QStringLiteral("(received_at + CASE");
    for (qsizetype i = 1; i < m_offsets.size(); ++i) {
        sql += QStringLiteral(" WHEN received_at < %1 THEN %2")
                   .arg(m_offsets.at(i).fromUtc)
                   .arg(m_offsets.at(i - 1).seconds);
    }
    return sql + QStringLiteral(" ELSE %1 END) / 86400").arg(m_offsets.last().seconds);
}

MetricsScan::Result MetricsScan::run(bool withDetails, Engine engine) const
{
    if (engine == Engine::Auto && MetricsAggregate::isAvailable(m_db))
        return runSqlite(withDetails);
    return runPortable(withDetails);
}

MetricsScan::Result MetricsScan::runPortable(bool withDetails) const
{
    Result result;
    const QString day = localDayExpression();
    QVariantList binds;
    QSqlQuery q = exec(QStringLiteral("SELECT coalesce(channel, ''), coalesce(owner_id, 0), %1, %2"
                                      "%3 GROUP BY 1, 2, 3")
                           .arg(day, counterSums, where(m_cubeStart, m_cubeEnd, {}, binds)),
                       binds,
                       QCoreApplication::translate("Storage", "count the funnel"));
    while (q.next()) {
        CubeRow row;
        row.channel = q.value(0).toString();
        row.ownerId = q.value(1).toLongLong();
        row.day = q.value(2).toLongLong();
        for (int i = 0; i < CounterCount; ++i)
            row.counts[size_t(i)] = q.value(3 + i).toLongLong();
        result.cube.append(row);
    }
    if (!withDetails)
        return result;

    // Same rounding as minutesKey().
    binds.clear();
    q = exec(QStringLiteral(
                 "SELECT coalesce(channel, ''), coalesce(owner_id, 0), CASE WHEN m0 <= 240 THEN "
                 "m0 WHEN m0 <= 1440 THEN (m0 + 4) / 5 * 5 ELSE (m0 + 59) / 60 * 60 END, "
                 "count(*) FROM (SELECT channel, owner_id, "
                 "(max(coalesce(first_contact_work_secs, 0), 0) + 59) / 60 AS m0%1) "
                 "GROUP BY 1, 2, 3")
                 .arg(where(m_start, m_end, QStringLiteral("first_contact_at IS NOT NULL"), binds)),
             binds,
             QCoreApplication::translate("Storage", "count first-contact times"));
    while (q.next())
        result.minutes.append({q.value(0).toString(),
                               q.value(1).toLongLong(),
                               q.value(2).toLongLong(),
                               q.value(3).toLongLong()});

    binds.clear();
    q = exec(QStringLiteral("SELECT coalesce(channel, ''), rejection_reason_id, count(*)%1 "
                            "GROUP BY 1, 2")
                 .arg(where(m_start,
                            m_end,
                            QStringLiteral("status IN ('rejected', 'disputed')"),
                            binds)),
             binds,
             QCoreApplication::translate("Storage", "count rejections"));
    while (q.next())
        result.rejections.append(
            {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});

    // paid_on is an ISO date: its epoch day minus the local arrival day is the cycle.
    binds.clear();
    q = exec(QStringLiteral("SELECT coalesce(channel, ''), deal_currency, "
                            "CAST(julianday(paid_on) - 2440587.5 AS INTEGER) - %1, count(*), "
                            "sum(deal_amount)%2 GROUP BY 1, 2, 3")
                 .arg(day, where(m_start, m_end, QStringLiteral("status = 'won'"), binds)),
             binds,
             QCoreApplication::translate("Storage", "sum the deals"));
    while (q.next())
        result.deals.append({q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toLongLong(),
                             q.value(3).toLongLong(),
                             q.value(4).toLongLong()});
    return result;
}

MetricsScan::Result MetricsScan::runSqlite(bool withDetails) const
{
    MetricsAggregate::Leads aggregate;
    aggregate.detailsFrom = withDetails ? m_start : LLONG_MAX;
    aggregate.detailsTo = withDetails ? m_end : LLONG_MIN;
    for (const Offset &offset : m_offsets)
        aggregate.offsets.push_back({offset.fromUtc, offset.seconds});
    aggregate.firstDay = (m_cubeStart + m_offsets.first().seconds) / 86400 - 1;
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT %1(channel, owner_id, received_at, "
                                       "missing_fields, status, first_contact_at, sla_due_at, "
                                       "first_contact_work_secs, rejection_reason_id, "
                                       "disputed_at, rejected_at, deal_currency, deal_amount, "
                                       "paid_on)%2")
                            .arg(MetricsAggregate::leadsFunction(),
                                 where(m_cubeStart, m_cubeEnd, {}, binds));
    MetricsAggregate::run(m_db, aggregate, sql, binds);
    aggregate.finish();

    Result result;
    int channel = 0;
    int second = 0;
    qint64 value = 0;
    for (const auto &[key, counts] : aggregate.cube) {
        MetricsAggregate::unpackKey(key, channel, second, value);
        CubeRow row;
        row.channel = aggregate.channelName(channel);
        row.ownerId = aggregate.owners.at(size_t(second));
        row.day = value;
        std::copy(counts.begin(), counts.end(), row.counts.begin());
        result.cube.append(row);
    }
    for (const auto &[key, count] : aggregate.minutes) {
        MetricsAggregate::unpackKey(key, channel, second, value);
        result.minutes.append(
            {aggregate.channelName(channel), aggregate.owners.at(size_t(second)), value, count});
    }
    for (const auto &[key, count] : aggregate.rejections) {
        MetricsAggregate::unpackKey(key, channel, second, value);
        result.rejections.append({aggregate.channelName(channel), value, count});
    }
    for (const auto &[key, totals] : aggregate.deals) {
        MetricsAggregate::unpackKey(key, channel, second, value);
        result.deals.append({aggregate.channelName(channel),
                             aggregate.currencyName(second),
                             value,
                             totals.first,
                             totals.second});
    }
    return result;
}

QList<MetricsScan::SourceRow> MetricsScan::sources(const Database &db, Engine engine)
{
    QList<SourceRow> rows;
    if (engine == Engine::Auto && MetricsAggregate::isAvailable(db)) {
        MetricsAggregate::Sources aggregate;
        MetricsAggregate::run(db,
                              aggregate,
                              QStringLiteral("SELECT %1(channel, campaign, status) FROM leads")
                                  .arg(MetricsAggregate::sourcesFunction()),
                              {});
        int channel = 0;
        int campaign = 0;
        qint64 unused = 0;
        for (const auto &[key, counts] : aggregate.counts) {
            MetricsAggregate::unpackKey(key, channel, campaign, unused);
            rows.append({aggregate.channels.name(channel),
                         aggregate.campaigns.name(campaign),
                         counts[0],
                         counts[1],
                         counts[2]});
        }
        return rows;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT coalesce(channel, ''), coalesce(campaign, ''), count(*), "
        "sum(status IN ('qualified', 'won', 'lost')), sum(status = 'won') FROM leads "
        "GROUP BY 1, 2");
    if (!q.exec(sql))
        Sql::exec(db.connection(), sql); // throws with the driver's message
    while (q.next())
        rows.append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toLongLong(),
                     q.value(3).toLongLong(),
                     q.value(4).toLongLong()});
    return rows;
}

bool MetricsScan::canReadInParallel(const Database &db)
{
    return MetricsAggregate::isAvailable(db) && db.transactionDepth() == 0
           && QFileInfo::exists(db.location());
}

std::optional<QByteArray> MetricsScan::dataVersion(const Database &db)
{
    return MetricsAggregate::dataVersion(db);
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

QDate MetricsScan::dateOfDay(qint64 epochDay)
{
    return epoch.addDays(epochDay);
}

qint64 MetricsScan::dayOfDate(const QDate &date)
{
    return epoch.daysTo(date);
}

} // namespace LeadPact
