// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/marketingspend.h"

#include <QList>

namespace LeadPact {

class Database;

// Reads and writes marketing spend rows (table marketing_spend). Knows SQL, not rules:
// SpendService checks who may edit first.
class SpendRepository
{
public:
    explicit SpendRepository(Database &db);

    // Inserts or replaces the row of (channel, month, currency).
    void upsert(const MarketingSpend &spend);
    // Returns whether a row was removed.
    bool remove(const QString &channel, const QDate &month, const QString &currency);
    std::optional<MarketingSpend> find(const QString &channel,
                                       const QDate &month,
                                       const QString &currency) const;
    // Rows of months from `firstMonth` to `lastMonth` (first days of months), both inclusive;
    // invalid bounds mean no bound. By month, channel, currency.
    QList<MarketingSpend> list(const QDate &firstMonth = {}, const QDate &lastMonth = {}) const;

private:
    Database &m_db;
};

} // namespace LeadPact
