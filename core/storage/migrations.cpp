// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "domain/error.h"
#include "schema.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>

namespace LeadPact {

const QList<MigrationStep> &Migrations::steps()
{
    static const QList<MigrationStep> list = {
        {1, QStringLiteral("users, reason catalogs, leads, append-only event log"),
         &Schema::createCore},
        {2, QStringLiteral("team settings and indexes for period and channel reports"),
         &Schema::addSettingsAndReportIndexes},
        {3, QStringLiteral("search key for names in any case and phones in any format"),
         &Schema::addSearchKey},
        {4, QStringLiteral("index for the queue order"), &Schema::addUrgencyIndex},
        {5, QStringLiteral("first-contact time in working seconds, for the metrics"),
         &Schema::addFirstContactWorkTime},
        {6, QStringLiteral("marketing spend per channel and month"), &Schema::addMarketingSpend},
        {7, QStringLiteral("covering index for the dashboard metrics"), &Schema::addMetricsIndex},
        {8, QStringLiteral("a won lead needs its payment date; the amount only when known"),
         &Schema::relaxWonNeedsPayment, true},
        {9, QStringLiteral("declared revenue, possible duplicates, who added an account"),
         &Schema::addImportColumns},
        {10, QStringLiteral("trigram index for substring search"), &Schema::addSearchIndex},
        {11, QStringLiteral("weekly sync notes: problems, ideas, action items and their log"),
         &Schema::addMeetingNotes},
        {12, QStringLiteral("index for the daily status report"), &Schema::addDailyReportIndex},
        {13, QStringLiteral("indexes for leads with incomplete data"),
         &Schema::addIncompleteIndexes},
        {14, QStringLiteral("campaign registry, its log, and the campaign and promo code of leads"),
         &Schema::addCampaigns},
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(const Database &db)
{
    const QSqlDatabase &c = db.connection();
    if (!c.tables().contains(QStringLiteral("meta")))
        return 0;
    QSqlQuery query = Sql::exec(c, QStringLiteral("SELECT value FROM meta WHERE key = "
                                                  "'schema_version'"));
    return query.next() ? query.value(0).toInt() : 0;
}

namespace {

QString writeBackup(Database &db, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1.v%2-%3.bak").arg(db.location()).arg(fromVersion).arg(stamp);
    for (int n = 2; QFile::exists(path); ++n)
        path = QStringLiteral("%1.v%2-%3-%4.bak").arg(db.location()).arg(fromVersion).arg(stamp).arg(n);
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    // VACUUM INTO writes a consistent, compacted copy even while WAL holds recent pages.
    Sql::exec(db.connection(), QStringLiteral("VACUUM INTO '%1'").arg(quoted));
    return path;
}

} // namespace

Migrations::Result Migrations::migrate(Database &db, int target)
{
    return migrate(db, steps(), target < 0 ? latestVersion() : target);
}

Migrations::Result Migrations::migrate(Database &db, const QList<MigrationStep> &list, int target)
{
    Result result;
    result.fromVersion = result.toVersion = currentVersion(db);
    const int latest = list.isEmpty() ? 0 : list.constLast().version;
    if (result.fromVersion > latest) {
        throw Error(Error::Kind::Storage,
                    tr("The database %1 has schema version %2, newer than this LeadPact knows "
                       "(%3). Update LeadPact.")
                        .arg(QDir::toNativeSeparators(db.location()))
                        .arg(result.fromVersion)
                        .arg(latest));
    }
    if (result.fromVersion >= target)
        return result;
    if (db.isReadOnly()) {
        throw Error(Error::Kind::Storage,
                    tr("The database %1 has schema version %2 and needs version %3; open it for "
                       "writing once to migrate it (leadpact-cli init).")
                        .arg(QDir::toNativeSeparators(db.location()))
                        .arg(result.fromVersion)
                        .arg(target));
    }
    if (result.fromVersion > 0 && db.dialect().engine() == SqlDialect::Engine::Sqlite)
        result.backupPath = writeBackup(db, result.fromVersion);

    for (const MigrationStep &step : list) {
        if (step.version <= result.toVersion || step.version > target)
            continue;
        const bool foreignKeysOff = step.rebuildsTables
                                    && db.dialect().engine() == SqlDialect::Engine::Sqlite;
        if (foreignKeysOff)
            Sql::exec(db.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        // Runs after the transaction guard below has committed or rolled back; never throws.
        const auto restoreForeignKeys = qScopeGuard([&] {
            if (foreignKeysOff) {
                QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
                QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            }
        });
        Transaction transaction(db);
        try {
            step.apply(db);
            QSqlQuery query = Sql::prepare(db.connection(),
                                           QStringLiteral("UPDATE meta SET value = ? WHERE key = "
                                                          "'schema_version'"));
            query.addBindValue(QString::number(step.version));
            Sql::exec(query, QCoreApplication::translate("Storage", "record the schema version"));
        } catch (const Error &error) {
            transaction.rollback();
            throw Error(error.kind(), tr("Migration to schema version %1 (%2) failed and was "
                                         "rolled back; the database stays at version %3: %4")
                                          .arg(step.version)
                                          .arg(step.description)
                                          .arg(result.toVersion)
                                          .arg(error.message()));
        }
        transaction.commit();
        result.toVersion = step.version;
    }
    return result;
}

void Migrations::requireCurrent(const Database &db)
{
    const int current = currentVersion(db);
    if (current == latestVersion())
        return;
    if (current == 0) {
        throw Error(Error::Kind::Storage, tr("%1 is not a LeadPact database yet; create it with "
                                             "leadpact-cli init.")
                                              .arg(QDir::toNativeSeparators(db.location())));
    }
    throw Error(Error::Kind::Storage, tr("The database %1 has schema version %2, this LeadPact "
                                         "needs %3; run leadpact-cli init to migrate it.")
                                          .arg(QDir::toNativeSeparators(db.location()))
                                          .arg(current)
                                          .arg(latestVersion()));
}

} // namespace LeadPact
