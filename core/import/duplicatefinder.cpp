// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>

namespace LeadPact {

namespace {

QString lookupSql(const char *column)
{
    return QStringLiteral("SELECT id FROM leads WHERE %1 = ? AND received_at BETWEEN ? AND ? "
                          "ORDER BY id DESC LIMIT 1")
        .arg(QLatin1String(column));
}

// Phones and e-mails hash apart, so an e-mail never matches a phone.
quint64 keyHash(const QString &key, size_t seed)
{
    const quint64 hash = qHash(key, seed);
    return hash == 0 ? 1 : hash;
}

constexpr size_t phoneSeed = 0x9e3779b97f4a7c15ULL;
constexpr size_t emailSeed = 0xc2b2ae3d27d4eb4fULL;

} // namespace

DuplicateFinder::DuplicateFinder(Database &db, int windowDays, Source source)
    : m_windowSeconds(qint64(windowDays) * 86400)
    , m_source(source)
    , m_keyHash(keyHash)
{
    if (source == Source::Database) {
        Schema::ensureContactIndexes(db);
        m_byPhone = Sql::prepare(db.connection(), lookupSql("phone"));
        m_byEmail = Sql::prepare(db.connection(), lookupSql("email"));
    } else {
        m_slots.resize(size_t(1) << 16);
        m_phoneOf = Sql::prepare(db.connection(),
                                 QStringLiteral("SELECT phone FROM leads WHERE id = ?"));
        m_emailOf = Sql::prepare(db.connection(),
                                 QStringLiteral("SELECT email FROM leads WHERE id = ?"));
    }
}

std::optional<qint64> DuplicateFinder::lookup(QSqlQuery &query,
                                              const QString &key,
                                              const QDateTime &at)
{
    if (key.isEmpty())
        return std::nullopt;
    const qint64 seconds = at.toSecsSinceEpoch();
    query.addBindValue(key);
    query.addBindValue(seconds - m_windowSeconds);
    query.addBindValue(seconds + m_windowSeconds);
    Sql::exec(query, QCoreApplication::translate("Storage", "look for duplicates of %1").arg(key));
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

const DuplicateFinder::Slot *DuplicateFinder::slotFor(quint64 hash) const
{
    // Linear probing in a power-of-two table kept at most three-quarters full.
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.hash == hash || slot.hash == 0)
            return &slot;
    }
}

DuplicateFinder::Slot *DuplicateFinder::slotFor(quint64 hash)
{
    return const_cast<Slot *>(std::as_const(*this).slotFor(hash));
}

// The newest lead with the key that arrived within the window: what the query's "ORDER BY id
// DESC LIMIT 1" over "received_at BETWEEN" answers.
std::optional<qint64> DuplicateFinder::lookup(quint64 hash, qint64 seconds, const QString &key,
                                              QSqlQuery &stored)
{
    const Slot *slot = slotFor(hash);
    if (slot->hash == 0)
        return std::nullopt;
    for (qint32 i = slot->head; i >= 0; i = m_entries[size_t(i)].next) {
        const Entry entry = m_entries[size_t(i)];
        if (entry.id != 0 && qAbs(entry.seconds - seconds) <= m_windowSeconds
            && storedKeyIs(stored, entry.id, key))
            return entry.id;
    }
    return std::nullopt;
}

bool DuplicateFinder::storedKeyIs(QSqlQuery &stored, quint32 id, const QString &key)
{
    stored.addBindValue(qint64(id));
    Sql::exec(stored, QCoreApplication::translate("Storage", "read lead %1").arg(id));
    const bool same = stored.next() && stored.value(0).toString() == key;
    stored.finish();
    return same;
}

void DuplicateFinder::add(quint64 hash, quint32 id, qint64 seconds)
{
    if ((m_used + 1) * 4 > m_slots.size() * 3) {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.hash != 0)
                *slotFor(slot.hash) = slot;
        }
    }
    Slot *slot = slotFor(hash);
    if (slot->hash == 0) {
        ++m_used;
        slot->hash = hash;
    }
    const auto index = qint32(m_entries.size());
    m_entries.push_back({seconds, id, -1});
    // Newest first: a new lead goes to the front, a changed older one to its place by id.
    qint32 *link = &slot->head;
    while (*link >= 0 && m_entries[size_t(*link)].id > id)
        link = &m_entries[size_t(*link)].next;
    m_entries.back().next = *link;
    *link = index;
}

void DuplicateFinder::remove(quint64 hash, quint32 id)
{
    const Slot *slot = slotFor(hash);
    if (slot->hash == 0)
        return;
    for (qint32 i = slot->head; i >= 0; i = m_entries[size_t(i)].next) {
        if (m_entries[size_t(i)].id == id) {
            m_entries[size_t(i)].id = 0;
            return;
        }
    }
}

std::optional<qint64> DuplicateFinder::find(const Lead &lead)
{
    std::optional<qint64> byPhone;
    std::optional<qint64> byEmail;
    if (m_source == Source::Database) {
        byPhone = lookup(m_byPhone, lead.phone, lead.receivedAt);
        byEmail = lookup(m_byEmail, lead.email, lead.receivedAt);
    } else {
        const qint64 seconds = lead.receivedAt.toSecsSinceEpoch();
        if (!lead.phone.isEmpty())
            byPhone = lookup(m_keyHash(lead.phone, phoneSeed), seconds, lead.phone, m_phoneOf);
        if (!lead.email.isEmpty())
            byEmail = lookup(m_keyHash(lead.email, emailSeed), seconds, lead.email, m_emailOf);
    }
    if (byPhone && byEmail)
        return std::max(*byPhone, *byEmail);
    return byPhone ? byPhone : byEmail;
}

void DuplicateFinder::remember(const Lead &lead)
{
    if (m_source == Source::Database)
        return;
    const qint64 seconds = lead.receivedAt.toSecsSinceEpoch();
    if (!lead.phone.isEmpty())
        add(m_keyHash(lead.phone, phoneSeed), quint32(lead.id), seconds);
    if (!lead.email.isEmpty())
        add(m_keyHash(lead.email, emailSeed), quint32(lead.id), seconds);
}

void DuplicateFinder::changed(const Lead &before, const Lead &after)
{
    if (m_source == Source::Database || m_slots.empty())
        return;
    if (before.phone == after.phone && before.email == after.email
        && before.receivedAt == after.receivedAt)
        return;
    if (!before.phone.isEmpty())
        remove(m_keyHash(before.phone, phoneSeed), quint32(before.id));
    if (!before.email.isEmpty())
        remove(m_keyHash(before.email, emailSeed), quint32(before.id));
    remember(after);
}

void DuplicateFinder::release()
{
    std::vector<Slot>().swap(m_slots);
    std::vector<Entry>().swap(m_entries);
    m_used = 0;
    m_phoneOf = QSqlQuery();
    m_emailOf = QSqlQuery();
}

} // namespace LeadPact
