// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsquery.h"

namespace LeadPact {

namespace {

MetricsQuery span(const QDate &from, const QDate &to)
{
    MetricsQuery query;
    query.from = from;
    query.to = to;
    return query;
}

// Local midnight of `day` in `zone` as a UTC moment. A day that starts inside a DST gap
// starts at the first moment that exists.
QDateTime localMidnight(const QDate &day, const QTimeZone &zone)
{
    QDateTime start(day, QTime(0, 0), zone);
    if (!start.isValid())
        start = QDateTime(day, QTime(1, 0), zone);
    return start.toUTC();
}

} // namespace

MetricsQuery MetricsQuery::week(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return span(monday, monday.addDays(6));
}

MetricsQuery MetricsQuery::month(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return span(first, first.addMonths(1).addDays(-1));
}

MetricsQuery MetricsQuery::quarter(const QDate &day)
{
    const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return span(first, first.addMonths(3).addDays(-1));
}

MetricsQuery MetricsQuery::preset(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::Week:
        return week(today);
    case Preset::Month:
        return month(today);
    case Preset::Quarter:
        return quarter(today);
    case Preset::Custom:
        break;
    }
    return span(today, today);
}

QString MetricsQuery::presetCode(Preset preset)
{
    switch (preset) {
    case Preset::Week:
        return QStringLiteral("week");
    case Preset::Month:
        return QStringLiteral("month");
    case Preset::Quarter:
        return QStringLiteral("quarter");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<MetricsQuery::Preset> MetricsQuery::presetFromString(const QString &text)
{
    for (Preset preset : {Preset::Week, Preset::Month, Preset::Quarter, Preset::Custom}) {
        if (text.compare(presetCode(preset), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

QDateTime MetricsQuery::utcStart(const QTimeZone &zone) const
{
    return localMidnight(from, zone);
}

QDateTime MetricsQuery::utcEnd(const QTimeZone &zone) const
{
    return localMidnight(to.addDays(1), zone);
}

std::optional<QString> MetricsQuery::problem() const
{
    if (!from.isValid() || !to.isValid())
        return tr("A period needs both its first and its last day (fields \"from\" and \"to\").");
    if (to < from) {
        return tr("The period ends on %1, before it starts on %2 (fields \"from\" and \"to\").")
            .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
    }
    return std::nullopt;
}

} // namespace LeadPact
