// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadPact {

class Database;

// For loading many rows into tables inside one write transaction: drops the tables' secondary
// indexes up front and builds them again, sorted, in finish(). Building an index once is far
// cheaper than updating it row by row with keys in random order. DDL is transactional, so a
// rollback restores the indexes as they were. The definitions are read from the database
// itself, so nothing is duplicated here. Likewise the search index over leads is not kept up
// row by row: the new leads are indexed in one pass in finish().
class BulkLoad
{
public:
    BulkLoad(Database &db, const QStringList &tables);
    ~BulkLoad();

    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Rebuilds the indexes; call before committing.
    void finish();

private:
    Database &m_db;
    QList<QPair<QString, QString>> m_indexes; // name, CREATE INDEX statement
    std::optional<qint64> m_searchIndexedUpTo;   // leads: the last id before the load
    bool m_finished = false;
};

} // namespace LeadPact
