// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadpagecache.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

// A "database" of `total` leads with ids 1..total.
LeadPageCache::Reader readerOf(int total, QList<int> *offsets = nullptr)
{
    return [total, offsets](int offset, int limit) {
        if (offsets)
            offsets->append(offset);
        QList<Lead> page;
        for (int i = offset; i < qMin(total, offset + limit); ++i) {
            Lead lead;
            lead.id = i + 1;
            page.append(lead);
        }
        return page;
    };
}

} // namespace

TEST_CASE("LeadPageCache reads a page once and keeps a bounded number", "[ui][cache]")
{
    LeadPageCache cache(10, 3);
    QList<int> offsets;
    const auto read = readerOf(1000, &offsets);
    REQUIRE(cache.at(5, read)->id == 6);
    REQUIRE(cache.at(9, read)->id == 10);
    CHECK(offsets == QList<int>({0}));
    CHECK(cache.at(995, read)->id == 996);
    CHECK(cache.loadedPages() == QList<int>({0, 99}));

    for (int row = 0; row < 1000; ++row)
        REQUIRE(cache.at(row, read)->id == row + 1);
    CHECK(cache.loadedPages().size() == 3);
    CHECK(cache.loadedPages() == QList<int>({97, 98, 99})); // the ones near the last read
    // Every page once, and page 99 again: it went while the scan was far from it.
    CHECK(cache.readCount() == 101);
}

TEST_CASE("LeadPageCache finds and replaces held leads, and survives short pages", "[ui][cache]")
{
    LeadPageCache cache(10, 4);
    const auto read = readerOf(25);
    CHECK(cache.at(24, read)->id == 25);
    CHECK(cache.at(27, read) == nullptr); // counted once, gone since
    CHECK(cache.cached(3) == nullptr);    // page 0 not read
    CHECK(cache.rowOf(25) == 24);
    CHECK(cache.rowOf(1) == -1);

    Lead changed;
    changed.id = 25;
    changed.name = QStringLiteral("Изменён");
    CHECK(cache.replace(changed) == 24);
    CHECK(cache.cached(24)->name == changed.name);
    changed.id = 1;
    CHECK(cache.replace(changed) == -1);
    cache.clear();
    CHECK(cache.loadedPages().isEmpty());
}
