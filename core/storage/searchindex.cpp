// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace LeadPact::SearchIndex {

namespace {

const QStringList triggerNames = {QStringLiteral("leads_search_insert"),
                                  QStringLiteral("leads_search_delete"),
                                  QStringLiteral("leads_search_update")};

void createTriggers(Database &db)
{
    // An external-content index forgets a row only when told its old text exactly: the
    // triggers pass the key as it was. A status change leaves the key alone and costs nothing.
    const QStringList statements = {
        QStringLiteral("CREATE TRIGGER leads_search_insert AFTER INSERT ON leads BEGIN "
                       "INSERT INTO lead_search (rowid, search_key) VALUES (new.id, "
                       "new.search_key); END"),
        QStringLiteral("CREATE TRIGGER leads_search_delete AFTER DELETE ON leads BEGIN "
                       "INSERT INTO lead_search (lead_search, rowid, search_key) VALUES "
                       "('delete', old.id, old.search_key); END"),
        QStringLiteral("CREATE TRIGGER leads_search_update AFTER UPDATE OF id, search_key ON "
                       "leads WHEN old.id IS NOT new.id OR old.search_key IS NOT "
                       "new.search_key BEGIN "
                       "INSERT INTO lead_search (lead_search, rowid, search_key) VALUES "
                       "('delete', old.id, old.search_key); "
                       "INSERT INTO lead_search (rowid, search_key) VALUES (new.id, "
                       "new.search_key); END"),
    };
    for (const QString &sql : statements)
        Sql::exec(db.connection(), sql);
}

void indexRowsAfter(Database &db, qint64 lastId)
{
    // In id order: the index appends to its lists instead of merging scattered pieces, about
    // eight times faster than reading the keys in key order (which the planner would pick).
    QSqlQuery fill = Sql::prepare(db.connection(),
                                  QStringLiteral("INSERT INTO lead_search (rowid, search_key) "
                                                 "SELECT id, search_key FROM leads NOT INDEXED "
                                                 "WHERE id > ? ORDER BY id"));
    fill.addBindValue(lastId);
    Sql::exec(fill, QCoreApplication::translate("Storage", "index the leads for search"));
}

} // namespace

void create(Database &db)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return;
    // Keys are folded already, so the tokenizer need not fold again; detail=none and no
    // column sizes keep the index to the lists of leads per trigram (about 60 MB for 1M).
    Sql::exec(db.connection(),
              QStringLiteral("CREATE VIRTUAL TABLE lead_search USING fts5 (search_key, "
                             "content = 'leads', content_rowid = 'id', "
                             "tokenize = 'trigram case_sensitive 1', detail = none, "
                             "columnsize = 0)"));
    // A larger in-memory buffer before each flush: fewer pieces to merge when filling.
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO lead_search (lead_search, rank) "
                                              "VALUES ('hashsize', 67108864)"));
    indexRowsAfter(db, 0);
    createTriggers(db);
}

bool exists(const Database &db)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return false;
    QSqlQuery q = Sql::exec(db.connection(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE "
                                                            "type = 'table' AND name = "
                                                            "'lead_search'"));
    return q.next();
}

void suspend(Database &db)
{
    for (const QString &name : triggerNames)
        Sql::exec(db.connection(), QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
}

void resume(Database &db, qint64 lastIdBefore)
{
    indexRowsAfter(db, lastIdBefore);
    createTriggers(db);
}

QString matchQuery(const QStringList &fragments)
{
    QStringList terms;
    QSet<QString> seen;
    for (const QString &fragment : fragments) {
        // Trigrams of characters, not of UTF-16 units.
        const QList<uint> chars = fragment.toUcs4();
        if (chars.size() < 3)
            return {};
        for (qsizetype i = 0; i + 3 <= chars.size(); ++i) {
            QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 3);
            if (seen.contains(trigram))
                continue;
            seen.insert(trigram);
            trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            terms.append(QLatin1Char('"') + trigram + QLatin1Char('"'));
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace LeadPact::SearchIndex
