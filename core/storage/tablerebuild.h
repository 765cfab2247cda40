// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact {

class Database;

namespace Schema {

// Changes one constraint of a SQLite table by rebuilding it (SQLite cannot alter a constraint
// in place): `from`, which must occur exactly once in the stored definition, becomes `to`;
// every column, row, index and trigger is kept. Throws Error(Storage) when the definition is
// not as expected or the rebuild would change an index, a trigger or a reference. A migration
// step that calls it runs with foreign keys off (MigrationStep::rebuildsTables).
void rebuildSqliteTable(Database &db, const QString &table, const QString &from,
                        const QString &to);

} // namespace Schema
} // namespace LeadPact
