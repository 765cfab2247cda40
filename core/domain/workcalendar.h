// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace LeadPact {

// When the team works: hours per weekday, holidays and the time zone they are counted in.
// The SLA clock only runs inside these hours, so a lead that arrives on Friday night is due on
// Monday morning, not on Saturday.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    struct Hours
    {
        QTime start;
        QTime end; // after start, same day
        bool operator==(const Hours &other) const = default;
    };

    // Monday to Friday 09:00–18:00, Europe/Moscow, no holidays.
    WorkCalendar();

    const QTimeZone &timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);
    std::optional<Hours> hours(Qt::DayOfWeek day) const { return m_hours[size_t(day - 1)]; }
    void setHours(Qt::DayOfWeek day, std::optional<Hours> hours);
    const QSet<QDate> &holidays() const { return m_holidays; }
    void setHolidays(QSet<QDate> holidays);

    bool isWorkingTime(const QDateTime &moment) const;
    // The moment `seconds` of working time after `from` (UTC). Starts counting at the next
    // working moment when `from` falls outside working hours.
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    // Working seconds between two moments (0 when `to` is not after `from`).
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    // Why this calendar cannot be used (no working day, end before start, unknown zone), or
    // nothing when it is fine.
    std::optional<QString> problem() const;

    QJsonObject toJson() const;
    // Throws Error(Validation) naming the bad field.
    static WorkCalendar fromJson(const QJsonObject &json);

    bool operator==(const WorkCalendar &other) const;

private:
    using Window = std::optional<std::pair<QDateTime, QDateTime>>;
    struct WindowCache;

    // The working window of a local date, as UTC moments; nothing on days off and holidays.
    Window window(const QDate &date) const;
    Window computeWindow(const QDate &date) const;
    void invalidate();

    QTimeZone m_zone;
    std::array<std::optional<Hours>, 7> m_hours; // Monday first
    QSet<QDate> m_holidays;
    // Time-zone arithmetic is slow; windows are cached per date (shared by copies, replaced on
    // every change, guarded for use from several threads).
    std::shared_ptr<WindowCache> m_cache;
};

} // namespace LeadPact
