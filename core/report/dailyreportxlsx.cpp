// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportxlsx.h"

#include "dailyreport.h"
#include "domain/error.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <xlsxwriter.h>

#include <cstdio>
#include <memory>

namespace LeadPact {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DailyReportXlsx", text);
}

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

// libxlsxwriter takes UTF-8 C strings; each value is copied into the file's shared strings
// when written, so the temporary only has to live for the call.
class Sheet
{
public:
    explicit Sheet(lxw_worksheet *sheet)
        : m_sheet(sheet)
    {}
    void text(int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                     value.toUtf8().constData(), format));
    }
    void number(int row, int column, double value, lxw_format *format = nullptr)
    {
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    void width(int first, int last, double width)
    {
        check(worksheet_set_column(m_sheet, lxw_col_t(first), lxw_col_t(last), width, nullptr));
    }
    lxw_worksheet *handle() const { return m_sheet; }

private:
    static void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR) {
            throw Error(Error::Kind::Storage, tr("Could not write the workbook: %1.")
                                                  .arg(QString::fromUtf8(lxw_strerror(error))));
        }
    }
    lxw_worksheet *m_sheet;
};

} // namespace

void writeDailyReportXlsx(const DailyReport &report, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        throw Error(Error::Kind::Storage, tr("Could not write the workbook %1: the folder %2 does "
                                             "not exist.")
                                              .arg(QDir::toNativeSeparators(path),
                                                   QDir::toNativeSeparators(target.absolutePath())));
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    std::unique_ptr<lxw_workbook, WorkbookCloser> owner(
        workbook_new(QFile::encodeName(partial).constData()));
    lxw_workbook *workbook = owner.get();
    if (!workbook) {
        throw Error(Error::Kind::Storage, tr("Could not create the workbook %1.")
                                              .arg(QDir::toNativeSeparators(path)));
    }
    lxw_format *title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *totalText = workbook_add_format(workbook);
    format_set_bold(totalText);
    format_set_top(totalText, LXW_BORDER_THIN);
    lxw_format *totalNumber = workbook_add_format(workbook);
    format_set_bold(totalNumber);
    format_set_top(totalNumber, LXW_BORDER_THIN);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_format *totalMoney = workbook_add_format(workbook);
    format_set_num_format(totalMoney, "#,##0.00");
    format_set_bold(totalMoney);
    format_set_top(totalMoney, LXW_BORDER_THIN);

    const QLocale locale;
    const QString day = locale.toString(report.date, QLocale::ShortFormat);
    const QStringList currencies = report.total.wonAmountMinor.keys();

    Sheet summary(workbook_add_worksheet(workbook, tr("Status").toUtf8().constData()));
    summary.text(0, 0, tr("Daily status report for %1 (%2)")
                           .arg(day, QString::fromUtf8(report.zone.id())), title);
    summary.text(1, 0, tr("Generated %1").arg(locale.toString(report.generatedAt.toTimeZone(report.zone),
                                                              QLocale::ShortFormat)));
    QStringList columns = {tr("Manager"), tr("Received"), tr("Contacted"), tr("In work"),
                           tr("Qualified (SQL)"), tr("Rejected"), tr("Won")};
    for (const QString &currency : currencies)
        columns.append(tr("Revenue, %1").arg(currency));
    columns.append(tr("SLA misses"));
    const int headerRow = 3;
    for (int c = 0; c < columns.size(); ++c)
        summary.text(headerRow, c, columns[c], header);
    summary.width(0, 0, 28);
    summary.width(1, int(columns.size()) - 1, 13);
    worksheet_freeze_panes(summary.handle(), lxw_row_t(headerRow + 1), 1);

    int row = headerRow + 1;
    const auto writeRow = [&](const DailyReportRow &r, bool total) {
        lxw_format *textFormat = total ? totalText : nullptr;
        lxw_format *numberFormat = total ? totalNumber : nullptr;
        summary.text(row, 0, r.managerName, textFormat);
        const int counts[] = {r.received, r.contacted, r.inWork, r.qualified, r.rejected, r.won};
        int c = 1;
        for (int value : counts)
            summary.number(row, c++, value, numberFormat);
        for (const QString &currency : currencies)
            summary.number(row, c++, double(r.wonAmountMinor.value(currency)) / 100.0,
                           total ? totalMoney : money);
        summary.number(row, c, r.slaMisses, numberFormat);
        ++row;
    };
    for (const DailyReportRow &r : report.rows)
        writeRow(r, false);
    writeRow(report.total, true);

    Sheet reasons(workbook_add_worksheet(workbook, tr("Rejections").toUtf8().constData()));
    reasons.text(0, 0, tr("Rejections by reason, %1").arg(day), title);
    reasons.text(2, 0, tr("Manager"), header);
    reasons.text(2, 1, tr("Reason"), header);
    reasons.text(2, 2, tr("Code"), header);
    reasons.text(2, 3, tr("Leads"), header);
    reasons.width(0, 1, 30);
    reasons.width(2, 3, 16);
    int line = 3;
    for (const DailyReportRow &r : report.rows) {
        for (auto it = r.rejectionsByReason.cbegin(); it != r.rejectionsByReason.cend(); ++it) {
            reasons.text(line, 0, r.managerName);
            reasons.text(line, 1, report.reasonTitles.value(it.key(), it.key()));
            reasons.text(line, 2, it.key());
            reasons.number(line, 3, it.value());
            ++line;
        }
    }

    lxw_workbook *closing = owner.release();
    const lxw_error closed = workbook_close(closing);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        throw Error(Error::Kind::Storage, tr("Could not write the workbook %1: %2.")
                                              .arg(QDir::toNativeSeparators(path),
                                                   QString::fromUtf8(lxw_strerror(closed))));
    }
    // rename(2) replaces an existing file in one step.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        throw Error(Error::Kind::Storage, tr("Could not write the workbook %1.")
                                              .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace LeadPact
