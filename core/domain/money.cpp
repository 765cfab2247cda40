// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

#include <limits>

namespace LeadPact {

std::optional<qint64> parseAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0)); // no-break space, the Russian thousands separator
    t.remove(QChar(0x202F)); // narrow no-break space
    // Both "150 000,50" (Russian) and "150,000.50" (English) are common: when both marks occur
    // the last one is the decimal point; a lone comma followed by exactly three digits groups
    // thousands ("1,500"), otherwise it is the decimal point ("1500,5").
    const qsizetype comma = t.lastIndexOf(QLatin1Char(','));
    const qsizetype dot = t.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && dot >= 0) {
        const QChar grouping = comma > dot ? QLatin1Char('.') : QLatin1Char(',');
        t.remove(grouping);
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (comma >= 0) {
        static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}(,\\d{3})+$"));
        if (thousands.match(t).hasMatch())
            t.remove(QLatin1Char(','));
        else
            t.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    qint64 minor = whole * 100 + fraction.toLongLong();
    if (!match.captured(1).isEmpty())
        minor = -minor;
    return minor;
}

QString formatAmountPlain(qint64 minorUnits)
{
    const bool negative = minorUnits < 0;
    const quint64 absolute = negative ? quint64(-(minorUnits + 1)) + 1 : quint64(minorUnits);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

} // namespace LeadPact
