// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcalendar.h"

#include "error.h"

#include <QJsonArray>

#include <QHash>

#include <algorithm>
#include <mutex>

namespace LeadPact {

namespace {

// Enough to cross any run of holidays; a calendar with no working day is refused earlier.
constexpr int maxDaysAhead = 400;

const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

struct WorkCalendar::WindowCache
{
    std::mutex mutex;
    QHash<QDate, Window> windows;
};

WorkCalendar::WorkCalendar()
    : m_zone(QByteArrayLiteral("Europe/Moscow"))
    , m_cache(std::make_shared<WindowCache>())
{
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        m_hours[size_t(day - 1)] = Hours{QTime(9, 0), QTime(18, 0)};
}

void WorkCalendar::invalidate()
{
    m_cache = std::make_shared<WindowCache>();
}

void WorkCalendar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    invalidate();
}

void WorkCalendar::setHours(Qt::DayOfWeek day, std::optional<Hours> hours)
{
    m_hours[size_t(day - 1)] = hours;
    invalidate();
}

void WorkCalendar::setHolidays(QSet<QDate> holidays)
{
    m_holidays = std::move(holidays);
    invalidate();
}

bool WorkCalendar::operator==(const WorkCalendar &other) const
{
    return m_zone == other.m_zone && m_hours == other.m_hours && m_holidays == other.m_holidays;
}

WorkCalendar::Window WorkCalendar::window(const QDate &date) const
{
    std::lock_guard lock(m_cache->mutex);
    auto it = m_cache->windows.constFind(date);
    if (it == m_cache->windows.cend()) {
        if (m_cache->windows.size() > 4096)
            m_cache->windows.clear();
        it = m_cache->windows.insert(date, computeWindow(date));
    }
    return *it;
}

WorkCalendar::Window WorkCalendar::computeWindow(const QDate &date) const
{
    const std::optional<Hours> &h = m_hours[size_t(date.dayOfWeek() - 1)];
    if (!h || m_holidays.contains(date))
        return std::nullopt;
    return std::make_pair(QDateTime(date, h->start, m_zone).toUTC(),
                          QDateTime(date, h->end, m_zone).toUTC());
}

bool WorkCalendar::isWorkingTime(const QDateTime &moment) const
{
    const auto w = window(moment.toTimeZone(m_zone).date());
    return w && moment >= w->first && moment < w->second;
}

QDateTime WorkCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid() || problem())
        return {};
    QDateTime cursor = from.toUTC();
    QDate date = cursor.toTimeZone(m_zone).date();
    qint64 remaining = std::max<qint64>(0, seconds);
    for (int i = 0; i < maxDaysAhead; ++i, date = date.addDays(1)) {
        const auto w = window(date);
        if (!w || cursor >= w->second)
            continue;
        if (cursor < w->first)
            cursor = w->first;
        const qint64 available = cursor.secsTo(w->second);
        if (remaining < available || (remaining == available && remaining > 0))
            return cursor.addSecs(remaining);
        remaining -= available;
        cursor = w->second;
    }
    return {};
}

qint64 WorkCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from || problem())
        return 0;
    qint64 total = 0;
    QDate date = from.toTimeZone(m_zone).date();
    const QDate last = to.toTimeZone(m_zone).date();
    for (; date <= last; date = date.addDays(1)) {
        const auto w = window(date);
        if (!w)
            continue;
        const QDateTime start = std::max(w->first, from.toUTC());
        const QDateTime end = std::min(w->second, to.toUTC());
        if (end > start)
            total += start.secsTo(end);
    }
    return total;
}

std::optional<QString> WorkCalendar::problem() const
{
    if (!m_zone.isValid())
        return tr("The time zone of the work calendar is not valid.");
    bool anyDay = false;
    for (int day = 0; day < 7; ++day) {
        const std::optional<Hours> &h = m_hours[size_t(day)];
        if (!h)
            continue;
        if (!h->start.isValid() || !h->end.isValid() || h->end <= h->start) {
            return tr("Working hours on %1 must end after they start (field \"%2\").")
                .arg(QLocale().dayName(day + 1), QLatin1String(dayKeys[day]));
        }
        anyDay = true;
    }
    if (!anyDay)
        return tr("The work calendar needs at least one working day.");
    return std::nullopt;
}

QJsonObject WorkCalendar::toJson() const
{
    QJsonObject hours;
    for (int day = 0; day < 7; ++day) {
        const std::optional<Hours> &h = m_hours[size_t(day)];
        hours.insert(QLatin1String(dayKeys[day]),
                     h ? QJsonValue(QJsonArray{h->start.toString(QStringLiteral("HH:mm")),
                                               h->end.toString(QStringLiteral("HH:mm"))})
                       : QJsonValue());
    }
    QList<QDate> sorted(m_holidays.cbegin(), m_holidays.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray holidays;
    for (const QDate &date : sorted)
        holidays.append(date.toString(Qt::ISODate));
    return {{QStringLiteral("time_zone"), QString::fromUtf8(m_zone.id())},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("holidays"), holidays}};
}

WorkCalendar WorkCalendar::fromJson(const QJsonObject &json)
{
    WorkCalendar calendar;
    const QString zoneId = json.value(QStringLiteral("time_zone")).toString();
    if (!zoneId.isEmpty()) {
        calendar.m_zone = QTimeZone(zoneId.toUtf8());
        if (!calendar.m_zone.isValid()) {
            throw Error(Error::Kind::Validation,
                        tr("Unknown time zone \"%1\" (field \"time_zone\").").arg(zoneId));
        }
    }
    if (json.contains(QStringLiteral("hours"))) {
        const QJsonObject hours = json.value(QStringLiteral("hours")).toObject();
        for (int day = 0; day < 7; ++day) {
            const QJsonValue value = hours.value(QLatin1String(dayKeys[day]));
            if (value.isNull() || value.isUndefined()) {
                calendar.m_hours[size_t(day)].reset();
                continue;
            }
            const QJsonArray pair = value.toArray();
            const QTime start = QTime::fromString(pair.at(0).toString(), QStringLiteral("HH:mm"));
            const QTime end = QTime::fromString(pair.at(1).toString(), QStringLiteral("HH:mm"));
            if (pair.size() != 2 || !start.isValid() || !end.isValid()) {
                throw Error(Error::Kind::Validation,
                            tr("Working hours must look like [\"09:00\", \"18:00\"] (field "
                               "\"hours.%1\").")
                                .arg(QLatin1String(dayKeys[day])));
            }
            calendar.m_hours[size_t(day)] = Hours{start, end};
        }
    }
    for (const QJsonValue &value : json.value(QStringLiteral("holidays")).toArray()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid()) {
            throw Error(Error::Kind::Validation, tr("\"%1\" is not a date like 2026-01-07 (field "
                                                    "\"holidays\").")
                                                     .arg(value.toString()));
        }
        calendar.m_holidays.insert(date);
    }
    calendar.invalidate();
    if (const auto problem = calendar.problem())
        throw Error(Error::Kind::Validation, *problem);
    return calendar;
}

} // namespace LeadPact
