// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerebuild.h"

#include "database.h"
#include "sqlvalues.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace LeadPact::Schema {

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};

// The indexes and triggers SQLite keeps for `table`, as their CREATE statements.
QList<SchemaObject> dependents(Database &db, const QString &table)
{
    QSqlQuery q = Sql::prepare(db.connection(),
                               QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE "
                                              "tbl_name = ? AND type IN ('index', 'trigger') "
                                              "AND sql IS NOT NULL ORDER BY type, name"));
    q.addBindValue(table);
    Sql::exec(q, QCoreApplication::translate("Storage", "read the indexes of %1").arg(table));
    QList<SchemaObject> objects;
    while (q.next())
        objects.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return objects;
}

QString storedTableSql(Database &db, const QString &table)
{
    QSqlQuery q = Sql::prepare(db.connection(),
                               QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                              "AND name = ?"));
    q.addBindValue(table);
    Sql::exec(q, QCoreApplication::translate("Storage", "read the definition of %1").arg(table));
    return q.next() ? q.value(0).toString() : QString();
}

QStringList columnNames(Database &db, const QString &table)
{
    QSqlQuery q = Sql::exec(db.connection(), QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QStringList names;
    while (q.next())
        names.append(q.value(1).toString());
    return names;
}

Error schemaError(const QString &message)
{
    return Error(Error::Kind::Storage, message);
}

} // namespace

// SQLite cannot change a table constraint in place: the documented procedure builds the table
// anew under another name, copies the rows, drops the old table, renames the new one and creates
// the old table's indexes and triggers again. The definitions are read back from the database
// (as BulkLoad does), so every index and trigger is recreated exactly as it was, including any
// a later step added; the table's own definition is the stored one with `from` replaced by `to`,
// so no column is lost either. Runs with foreign keys off (see MigrationStep::rebuildsTables);
// their consistency is checked before the step commits.
void rebuildSqliteTable(Database &db, const QString &table, const QString &from, const QString &to)
{
    const QString sql = storedTableSql(db, table);
    if (sql.count(from) != 1) {
        throw schemaError(QCoreApplication::translate("Storage",
                                                      "The table %1 does not have the expected "
                                                      "constraint \"%2\"; it cannot be rebuilt.")
                              .arg(table, from));
    }
    const QString temporary = table + QStringLiteral("_rebuild");
    QString newSql = sql;
    newSql.replace(from, to);
    const qsizetype open = newSql.indexOf(QLatin1Char('('));
    newSql = QStringLiteral("CREATE TABLE %1 ").arg(temporary) + newSql.mid(open);

    const QList<SchemaObject> before = dependents(db, table);
    const QString columns = columnNames(db, table).join(QStringLiteral(", "));
    const QStringList steps {
        newSql,
        QStringLiteral("INSERT INTO %1 (%3) SELECT %3 FROM %2").arg(temporary, table, columns),
        QStringLiteral("DROP TABLE %1").arg(table),
        // Other tables' triggers (reasons_keep_used) name the table in their bodies: the
        // legacy rename neither rewrites nor re-checks them while it is briefly absent.
        QStringLiteral("PRAGMA legacy_alter_table = ON"),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(temporary, table),
        QStringLiteral("PRAGMA legacy_alter_table = OFF")};
    for (const QString &step : steps)
        Sql::exec(db.connection(), step);
    for (const SchemaObject &object : before)
        Sql::exec(db.connection(), object.sql);

    if (dependents(db, table) != before) {
        throw schemaError(QCoreApplication::translate("Storage",
                                                      "Rebuilding the table %1 changed its "
                                                      "indexes or triggers.")
                              .arg(table));
    }
    QSqlQuery check = Sql::exec(db.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (check.next()) {
        throw schemaError(QCoreApplication::translate("Storage",
                                                      "Rebuilding the table %1 broke a reference: "
                                                      "row %2 of %3 points to a missing %4 row.")
                              .arg(table,
                                   check.value(1).toString(),
                                   check.value(0).toString(),
                                   check.value(2).toString()));
    }
}

} // namespace LeadPact::Schema
