// SPDX-License-Identifier: GPL-3.0-or-later
// Business time: weekends, holidays, day boundaries, time zones with and without DST.
#include "domain/error.h"
#include "domain/workcalendar.h"
#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace LeadPact;

namespace {

const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));

QDateTime msk(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toUTC();
}

} // namespace

namespace Catch {
template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.toUTC().toString(Qt::ISODate).toStdString();
    }
};
} // namespace Catch

TEST_CASE("A lead on Friday at 23:00 is due on Monday at 09:15", "[calendar]")
{
    const WorkCalendar calendar; // Mon–Fri 09:00–18:00 Moscow
    // 2026-11-20 is a Friday.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 20, 23), 15 * 60) == msk(2026, 11, 23, 9, 15));
    // Saturday and Sunday count for nothing either.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 21, 12), 15 * 60) == msk(2026, 11, 23, 9, 15));
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 22, 8), 15 * 60) == msk(2026, 11, 23, 9, 15));
}

TEST_CASE("Business time runs inside the day and carries over day boundaries", "[calendar]")
{
    const WorkCalendar calendar;
    // Inside hours: plain addition.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 24, 10), 15 * 60) == msk(2026, 11, 24, 10, 15));
    // Before opening: counted from 09:00.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 24, 7, 30), 15 * 60) == msk(2026, 11, 24, 9, 15));
    // Ending exactly at closing time stays on that day.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 24, 17, 45), 15 * 60) == msk(2026, 11, 24, 18, 0));
    // Ten minutes left today, five more tomorrow.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 24, 17, 50), 15 * 60) == msk(2026, 11, 25, 9, 5));
    // After closing: tomorrow morning.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 24, 18, 0), 15 * 60) == msk(2026, 11, 25, 9, 15));
    // Friday evening to Monday.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 20, 17, 55), 15 * 60) == msk(2026, 11, 23, 9, 10));
    // A long target spans several days: 9 hours a day.
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 23, 9), 20 * 3600) == msk(2026, 11, 25, 11, 0));
}

TEST_CASE("Holidays are skipped like weekends", "[calendar]")
{
    WorkCalendar calendar;
    // New-year holidays: 1–8 January 2027; the 1st is a Friday.
    QSet<QDate> holidays;
    for (int day = 1; day <= 8; ++day)
        holidays.insert(QDate(2027, 1, day));
    calendar.setHolidays(holidays);
    CHECK(calendar.addWorkingSeconds(msk(2026, 12, 31, 17, 55), 15 * 60) == msk(2027, 1, 11, 9, 10));
    CHECK_FALSE(calendar.isWorkingTime(msk(2027, 1, 5, 12)));
    CHECK(calendar.isWorkingTime(msk(2027, 1, 11, 12)));
    CHECK(calendar.workingSecondsBetween(msk(2026, 12, 31, 17), msk(2027, 1, 11, 10)) == 2 * 3600);
}

TEST_CASE("Working hours differ per weekday; a working Saturday counts", "[calendar]")
{
    WorkCalendar calendar;
    calendar.setHours(Qt::Friday, WorkCalendar::Hours{QTime(9, 0), QTime(16, 45)});
    calendar.setHours(Qt::Saturday, WorkCalendar::Hours{QTime(10, 0), QTime(14, 0)});
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 20, 16, 40), 15 * 60) == msk(2026, 11, 21, 10, 10));
    CHECK(calendar.addWorkingSeconds(msk(2026, 11, 21, 13, 50), 15 * 60) == msk(2026, 11, 23, 9, 5));
}

TEST_CASE("The calendar counts in its own time zone", "[calendar]")
{
    // Vladivostok is UTC+10 all year: its 09:00 is 23:00 UTC the day before.
    WorkCalendar calendar;
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Vladivostok")));
    const QDateTime mondayNightUtc(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC); // 08:00 Mon local
    CHECK(calendar.addWorkingSeconds(mondayNightUtc, 15 * 60)
          == QDateTime(QDate(2026, 11, 22), QTime(23, 15), Qt::UTC));
    // Friday 18:30 local = 08:30 UTC Friday: due Monday 09:15 local = Sunday 23:15 UTC.
    CHECK(calendar.addWorkingSeconds(QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC), 15 * 60)
          == QDateTime(QDate(2026, 11, 22), QTime(23, 15), Qt::UTC));
}

TEST_CASE("Across a DST change the working day keeps its local hours", "[calendar]")
{
    // Berlin moves to summer time on Sunday 2026-03-29: Friday 09:00 is 08:00 UTC, Monday 09:00
    // is 07:00 UTC.
    WorkCalendar calendar;
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    const QDateTime fridayEvening(QDate(2026, 3, 27), QTime(17, 0), Qt::UTC); // 18:00 CET
    CHECK(calendar.addWorkingSeconds(fridayEvening, 15 * 60)
          == QDateTime(QDate(2026, 3, 30), QTime(7, 15), Qt::UTC));
    // A full working day is still 9 hours on the day after the change.
    CHECK(calendar.workingSecondsBetween(QDateTime(QDate(2026, 3, 30), QTime(0, 0), Qt::UTC),
                                         QDateTime(QDate(2026, 3, 31), QTime(0, 0), Qt::UTC))
          == 9 * 3600);
}

TEST_CASE("Working seconds between two moments", "[calendar]")
{
    const WorkCalendar calendar;
    CHECK(calendar.workingSecondsBetween(msk(2026, 11, 24, 10), msk(2026, 11, 24, 10, 30)) == 1800);
    CHECK(calendar.workingSecondsBetween(msk(2026, 11, 20, 17), msk(2026, 11, 23, 10)) == 2 * 3600);
    CHECK(calendar.workingSecondsBetween(msk(2026, 11, 21, 10), msk(2026, 11, 22, 20)) == 0);
    CHECK(calendar.workingSecondsBetween(msk(2026, 11, 24, 12), msk(2026, 11, 24, 11)) == 0);
}

TEST_CASE("The calendar round-trips through JSON and refuses bad input", "[calendar]")
{
    WorkCalendar calendar;
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Yekaterinburg")));
    calendar.setHours(Qt::Saturday, WorkCalendar::Hours{QTime(10, 0), QTime(15, 0)});
    calendar.setHours(Qt::Monday, std::nullopt);
    calendar.setHolidays({QDate(2026, 12, 31)});
    const WorkCalendar copy = WorkCalendar::fromJson(calendar.toJson());
    CHECK(copy == calendar);
    CHECK(copy.toJson() == calendar.toJson());

    QJsonObject badZone = calendar.toJson();
    badZone.insert(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus"));
    CHECK_THROWS_AS(WorkCalendar::fromJson(badZone), Error);

    QJsonObject badHours = calendar.toJson();
    QJsonObject hours = badHours.value(QStringLiteral("hours")).toObject();
    hours.insert(QStringLiteral("tue"), QJsonArray{QStringLiteral("18:00"), QStringLiteral("09:00")});
    badHours.insert(QStringLiteral("hours"), hours);
    try {
        WorkCalendar::fromJson(badHours);
        FAIL("hours that end before they start must be refused");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("tue")));
    }

    WorkCalendar noDays;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        noDays.setHours(Qt::DayOfWeek(day), std::nullopt);
    CHECK(noDays.problem().has_value());
    CHECK_FALSE(noDays.addWorkingSeconds(msk(2026, 11, 24, 10), 60).isValid());
}

TEST_CASE("A changed copy of a calendar does not reuse the original's cached days", "[calendar]")
{
    const WorkCalendar original;
    CHECK(original.addWorkingSeconds(msk(2026, 11, 24, 10), 60) == msk(2026, 11, 24, 10, 1));
    WorkCalendar changed = original;
    changed.setHolidays({QDate(2026, 11, 24)});
    CHECK(changed.addWorkingSeconds(msk(2026, 11, 24, 10), 60) == msk(2026, 11, 25, 9, 1));
    CHECK(original.addWorkingSeconds(msk(2026, 11, 24, 10), 60) == msk(2026, 11, 24, 10, 1));
}
