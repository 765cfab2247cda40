// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportdialog.h"

#include "dailyreportdocument.h"
#include "dialogrunner.h"
#include "domain/error.h"
#include "report/dailyreportxlsx.h"
#include "service/clock.h"
#include "service/policyservice.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadPact {

DailyReportDialog::DailyReportDialog(Database &db,
                                     const Clock &clock,
                                     DialogRunner &runner,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_runner(runner)
    , m_date(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("dailyReportDialog"));
    setWindowTitle(tr("Daily status report"));
    try {
        m_zone = PolicyService(db, clock).slaPolicy().calendar.timeZone();
    } catch (const Error &error) {
        m_zone = QTimeZone::utc();
        m_message->setText(error.message());
    }
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(clock.now().toTimeZone(m_zone).date());
    m_table->setObjectName(QStringLiteral("dailyReportTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_date);
    top->addWidget(new QLabel(tr("(time zone %1)").arg(QString::fromUtf8(m_zone.id())), this));
    top->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("dailyPdfButton"));
    QPushButton *xlsx = buttons->addButton(tr("XLSX…"), QDialogButtonBox::ActionRole);
    xlsx->setObjectName(QStringLiteral("dailyXlsxButton"));
    QPushButton *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("dailyPrintButton"));
    connect(pdf, &QPushButton::clicked, this, &DailyReportDialog::exportPdf);
    connect(xlsx, &QPushButton::clicked, this, &DailyReportDialog::exportXlsx);
    connect(print, &QPushButton::clicked, this, &DailyReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1100, 520);

    connect(m_date, &QDateEdit::dateChanged, this, &DailyReportDialog::showDate);
    showDate(m_date->date());
}

void DailyReportDialog::showDate(const QDate &date)
{
    if (m_date->date() != date) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(date);
    }
    try {
        m_report = DailyReport::build(m_db, date, m_zone, m_clock.now());
        m_message->clear();
    } catch (const Error &error) {
        m_report = DailyReport();
        m_message->setText(error.message());
    }
    fill();
}

void DailyReportDialog::fill()
{
    QStringList headers = DailyReportDocument::headers();
    headers.append(tr("Rejection reasons"));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<DailyReportRow> rows = m_report.rows;
    DailyReportRow total = m_report.total;
    total.managerName = DailyReportDocument::tr("Total");
    rows.append(total);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells = DailyReportDocument::cells(rows[r]);
        QStringList reasons;
        for (auto it = rows[r].rejectionsByReason.cbegin(); it != rows[r].rejectionsByReason.cend();
             ++it)
            reasons.append(
                tr("%1: %2").arg(m_report.reasonTitles.value(it.key(), it.key())).arg(it.value()));
        cells.append(reasons.join(QStringLiteral("; ")));
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == cells.size() - 1)
                item->setToolTip(cells[c]); // the whole list where the column cuts it
            if (c > 0 && c < cells.size() - 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == rows.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
}

void DailyReportDialog::exportPdf()
{
    const QString path
        = m_runner.saveFileName(tr("Save the daily report as PDF"),
                                tr("daily-report-%1.pdf").arg(m_report.date.toString(Qt::ISODate)),
                                tr("PDF files (*.pdf)"),
                                this);
    if (path.isEmpty())
        return;
    try {
        DailyReportDocument(m_report).writePdf(path);
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        m_message->setText(error.message());
    }
}

void DailyReportDialog::exportXlsx()
{
    const QString path
        = m_runner.saveFileName(tr("Save the daily report as an Excel workbook"),
                                tr("daily-report-%1.xlsx").arg(m_report.date.toString(Qt::ISODate)),
                                tr("Excel workbooks (*.xlsx)"),
                                this);
    if (path.isEmpty())
        return;
    try {
        writeDailyReportXlsx(m_report, path);
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        m_message->setText(error.message());
    }
}

void DailyReportDialog::print()
{
    const DailyReportDocument document(m_report);
    m_runner.print(
        document.title(), [&document](QPrinter *printer) { document.print(*printer); }, this);
}

} // namespace LeadPact
