// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QPainter;

namespace LeadPact {

// The base of every dashboard chart and the only kind of class that touches Qt Charts (Qt
// Charts is deprecated after Qt 6.10 in favour of Qt Graphs: these classes are the one place to
// swap). A subclass turns its plain input data into series on a QChart in populate(); the base
// gives every chart the shared look (ChartStyle), tooltips, itemClicked() for a click on a bar
// or stage, and export to PNG at an exact pixel size and to SVG — both drawn from the data again
// on a chart of their own, so the result does not depend on the window's size or the screen's
// scaling.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }

    // The chart drawn at exactly `pixelSize` device pixels (device pixel ratio 1).
    QImage toImage(const QSize &pixelSize);
    // Write the chart as a PNG of exactly `pixelSize` pixels / as an SVG of `size`; false (and
    // nothing written) when the file cannot be written.
    bool exportPng(const QString &path, const QSize &pixelSize);
    bool exportSvg(const QString &path, const QSize &size);
    // Draws the chart into `target` (painter coordinates) as vector paths and text, laid out
    // at the device size `target` maps to, so fonts keep their size: for PDF and print pages.
    void render(QPainter &painter, const QRectF &target);

    // Where the item (series, category) is drawn, in the coordinates of viewport() — where a
    // click on it lands. Nothing for an item that is not drawn.
    std::optional<QPoint> itemPosition(int series, int category) const;
    QWidget *viewport() const;
    // The text of the tooltip shown last (empty when none is shown).
    QString currentToolTip() const { return m_toolTip; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A bar, a bar segment, a funnel stage or a trend point was clicked: the series and the
    // category in the input data.
    void itemClicked(int series, int category);

protected:
    // Adds the series and axes for the current data to `chart` (empty, titled, its fonts set;
    // the axes are styled after). When `interactive`, connects hover and click signals too
    // (not for exports). It may change the chart's title.
    virtual void populate(QChart *chart, bool interactive) = 0;
    // The point in `chart`'s scene at the centre of the item, if it is drawn.
    virtual std::optional<QPointF> itemScenePosition(QChart *chart, int series, int category) const;
    // Draws the current data again on the chart shown.
    void rebuild();
    void showToolTip(const QString &text);
    void hideToolTip();
    QChart *chart() const;

private:
    // Styles `target` and fills it with the current data.
    void prepare(QChart *target);
    void styleChart(QChart *target) const;

    QChartView *m_view = nullptr;
    QString m_title;
    QString m_toolTip;
};

} // namespace LeadPact
