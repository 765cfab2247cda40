// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/dailyreport.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace LeadPact {

// The daily status report on paper: the per-manager table with a total row, then rejections by
// reason per manager; A4 landscape, the table continuing on further pages with its header.
class DailyReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPact::DailyReportDocument)

public:
    explicit DailyReportDocument(DailyReport report);

    void print(QPagedPaintDevice &device) const;
    // Throws Error when the file cannot be written.
    void writePdf(const QString &path) const;

    // The table's columns and cells, shared with the on-screen report.
    static QStringList headers();
    static QStringList cells(const DailyReportRow &row);
    // The reasons that occur in the report, most frequent first.
    static QStringList reasonCodes(const DailyReport &report);
    QString title() const;

private:
    DailyReport m_report;
};

} // namespace LeadPact
