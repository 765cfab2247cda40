// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "service/clock.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace LeadPact::Test {

// A migrated SQLite database in a fresh temporary folder, with one user of each role and a
// manual clock standing at 2026-11-23 10:00 UTC (a Monday).
class TempDatabase
{
public:
    TempDatabase();

    Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("leadpact.sqlite")); }
    QString dir() const { return m_dir.path(); }
    ManualClock &clock() { return m_clock; }
    // Closes the connection (and its write lock); reopen() opens it again.
    void close() { m_db.reset(); }
    void reopen(Database::Access access = Database::Access::ReadWrite);

    User manager;      // "anna", manager
    User otherManager; // "boris", manager
    User head;         // "rop", head of sales
    User marketing;    // "mark", marketing
    User admin;        // "admin", admin

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
};

} // namespace LeadPact::Test
