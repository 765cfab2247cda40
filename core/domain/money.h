// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace LeadPact {

// Money is stored as integer minor units (kopecks, cents); these convert to and from text
// without floating point.
// "1500", "1500.5", "1 500,50" -> minor units (2 decimals); nothing for anything else.
std::optional<qint64> parseAmount(const QString &text);
// 150050 -> "1500.50" (no grouping: for files and the CLI).
QString formatAmountPlain(qint64 minorUnits);

} // namespace LeadPact
