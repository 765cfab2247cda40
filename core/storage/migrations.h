// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace LeadPact {

class Database;

// One numbered schema step. Steps run in order, each inside one transaction.
struct MigrationStep
{
    int version;
    QString description;
    std::function<void(Database &)> apply;
    // SQLite rebuilds a table with foreign keys off (they cannot be switched inside a
    // transaction); the step checks them itself before it commits.
    bool rebuildsTables = false;
};

// Brings a database to the schema this build expects. The version lives in the database
// (table meta, key schema_version). Before an existing database is changed, a consistent copy
// is written next to it; a failing step rolls back and leaves the file at the previous version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static const QList<MigrationStep> &steps();
    static int latestVersion();
    static int currentVersion(const Database &db);

    struct Result
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when nothing needed a backup
    };

    // Migrates to `target` (the latest when negative). Throws Error; on failure the database
    // stays at the last version that completed.
    static Result migrate(Database &db, int target = -1);
    // The same with an explicit list of steps (tests use it to inject a failing step).
    static Result migrate(Database &db, const QList<MigrationStep> &steps, int target);
    // Throws a clear Error unless the database is at the latest version (for read-only use).
    static void requireCurrent(const Database &db);
};

} // namespace LeadPact
