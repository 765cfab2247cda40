// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadpagecache.h"

#include <algorithm>

namespace LeadPact {

LeadPageCache::LeadPageCache(int pageSize, int maxPages)
    : m_pageSize(qMax(1, pageSize))
    , m_maxPages(qMax(1, maxPages))
{}

const Lead *LeadPageCache::at(int row, const Reader &read)
{
    if (row < 0)
        return nullptr;
    const int page = row / m_pageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        QList<Lead> rows = read(page * m_pageSize, m_pageSize);
        ++m_reads;
        found = m_pages.insert(page, std::move(rows));
        if (m_pages.size() > m_maxPages) {
            evictFarFrom(page);
            found = m_pages.find(page);
        }
    }
    const int offset = row % m_pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

const Lead *LeadPageCache::cached(int row) const
{
    if (row < 0)
        return nullptr;
    const auto found = m_pages.constFind(row / m_pageSize);
    if (found == m_pages.cend())
        return nullptr;
    const int offset = row % m_pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

int LeadPageCache::rowOf(qint64 leadId) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            if (page->at(i).id == leadId)
                return page.key() * m_pageSize + i;
        }
    }
    return -1;
}

int LeadPageCache::replace(const Lead &lead)
{
    const int row = rowOf(lead.id);
    if (row >= 0)
        m_pages[row / m_pageSize][row % m_pageSize] = lead;
    return row;
}

void LeadPageCache::clear()
{
    m_pages.clear();
}

QList<int> LeadPageCache::loadedPages() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    return pages;
}

void LeadPageCache::evictFarFrom(int page)
{
    // The view asks for rows around what it shows; pages far from the last one read are the
    // least likely to be asked for again.
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end(), [page](int a, int b) {
        return qAbs(a - page) > qAbs(b - page);
    });
    for (int i = 0; m_pages.size() > m_maxPages && i < pages.size(); ++i)
        m_pages.remove(pages.at(i));
}

} // namespace LeadPact
