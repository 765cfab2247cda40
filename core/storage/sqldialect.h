// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace LeadPact {

// Every difference between the SQL dialects the repositories run on lives here, so the
// repositories and migrations stay portable: SQLite (embedded, one desk) and PostgreSQL
// (a team sharing one database).
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine);

    Engine engine() const { return m_engine; }

    // Column definition of a surrogate key that the database assigns.
    QString autoIdColumn() const;
    // A column reference the planner must not pick an index for (SQLite: "+col"), so an
    // ordered list walks the index that gives its order instead of sorting every match.
    QString unindexed(const QString &column) const;
    // Opens a write transaction that holds the write lock from the start.
    QString beginWrite() const;
    // Statements that make `table` append-only: UPDATE and DELETE are refused.
    QStringList appendOnlyGuard(const QString &table) const;
    // A trigger that runs `checks` (SELECT RAISE … statements in SQLite, IF … RAISE in
    // PL/pgSQL) before INSERT or UPDATE of `table`.
    QStringList validationTrigger(const QString &name, const QString &table, const QString &event,
                                  const QString &when, const QStringList &failures) const;

private:
    Engine m_engine;
};

} // namespace LeadPact
