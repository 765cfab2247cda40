// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace LeadPact {

// Marketing's spend on one channel in one calendar month, in one currency. A month's spend is
// spread evenly over its days when a period covers part of it (docs/metrics.md).
struct MarketingSpend
{
    qint64 id = 0;
    QString channel;
    QDate month; // the first day of the month
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("RUB");
    qint64 updatedBy = 0; // user id
    QString updatedByLogin;
    QDateTime updatedAt; // UTC
};

} // namespace LeadPact
