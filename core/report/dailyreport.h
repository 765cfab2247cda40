// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

class Database;

// What one manager's leads did on one day.
struct DailyReportRow
{
    std::optional<qint64> managerId; // nothing: leads nobody owns yet
    QString managerName;
    int received = 0;  // leads that arrived that day
    int contacted = 0; // first contacts logged that day
    int inWork = 0;    // at the end of the day: contacted, not yet qualified, rejected or closed
    int qualified = 0; // qualified (SQL) that day
    int rejected = 0;  // rejected that day (each reason counted below)
    int won = 0;       // won that day
    QMap<QString, qint64> wonAmountMinor; // currency -> sum of the won deals' amounts
    int slaMisses = 0; // first-contact deadlines that fell that day and were missed
    QMap<QString, int> rejectionsByReason; // reason code -> count

    bool isEmpty() const;
};

// The daily status report sales owes marketing: per manager, what happened to the leads on a
// chosen day in the team's time zone. Built with a few grouped SQL scans, never lead by lead.
struct DailyReport
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)

public:
    QDate date;
    QTimeZone zone;
    QDateTime from; // UTC start of the day
    QDateTime to;   // UTC start of the next day
    QDateTime generatedAt;
    QList<DailyReportRow> rows; // managers by name; the unassigned row last, when not empty
    DailyReportRow total;
    QMap<QString, QString> reasonTitles; // rejection reason code -> title in the UI language

    // `now` decides which deadlines of the day have passed (a report for today is partial).
    static DailyReport build(Database &db, const QDate &date, const QTimeZone &zone,
                             const QDateTime &now);
};

} // namespace LeadPact
