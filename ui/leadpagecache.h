// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"

#include <QHash>
#include <QList>

#include <functional>

namespace LeadPact {

// A bounded cache of fixed-size pages of leads, for a list far longer than memory should hold.
// A page is read when one of its rows is first asked for; when more than `maxPages` are held,
// the pages farthest from the one just read go, so memory stays flat however far one scrolls.
class LeadPageCache
{
public:
    // Reads `limit` leads starting at `offset` (may throw; the cache then holds nothing new).
    using Reader = std::function<QList<Lead>(int offset, int limit)>;

    LeadPageCache(int pageSize, int maxPages);

    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }

    // The lead on `row`, reading its page first when needed; null past the end of what the
    // reader returned (rows may have gone since they were counted).
    const Lead *at(int row, const Reader &read);
    // The lead on `row` if its page is held; never reads.
    const Lead *cached(int row) const;
    // The row of the lead among the held pages, or -1.
    int rowOf(qint64 leadId) const;
    // Replaces the held copy of the lead (same id); returns its row or -1 when not held.
    int replace(const Lead &lead);

    void clear();
    // The indexes of the held pages, in ascending order (for tests and diagnostics).
    QList<int> loadedPages() const;
    // How many pages were read since construction.
    qint64 readCount() const { return m_reads; }

private:
    void evictFarFrom(int page);

    int m_pageSize;
    int m_maxPages;
    QHash<int, QList<Lead>> m_pages;
    qint64 m_reads = 0;
};

} // namespace LeadPact
