// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace LeadPact {

class Database;

// Finds the latest earlier lead with the same normalised phone or e-mail that arrived within a
// window of days before or after the new one: a possible duplicate (the same person asking
// twice, or two forms catching one request).
//
// Into a table that had leads it asks the database, through the partial phone and e-mail
// indexes, made on first need (rows inserted earlier in the same transaction count too). A load
// into an empty table drops those indexes until the end (BulkLoad), and a post-pass that flags
// rows after the fact rewrote a tenth of a million-row table; so there only the file's own rows
// can match and the finder keeps a compact in-memory index of them instead, answering exactly
// what the query would: per key hash (64 bits; a false match is about one in 10^7 for a
// million keys) the chain of leads holding the key, newest first, with their arrival second;
// a lead an update moves to another phone, e-mail or time moves in the index too. 16 bytes a
// lead and key plus the hash table: about 100 MB for a million rows with a phone and an e-mail
// each, freed by release() before the indexes are rebuilt.
class DuplicateFinder
{
public:
    enum class Source { Database, ThisFileOnly };

    DuplicateFinder(Database &db, int windowDays, Source source);

    std::optional<qint64> find(const Lead &lead);
    // Records a stored lead (ThisFileOnly; the database knows its own rows).
    void remember(const Lead &lead);
    // A stored lead changed (ThisFileOnly): it is found by its new phone, e-mail and time.
    void changed(const Lead &before, const Lead &after);
    void release();

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        qint32 head = -1; // newest entry with the key
    };
    struct Entry
    {
        qint64 seconds = 0; // arrival, seconds since 1970 UTC
        quint32 id = 0;     // 0: the lead no longer has the key
        qint32 next = -1;   // the next older entry with the key
    };

    std::optional<qint64> lookup(QSqlQuery &query, const QString &key, const QDateTime &at);
    std::optional<qint64> lookup(quint64 hash, qint64 seconds) const;
    void add(quint64 hash, quint32 id, qint64 seconds);
    void remove(quint64 hash, quint32 id);
    Slot *slotFor(quint64 hash);
    const Slot *slotFor(quint64 hash) const;

    qint64 m_windowSeconds;
    Source m_source;
    QSqlQuery m_byPhone;
    QSqlQuery m_byEmail;
    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    size_t m_used = 0;
};

} // namespace LeadPact
