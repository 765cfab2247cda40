// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkload.h"

#include "database.h"
#include "domain/error.h"
#include "searchindex.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LeadPact {

BulkLoad::BulkLoad(Database &db, const QStringList &tables)
    : m_db(db)
{
    if (db.transactionDepth() == 0) {
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("Storage", "A bulk load must run inside a "
                                                           "write transaction."));
    }
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return; // other engines keep their indexes; nothing to gain that is portable
    for (const QString &table : tables) {
        QSqlQuery q = Sql::prepare(db.connection(),
                                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE "
                                                  "type = 'index' AND tbl_name = ? AND sql IS "
                                                  "NOT NULL"));
        q.addBindValue(table);
        Sql::exec(q, QCoreApplication::translate("Storage", "read the indexes of %1").arg(table));
        while (q.next())
            m_indexes.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[name, sql] : std::as_const(m_indexes))
        Sql::exec(db.connection(), QStringLiteral("DROP INDEX %1").arg(name));
    if (tables.contains(QStringLiteral("leads")) && SearchIndex::exists(db)) {
        QSqlQuery last = Sql::exec(db.connection(),
                                   QStringLiteral("SELECT coalesce(max(id), 0) FROM leads"));
        m_searchIndexedUpTo = last.next() ? last.value(0).toLongLong() : 0;
        SearchIndex::suspend(db);
    }
}

BulkLoad::~BulkLoad() = default; // unfinished: the caller's rollback restores the indexes

void BulkLoad::finish()
{
    if (m_finished)
        return;
    for (const auto &[name, sql] : std::as_const(m_indexes))
        Sql::exec(m_db.connection(), sql);
    if (m_searchIndexedUpTo)
        SearchIndex::resume(m_db, *m_searchIndexedUpTo);
    m_finished = true;
}

} // namespace LeadPact
