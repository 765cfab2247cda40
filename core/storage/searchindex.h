// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace LeadPact {

class Database;

// A trigram index over the leads' folded search keys (SQLite FTS5, external content: it holds
// no copy of the keys, only which lead contains which three-character sequence). A substring
// search asks it for the leads holding every trigram of the typed fragments, a superset of the
// matches found in milliseconds, and tests only those keys instead of all of them. Triggers
// keep it in step with every write to leads; bulk loads suspend them and index the new rows
// in one pass. Other engines go without it (the search scans the keys there).
namespace SearchIndex {

// Creates the index over the leads already stored and the triggers that maintain it.
void create(Database &db);
// Whether the database has the index (SQLite from schema version 5).
bool exists(const Database &db);
// For a bulk load into leads: drops the maintaining triggers…
void suspend(Database &db);
// …and indexes the rows with an id above `lastIdBefore`, then restores the triggers. A bulk
// load only inserts: rows that existed before it must not change while it is suspended.
void resume(Database &db, qint64 lastIdBefore);

// The FTS5 query that finds candidates for leads whose key contains every fragment (already
// folded), or an empty string when a fragment is shorter than a trigram and the index cannot
// narrow the search.
QString matchQuery(const QStringList &fragments);

} // namespace SearchIndex
} // namespace LeadPact
