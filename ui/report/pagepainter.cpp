// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepainter.h"

#include "domain/error.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace LeadPact {

namespace {

constexpr double cellPadding = 4;

} // namespace

PagePainter::PagePainter(QPagedPaintDevice &device)
    : m_device(device)
{
    if (!m_painter.begin(&device))
        throw Error(Error::Kind::Storage, tr("Could not start drawing the pages."));
    // 1000 units across the printable width; fonts are sized in the same units.
    const double scale = double(device.width()) / width;
    m_painter.scale(scale, scale);
    m_height = double(device.height()) / scale;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

PagePainter::~PagePainter()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PagePainter::setPageDecoration(std::function<void(PagePainter &)> decoration, double contentTop)
{
    m_decoration = std::move(decoration);
    m_top = contentTop;
}

void PagePainter::startFirstPage()
{
    m_page = 1;
    if (m_decoration)
        m_decoration(*this);
}

void PagePainter::newPage()
{
    if (m_page == 0) {
        startFirstPage();
        return;
    }
    m_device.newPage();
    ++m_page;
    if (m_decoration)
        m_decoration(*this);
}

double PagePainter::ensureSpace(double y, double needed)
{
    if (y + needed <= bottom())
        return y;
    newPage();
    return m_top;
}

QFont PagePainter::font(double size, bool bold)
{
    QFont result;
    result.setPixelSize(std::max(1, int(size + 0.5)));
    result.setBold(bold);
    return result;
}

double PagePainter::textHeight(double textWidth, const QString &text, double size, bool bold) const
{
    const QFontMetricsF metrics(font(size, bold), &m_device);
    return metrics
        .boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

double PagePainter::text(const QRectF &rect,
                         const QString &text,
                         double size,
                         bool bold,
                         const QColor &color,
                         Qt::Alignment alignment)
{
    m_painter.setFont(font(size, bold));
    m_painter.setPen(color);
    QRectF used;
    m_painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 1e6),
                       int(alignment | Qt::AlignTop) | Qt::TextWordWrap,
                       text,
                       &used);
    return used.height();
}

void PagePainter::line(double y, const QColor &color, double thickness)
{
    m_painter.setPen(QPen(color, thickness));
    m_painter.drawLine(QPointF(0, y), QPointF(width, y));
}

double PagePainter::table(const PageTable &table, double y)
{
    const auto rowHeight = [&](const QStringList &cells, bool bold) {
        double h = 0;
        for (qsizetype c = 0; c < cells.size() && c < table.widths.size(); ++c) {
            h = std::max(h,
                         textHeight(table.widths[c] - 2 * cellPadding,
                                    cells[c],
                                    table.fontSize,
                                    bold));
        }
        return h + 2 * cellPadding;
    };
    const auto drawRow = [&](const QStringList &cells,
                             double top,
                             bool bold,
                             const QList<QColor> &colors) {
        double x = 0;
        for (qsizetype c = 0; c < cells.size() && c < table.widths.size(); ++c) {
            const Qt::Alignment alignment = table.alignments.value(c, Qt::AlignLeft);
            text(QRectF(x + cellPadding, top + cellPadding, table.widths[c] - 2 * cellPadding, 0),
                 cells[c],
                 table.fontSize,
                 bold,
                 colors.value(c, Qt::black),
                 alignment);
            x += table.widths[c];
        }
    };
    const auto header = [&](double top) {
        const double h = rowHeight(table.headers, true);
        m_painter.fillRect(QRectF(0, top, width, h), QColor(0xe8, 0xec, 0xf2));
        drawRow(table.headers, top, true, {});
        return top + h;
    };
    y = ensureSpace(y, 3 * rowHeight(table.headers, true));
    y = header(y);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.boldRows.contains(int(r));
        const double h = rowHeight(table.rows[r], bold);
        if (y + h > bottom()) {
            newPage();
            y = header(m_top);
        }
        drawRow(table.rows[r], y, bold, table.colors.value(r));
        y += h;
        line(y, QColor(0xcc, 0xcc, 0xcc), 0.5);
    }
    return y;
}

void PagePainter::writePdf(const QString &path,
                           const QString &title,
                           const std::function<void(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Storage,
                    tr("Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("LeadPact"));
        // Screen resolution: charts lay out their text at the same size they paint it.
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        paint(writer);
    }
    if (!file.commit()) {
        throw Error(Error::Kind::Storage,
                    tr("Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace LeadPact
