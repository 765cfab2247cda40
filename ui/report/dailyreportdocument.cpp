// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreportdocument.h"

#include "meeting/meetingsnapshot.h"
#include "meeting/meetingtheme.h"
#include "pagepainter.h"

#include <QLocale>
#include <QPagedPaintDevice>

#include <algorithm>

namespace LeadPact {

DailyReportDocument::DailyReportDocument(DailyReport report)
    : m_report(std::move(report))
{}

QString DailyReportDocument::title() const
{
    return tr("Daily status report for %1")
        .arg(QLocale().toString(m_report.date, QLocale::LongFormat));
}

QStringList DailyReportDocument::headers()
{
    return {tr("Manager"),
            tr("Received"),
            tr("Contacted"),
            tr("In work"),
            tr("Qualified"),
            tr("Rejected"),
            tr("Won"),
            tr("Revenue"),
            tr("SLA misses")};
}

QStringList DailyReportDocument::cells(const DailyReportRow &row)
{
    QStringList revenue;
    for (auto it = row.wonAmountMinor.cbegin(); it != row.wonAmountMinor.cend(); ++it)
        revenue.append(MeetingFormat::money(it.value(), it.key()));
    const QLocale locale;
    return {row.managerName,
            locale.toString(row.received),
            locale.toString(row.contacted),
            locale.toString(row.inWork),
            locale.toString(row.qualified),
            locale.toString(row.rejected),
            locale.toString(row.won),
            revenue.isEmpty() ? QStringLiteral("—") : revenue.join(QLatin1Char('\n')),
            locale.toString(row.slaMisses)};
}

QStringList DailyReportDocument::reasonCodes(const DailyReport &report)
{
    QStringList codes = report.total.rejectionsByReason.keys();
    std::stable_sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        return report.total.rejectionsByReason.value(a) > report.total.rejectionsByReason.value(b);
    });
    return codes;
}

void DailyReportDocument::writePdf(const QString &path) const
{
    PagePainter::writePdf(path, title(), [this](QPagedPaintDevice &device) { print(device); });
}

void DailyReportDocument::print(QPagedPaintDevice &device) const
{
    PagePainter pages(device);
    pages.setPageDecoration(
        [this](PagePainter &p) {
            p.text(QRectF(0, 0, 700, 30), title(), 22, true, MeetingTheme::accent());
            p.text(QRectF(600, 6, 400, 20),
                   tr("Time zone: %1").arg(QString::fromUtf8(m_report.zone.id())),
                   12,
                   false,
                   MeetingTheme::muted(),
                   Qt::AlignRight);
            p.line(34, MeetingTheme::accent(), 1.5);
            const QString footer = tr("LeadPact · generated %1 · page %2")
                                       .arg(QLocale().toString(m_report.generatedAt.toLocalTime(),
                                                               QLocale::ShortFormat))
                                       .arg(p.page());
            p.text(QRectF(0, p.height() - 18, PagePainter::width, 18),
                   footer,
                   10,
                   false,
                   MeetingTheme::muted(),
                   Qt::AlignRight);
        },
        46);
    pages.startFirstPage();

    PageTable table;
    table.headers = headers();
    table.widths = {190, 90, 95, 90, 95, 90, 75, 170, 105};
    table.alignments = {Qt::AlignLeft};
    for (int i = 1; i < table.headers.size(); ++i)
        table.alignments.append(Qt::AlignRight);
    for (const DailyReportRow &row : m_report.rows)
        table.rows.append(cells(row));
    DailyReportRow total = m_report.total;
    total.managerName = tr("Total");
    table.rows.append(cells(total));
    table.boldRows = {int(table.rows.size()) - 1};
    double y = pages.table(table, pages.top());

    // Rejections by reason: a row per manager who rejected, a column per reason that occurred.
    const QStringList codes = reasonCodes(m_report);
    y = pages.ensureSpace(y + 24, 90);
    y += pages.text(QRectF(0, y, PagePainter::width, 0), tr("Rejections by reason"), 17, true) + 6;
    if (codes.isEmpty()) {
        pages.text(QRectF(0, y, PagePainter::width, 0),
                   tr("No lead was rejected that day."),
                   13,
                   false,
                   MeetingTheme::muted());
        return;
    }
    PageTable reasons;
    reasons.fontSize = 12;
    reasons.headers = {tr("Manager")};
    const double reasonWidth = std::min(120.0, 810.0 / double(codes.size()));
    reasons.widths = {190};
    reasons.alignments = {Qt::AlignLeft};
    for (const QString &code : codes) {
        reasons.headers.append(m_report.reasonTitles.value(code, code));
        reasons.widths.append(reasonWidth);
        reasons.alignments.append(Qt::AlignRight);
    }
    const auto reasonCells = [&](const DailyReportRow &row, const QString &name) {
        QStringList line = {name};
        for (const QString &code : codes)
            line.append(QLocale().toString(row.rejectionsByReason.value(code)));
        return line;
    };
    for (const DailyReportRow &row : m_report.rows) {
        if (row.rejected > 0)
            reasons.rows.append(reasonCells(row, row.managerName));
    }
    reasons.rows.append(reasonCells(m_report.total, tr("Total")));
    reasons.boldRows = {int(reasons.rows.size()) - 1};
    pages.table(reasons, y);
}

} // namespace LeadPact
