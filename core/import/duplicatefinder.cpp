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

qint32 minuteOf(const QDateTime &time)
{
    return qint32(time.toSecsSinceEpoch() / 60);
}

} // namespace

DuplicateFinder::DuplicateFinder(Database &db, int windowDays, Source source)
    : m_windowSeconds(qint64(windowDays) * 86400)
    , m_source(source)
{
    if (source == Source::Database) {
        Schema::ensureContactIndexes(db);
        m_byPhone = Sql::prepare(db.connection(), lookupSql("phone"));
        m_byEmail = Sql::prepare(db.connection(), lookupSql("email"));
    } else {
        m_slots.resize(size_t(1) << 16);
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

std::optional<qint64> DuplicateFinder::lookup(quint64 hash, qint32 minute) const
{
    const Slot *slot = slotFor(hash);
    if (slot->hash == 0 || qAbs(qint64(slot->minute) - minute) * 60 > m_windowSeconds)
        return std::nullopt;
    return slot->id;
}

void DuplicateFinder::store(quint64 hash, quint32 id, qint32 minute)
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
    if (slot->hash == 0)
        ++m_used;
    *slot = {hash, id, minute}; // the latest lead with the key
}

std::optional<qint64> DuplicateFinder::find(const Lead &lead)
{
    std::optional<qint64> byPhone;
    std::optional<qint64> byEmail;
    if (m_source == Source::Database) {
        byPhone = lookup(m_byPhone, lead.phone, lead.receivedAt);
        byEmail = lookup(m_byEmail, lead.email, lead.receivedAt);
    } else {
        const qint32 minute = minuteOf(lead.receivedAt);
        if (!lead.phone.isEmpty())
            byPhone = lookup(keyHash(lead.phone, phoneSeed), minute);
        if (!lead.email.isEmpty())
            byEmail = lookup(keyHash(lead.email, emailSeed), minute);
    }
    if (byPhone && byEmail)
        return std::max(*byPhone, *byEmail);
    return byPhone ? byPhone : byEmail;
}

void DuplicateFinder::remember(const Lead &lead)
{
    if (m_source == Source::Database)
        return;
    const qint32 minute = minuteOf(lead.receivedAt);
    if (!lead.phone.isEmpty())
        store(keyHash(lead.phone, phoneSeed), quint32(lead.id), minute);
    if (!lead.email.isEmpty())
        store(keyHash(lead.email, emailSeed), quint32(lead.id), minute);
}

void DuplicateFinder::release()
{
    std::vector<Slot>().swap(m_slots);
    m_used = 0;
}

} // namespace LeadPact
