// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricsquery.h"

#include <QHash>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <array>
#include <map>

namespace LeadPact {

class Database;

// The SQL side of the metrics: a few grouped scans of the leads that arrived in a period, each
// returning a small table (a "cube") that MetricsService folds into every view. Internal to
// core/metrics.
class MetricsScan
{
public:
    // The counters of one cube cell (channel, owner, local day); see docs/metrics.md.
    enum Counter {
        Received, Mql, MqlContacted, MqlSql, MqlWon, Rejected, Lost, Disputed, DisputePending,
        DisputeConfirmed, Contacted, WithinSla, UpTo15Min, UpTo1Hour, UpTo4Hours, UpTo24Hours,
        CounterCount
    };
    using Counters = std::array<qint64, CounterCount>;

    struct CubeRow
    {
        QString channel;
        qint64 ownerId = 0; // 0: nobody
        qint64 day = 0;     // local epoch day (days since 1970-01-01 in the team zone)
        Counters counts{};
    };
    // First-contact working minutes (rounded up, coarser past 4 h), per channel and owner.
    struct MinutesRow
    {
        QString channel;
        qint64 ownerId = 0;
        qint64 minutes = 0;
        qint64 count = 0;
    };
    struct RejectionRow
    {
        QString channel;
        qint64 reasonId = 0;
        qint64 count = 0;
    };
    struct DealRow
    {
        QString channel;
        QString currency;
        qint64 cycleDays = 0;
        qint64 count = 0;
        qint64 amountMinor = 0;
    };
    struct SourceRow
    {
        QString channel;
        QString campaign;
        qint64 leads = 0;
        qint64 sql = 0;
        qint64 won = 0;
    };

    // The scope: arrivals in [utcStart, utcEnd) and the query's channel/campaign/manager.
    MetricsScan(const Database &db, const QTimeZone &zone, const MetricsQuery &filters,
                const QDateTime &utcStart, const QDateTime &utcEnd);

    QList<CubeRow> cube() const;
    QList<MinutesRow> minutes() const;
    QList<RejectionRow> rejections() const;
    QList<DealRow> deals() const;
    static QList<SourceRow> sources(const Database &db);

    // The minute value a first contact of `workingSeconds` is counted under.
    static qint64 minutesKey(qint64 workingSeconds);
    static QDate dateOfDay(qint64 epochDay);
    static qint64 dayOfDate(const QDate &date);

private:
    QString where(const QString &extra = {}) const;
    QSqlQuery run(const QString &sql, const QString &what) const;

    const Database &m_db;
    QString m_localDay; // SQL: the local epoch day of received_at
    QString m_where;
    QVariantList m_binds;
};

} // namespace LeadPact
