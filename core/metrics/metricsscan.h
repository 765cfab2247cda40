// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricsquery.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <array>

namespace LeadPact {

class Database;

// The SQL side of the metrics: aggregates over the leads that arrived in a period, returned as
// small tables ("cubes") that MetricsService folds into every view. Internal to core/metrics.
//
// Two engines compute the same tables. The portable one is plain SQL: a few GROUP BY queries.
// On SQLite the default is one pass over the metrics index feeding a LeadPact aggregate
// function (sqlite3_create_function), which fills every table at once; SQLite's GROUP BY would
// sort a million index entries per table instead. Tests check that both agree.
class MetricsScan
{
public:
    enum class Engine { Auto, Portable };

    // The counters of one cube cell (channel, owner, local day); see docs/metrics.md.
    enum Counter {
        Received,
        Mql,
        MqlContacted,
        MqlSql,
        MqlWon,
        Rejected,
        Lost,
        Disputed,
        DisputePending,
        DisputeConfirmed,
        Contacted,
        WithinSla,
        UpTo15Min,
        UpTo1Hour,
        UpTo4Hours,
        UpTo24Hours,
        CounterCount
    };
    using Counters = std::array<qint64, CounterCount>;

    struct CubeRow
    {
        QString channel;
        qint64 ownerId = 0; // 0: nobody
        qint64 day = 0;     // local epoch day (days since 1970-01-01 in the team zone)
        Counters counts {};
    };
    // First-contact working minutes (minutesKey), per channel and owner.
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
    // The cube covers [cubeStart, cubeEnd); the other tables only the period [start, end).
    struct Result
    {
        QList<CubeRow> cube;
        QList<MinutesRow> minutes;
        QList<RejectionRow> rejections;
        QList<DealRow> deals;
    };

    // The query's channel/campaign/manager filters; arrivals in [cubeStart, cubeEnd) for the
    // cube and in [start, end) (inside it) for the details.
    MetricsScan(const Database &db,
                const QTimeZone &zone,
                const MetricsQuery &filters,
                const QDateTime &cubeStart,
                const QDateTime &cubeEnd,
                const QDateTime &start,
                const QDateTime &end);

    // withDetails false: the cube only.
    Result run(bool withDetails, Engine engine = Engine::Auto) const;
    static QList<SourceRow> sources(const Database &db, Engine engine = Engine::Auto);
    // Whether a second read-only connection sees the same data (a SQLite file, no transaction
    // open on this connection), so independent scans may run on it in parallel.
    static bool canReadInParallel(const Database &db);
    // Changes whenever anything is committed to the database (by this connection or another);
    // nothing when the engine cannot tell.
    static std::optional<QByteArray> dataVersion(const Database &db);

    // The minute value a first contact of `workingSeconds` is counted under: whole minutes
    // rounded up, to 5 minutes past 4 h and to the hour past 24 h.
    static qint64 minutesKey(qint64 workingSeconds);
    static QDate dateOfDay(qint64 epochDay);
    static qint64 dayOfDate(const QDate &date);

private:
    struct Offset
    {
        qint64 fromUtc; // this offset applies from this moment on
        int seconds;
    };

    Result runPortable(bool withDetails) const;
    Result runSqlite(bool withDetails) const;
    QString where(qint64 from, qint64 to, const QString &extra, QVariantList &binds) const;
    QSqlQuery exec(const QString &sql, const QVariantList &binds, const QString &what) const;
    QString localDayExpression() const;

    const Database &m_db;
    MetricsQuery m_filters;
    qint64 m_cubeStart;
    qint64 m_cubeEnd;
    qint64 m_start;
    qint64 m_end;
    QList<Offset> m_offsets; // the zone's offsets over [cubeStart, cubeEnd), oldest first
};

} // namespace LeadPact
