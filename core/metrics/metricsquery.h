// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

// Which leads a dashboard or `leadpact-cli metrics` looks at: those that ARRIVED between two
// local dates (both inclusive, in the team's time zone: the SLA policy's calendar zone), with
// optional channel, campaign and manager filters. See docs/metrics.md.
struct MetricsQuery
{
    Q_DECLARE_TR_FUNCTIONS(MetricsQuery)

public:
    enum class Preset { Week, Month, Quarter, Custom };

    QDate from;                      // first local day, inclusive
    QDate to;                        // last local day, inclusive
    QString channel;                 // empty: every channel
    QString campaign;                // the lead's `campaign`; empty: every campaign
    std::optional<qint64> managerId; // the lead's owner; nothing: everybody

    // The ISO week (Monday to Sunday), calendar month or calendar quarter that holds `day`.
    static MetricsQuery week(const QDate &day);
    static MetricsQuery month(const QDate &day);
    static MetricsQuery quarter(const QDate &day);
    // The preset period holding `today`; Custom gives the single day `today`.
    static MetricsQuery preset(Preset preset, const QDate &today);
    static QString presetCode(Preset preset); // "week", "month", "quarter", "custom"
    static std::optional<Preset> presetFromString(const QString &text);

    // The half-open UTC interval [start, end) of arrival times the period covers in `zone`.
    QDateTime utcStart(const QTimeZone &zone) const;
    QDateTime utcEnd(const QTimeZone &zone) const;
    qint64 days() const { return from.isValid() && to.isValid() ? from.daysTo(to) + 1 : 0; }

    // Why the query cannot run (missing or reversed dates), or nothing when fine.
    std::optional<QString> problem() const;

    bool operator==(const MetricsQuery &other) const = default;
};

} // namespace LeadPact
