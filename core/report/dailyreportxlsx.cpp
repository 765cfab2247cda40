// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportxlsx.h"

#include "common/xlsxfile.h"
#include "dailyreport.h"

#include <QCoreApplication>
#include <QLocale>

namespace LeadPact {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DailyReportXlsx", text);
}

} // namespace

void writeDailyReportXlsx(const DailyReport &report, const QString &path)
{
    XlsxFile file(path);
    const QLocale locale;
    const QString day = locale.toString(report.date, QLocale::ShortFormat);
    const QStringList currencies = report.total.wonAmountMinor.keys();

    file.addSheet(tr("Status"));
    file.text(0, 0, tr("Daily status report for %1 (%2)")
                        .arg(day, QString::fromUtf8(report.zone.id())),
              file.titleFormat());
    file.text(1, 0, tr("Generated %1")
                        .arg(locale.toString(report.generatedAt.toTimeZone(report.zone),
                                             QLocale::ShortFormat)));
    QStringList columns = {tr("Manager"), tr("Received"), tr("Contacted"), tr("In work"),
                           tr("Qualified (SQL)"), tr("Rejected"), tr("Won")};
    for (const QString &currency : currencies)
        columns.append(tr("Revenue, %1").arg(currency));
    columns.append(tr("SLA misses"));
    const int headerRow = 3;
    for (int c = 0; c < columns.size(); ++c)
        file.text(headerRow, c, columns[c], file.boldFormat());
    file.setColumnWidth(0, 0, 28);
    file.setColumnWidth(1, int(columns.size()) - 1, 13);
    file.freezeRows(headerRow + 1, 1);

    int row = headerRow + 1;
    const auto writeRow = [&](const DailyReportRow &r, bool total) {
        lxw_format *plain = total ? file.totalFormat() : nullptr;
        file.text(row, 0, r.managerName, plain);
        const int counts[] = {r.received, r.contacted, r.inWork, r.qualified, r.rejected, r.won};
        int c = 1;
        for (int value : counts)
            file.number(row, c++, value, plain);
        for (const QString &currency : currencies)
            file.number(row, c++, double(r.wonAmountMinor.value(currency)) / 100.0,
                        total ? file.totalMoneyFormat() : file.moneyFormat());
        file.number(row, c, r.slaMisses, plain);
        ++row;
    };
    for (const DailyReportRow &r : report.rows)
        writeRow(r, false);
    writeRow(report.total, true);

    file.addSheet(tr("Rejections"));
    file.text(0, 0, tr("Rejections by reason, %1").arg(day), file.titleFormat());
    file.text(2, 0, tr("Manager"), file.boldFormat());
    file.text(2, 1, tr("Reason"), file.boldFormat());
    file.text(2, 2, tr("Code"), file.boldFormat());
    file.text(2, 3, tr("Leads"), file.boldFormat());
    file.setColumnWidth(0, 1, 30);
    file.setColumnWidth(2, 3, 16);
    int line = 3;
    for (const DailyReportRow &r : report.rows) {
        for (auto it = r.rejectionsByReason.cbegin(); it != r.rejectionsByReason.cend(); ++it) {
            file.text(line, 0, r.managerName);
            file.text(line, 1, report.reasonTitles.value(it.key(), it.key()));
            file.text(line, 2, it.key());
            file.number(line, 3, it.value());
            ++line;
        }
    }
    file.commit();
}

} // namespace LeadPact
