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
// what the query would: per key hash the chain of leads holding the key, newest first, with
// their arrival second. A hash is not the key (Qt's string hash is seeded per process, and two
// phones did collide in practice), so a candidate is confirmed by reading its stored phone or
// e-mail by primary key before it counts: the answer is exactly the query's, run after run;
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

    // ThisFileOnly: how keys are hashed (tests give a poor hash to prove that a shared hash is
    // never taken for a shared key).
    using KeyHash = quint64 (*)(const QString &key, size_t seed);
    void setKeyHash(KeyHash hash) { m_keyHash = hash; }

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
    // The newest entry within the window whose stored key (read through `stored`, by id) is
    // `key` itself.
    std::optional<qint64> lookup(quint64 hash, qint64 seconds, const QString &key,
                                 QSqlQuery &stored);
    bool storedKeyIs(QSqlQuery &stored, quint32 id, const QString &key);
    void add(quint64 hash, quint32 id, qint64 seconds);
    void remove(quint64 hash, quint32 id);
    Slot *slotFor(quint64 hash);
    const Slot *slotFor(quint64 hash) const;

    qint64 m_windowSeconds;
    Source m_source;
    QSqlQuery m_byPhone;
    QSqlQuery m_byEmail;
    QSqlQuery m_phoneOf; // ThisFileOnly: a candidate's stored phone, by id
    QSqlQuery m_emailOf;
    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    size_t m_used = 0;
    KeyHash m_keyHash;
};

} // namespace LeadPact
