// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "leadfilter.h"
#include "statement.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace LeadPact {

class Database;

// Reads and writes leads. Knows SQL, not rules: the service applies the state machine and
// permissions first; the schema's constraints stop anything that slips past.
class LeadRepository
{
public:
    explicit LeadRepository(Database &db);

    // Inserts the lead and returns its id. The lead's missing-field flags are stored with it.
    qint64 insert(const Lead &lead);
    // Writes the lead if nobody changed it since it was read (its version), bumping the version.
    // Throws Error(Conflict) otherwise.
    void update(const Lead &lead);

    std::optional<Lead> find(qint64 id) const;
    Lead get(qint64 id) const; // throws Error(NotFound)
    std::optional<Lead> findByExternalId(const QString &externalId) const;

    QList<Lead> list(const LeadFilter &filter, int limit, int offset = 0) const;
    qint64 count(const LeadFilter &filter) const;
    // Counts no further than `limit` (> 0): min(count, limit). A search that matches a large
    // part of a million leads knows it has "2,000 or more" in milliseconds, where the exact
    // count tests every key.
    qint64 countUpTo(const LeadFilter &filter, qint64 limit) const;
    // The channels leads came from, for filters.
    QStringList channels() const;

private:
    // The search index's query for the filter's search, or empty when it cannot help.
    QString searchMatch(const LeadFilter &filter) const;
    // How many leads the search index names for the query (cached: it steers plans only).
    qint64 candidateCount(const QString &match) const;
    qint64 countRows(const LeadFilter &filter, qint64 limit) const;

    Database &m_db;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_update;
    mutable std::optional<QSqlQuery> m_find;
    mutable std::optional<bool> m_hasSearchIndex;
    mutable QHash<QString, qint64> m_candidates;
    // The last search counted (its filter's signature and the count): the list that follows
    // knows how many matches there are before it chooses how to find the first page.
    mutable std::optional<std::pair<QString, qint64>> m_lastCount;
    mutable std::optional<QSqlQuery> m_findByExternalId;
};

} // namespace LeadPact
