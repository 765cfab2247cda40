// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketingspend.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace LeadPact {

class Clock;
class Database;
struct User;

// Marketing spend per channel and month; marketing, the head of sales and admin may edit it.
// Every change records who made it and when.
class SpendService
{
    Q_DECLARE_TR_FUNCTIONS(SpendService)

public:
    SpendService(Database &db, const Clock &clock);

    static bool mayEdit(const User &user);

    // Sets (inserts or replaces) the spend of `channel` in the month holding `month`, in
    // `currency`. An amount of 0 is kept as an entered zero. Throws Error(Permission/Validation).
    MarketingSpend set(const QString &channel,
                       const QDate &month,
                       qint64 amountMinor,
                       const QString &currency,
                       const User &actor);
    // Removes one entry; throws Error(NotFound) when there is none.
    void remove(const QString &channel,
                const QDate &month,
                const QString &currency,
                const User &actor);

    // Every entry, by month then channel then currency.
    QList<MarketingSpend> all() const;
    // Entries of months overlapping [from, to] (local dates).
    QList<MarketingSpend> between(const QDate &from, const QDate &to) const;

    // The part of `spend` that falls into the local days [from, to]: amount * covered days /
    // days in the month, rounded half up.
    static qint64 attributed(const MarketingSpend &spend, const QDate &from, const QDate &to);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace LeadPact
