// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoweek.h"

#include <QRegularExpression>

namespace LeadPact {

int IsoWeek::weeksInYear(int year)
{
    // December 28 always lies in the year's last ISO week.
    return QDate(year, 12, 28).weekNumber();
}

std::optional<IsoWeek> IsoWeek::fromYearWeek(int year, int week)
{
    if (year < 1 || year > 9999 || week < 1 || week > weeksInYear(year))
        return std::nullopt;
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

std::optional<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return fromYearWeek(match.captured(1).toInt(), match.captured(2).toInt());
}

QDate IsoWeek::monday() const
{
    if (!isValid())
        return {};
    // January 4 is always in week 1.
    const QDate jan4(m_year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(7 * qint64(m_week - 1));
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10,
                                                                            QLatin1Char('0'));
}

} // namespace LeadPact
