// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace LeadPact {

// An ISO 8601 week ("2026-W47"): Monday to Sunday, week 1 holds the year's first Thursday, so
// some years have a week 53 and a week can start in the previous calendar year.
class IsoWeek
{
public:
    IsoWeek() = default; // invalid
    static std::optional<IsoWeek> fromYearWeek(int year, int week);
    static IsoWeek containing(const QDate &date);
    // "2026-W47" (also "2026W47", "2026-w47"); nothing for anything else or a week the year lacks.
    static std::optional<IsoWeek> parse(const QString &text);
    // The last week that has ended before `today`: the week before today's week.
    static IsoWeek lastFinished(const QDate &today) { return containing(today).previous(); }
    static int weeksInYear(int year);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek next() const { return containing(monday().addDays(7)); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }
    IsoWeek addWeeks(int weeks) const { return containing(monday().addDays(7 * qint64(weeks))); }
    bool contains(const QDate &date) const { return containing(date) == *this; }

    // "2026-W47": zero-padded, so text order is week order (the storage key).
    QString toString() const;

    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;
    friend auto operator<=>(const IsoWeek &, const IsoWeek &) = default;

private:
    IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week)
    {}

    int m_year = 0;
    int m_week = 0;
};

} // namespace LeadPact
