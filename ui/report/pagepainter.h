// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace LeadPact {

// A table as a report page draws it: column widths in page units, one alignment per column,
// rows of text; `colors` (optional, per row and column) overrides the text colour.
struct PageTable
{
    QStringList headers;
    QList<double> widths;
    QList<Qt::Alignment> alignments;
    QList<QStringList> rows;
    QList<QList<QColor>> colors;
    QList<int> boldRows;
    double fontSize = 13;
};

// Paints report pages (PDF, printer) in a fixed logical space — 1000 units across the page's
// printable width, whatever the device's resolution — so a page looks the same in a PDF and on
// paper. Everything is drawn as vector paths and text (text stays selectable in the PDF). The
// page header/footer comes from a callback run on every new page.
class PagePainter final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPact::PagePainter)

public:
    static constexpr double width = 1000;

    // Begins painting on `device`; throws Error when it cannot (e.g. the file is not writable).
    explicit PagePainter(QPagedPaintDevice &device);
    ~PagePainter();
    PagePainter(const PagePainter &) = delete;
    PagePainter &operator=(const PagePainter &) = delete;

    QPainter &painter() { return m_painter; }
    double height() const { return m_height; }
    // Where content starts below the header, and where it must end above the footer.
    double top() const { return m_top; }
    double bottom() const { return m_height - 30; }
    int page() const { return m_page; }

    // Runs on every page, the first included (call before the first draw).
    void setPageDecoration(std::function<void(PagePainter &)> decoration, double contentTop);
    void startFirstPage();
    void newPage();
    // A new page when fewer than `needed` units are left below `y`; returns the y to use.
    double ensureSpace(double y, double needed);

    static QFont font(double size, bool bold = false);
    // Draws wrapped text in `rect`'s width starting at its top; returns the height used.
    double text(const QRectF &rect,
                const QString &text,
                double size,
                bool bold = false,
                const QColor &color = Qt::black,
                Qt::Alignment alignment = Qt::AlignLeft);
    double textHeight(double width, const QString &text, double size, bool bold = false) const;
    // Draws the table from `y` on, onto new pages (header repeated) as needed; returns the y
    // below it.
    double table(const PageTable &table, double y);
    void line(double y, const QColor &color = QColor(0x99, 0x99, 0x99), double thickness = 0.8);

    // Writes a PDF through `paint`: A4 landscape, the file replaced only when complete.
    static void writePdf(const QString &path,
                         const QString &title,
                         const std::function<void(QPagedPaintDevice &)> &paint);

private:
    QPagedPaintDevice &m_device;
    QPainter m_painter;
    double m_height = 0;
    double m_top = 0;
    int m_page = 0;
    std::function<void(PagePainter &)> m_decoration;
};

} // namespace LeadPact
