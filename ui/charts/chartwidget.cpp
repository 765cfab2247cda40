// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

// Draws `chart` alone, laid out at `size`, on `painter` (already set to `size`).
void renderChart(QChart *chart, const QSizeF &size, QPainter &painter)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    chart->layout()->activate();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    scene.removeItem(chart);
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("chartView"));
    styleChart(m_view->chart());
}

ChartWidget::~ChartWidget() = default;

QChart *ChartWidget::chart() const
{
    return m_view->chart();
}

QWidget *ChartWidget::viewport() const
{
    return m_view->viewport();
}

QSize ChartWidget::sizeHint() const
{
    const int em = QFontMetrics(ChartStyle::labelFont()).height();
    return QSize(em * 34, em * 20);
}

QSize ChartWidget::minimumSizeHint() const
{
    const int em = QFontMetrics(ChartStyle::labelFont()).height();
    return QSize(em * 18, em * 12);
}

void ChartWidget::setTitle(const QString &title)
{
    m_title = title;
    rebuild();
}

void ChartWidget::prepare(QChart *target)
{
    styleChart(target);
    populate(target, target == chart());
    const QList<QAbstractAxis *> axes = target->axes();
    for (QAbstractAxis *axis : axes) {
        // Whole labels down the side (a stage, a channel, a translated bucket name): the plot
        // gives way. Along the bottom, overlapping labels would hide each other: cut them.
        axis->setTruncateLabels(axis->orientation() == Qt::Horizontal);
        axis->setLabelsFont(ChartStyle::labelFont());
        axis->setLabelsColor(ChartStyle::textColor());
        axis->setTitleFont(ChartStyle::labelFont());
        axis->setTitleBrush(ChartStyle::textColor());
        axis->setGridLineColor(ChartStyle::gridColor());
    }
}

void ChartWidget::styleChart(QChart *target) const
{
    target->setAnimationOptions(QChart::NoAnimation);
    target->setBackgroundRoundness(0);
    target->setTitle(m_title);
    target->setTitleFont(ChartStyle::titleFont());
    target->setTitleBrush(ChartStyle::textColor());
    target->legend()->setFont(ChartStyle::labelFont());
    target->legend()->setLabelColor(ChartStyle::textColor());
    target->legend()->setAlignment(Qt::AlignBottom);
}

void ChartWidget::rebuild()
{
    hideToolTip();
    QChart *shown = chart();
    shown->removeAllSeries();
    const QList<QAbstractAxis *> axes = shown->axes();
    for (QAbstractAxis *axis : axes) {
        shown->removeAxis(axis);
        delete axis;
    }
    prepare(shown);
}

QImage ChartWidget::toImage(const QSize &pixelSize)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(Qt::white);
    // A chart of its own drawn from the data: the one on screen keeps its size and state.
    QChart copy;
    prepare(&copy);
    QPainter painter(&image);
    renderChart(&copy, QSizeF(pixelSize), painter);
    return image;
}

bool ChartWidget::exportPng(const QString &path, const QSize &pixelSize)
{
    return toImage(pixelSize).save(path, "PNG");
}

bool ChartWidget::exportSvg(const QString &path, const QSize &size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_title);
    generator.setDescription(tr("LeadPact chart"));
    QChart copy;
    prepare(&copy);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    renderChart(&copy, QSizeF(size), painter);
    return painter.end();
}

void ChartWidget::render(QPainter &painter, const QRectF &target)
{
    const QSizeF size = painter.transform().mapRect(target).size();
    if (size.isEmpty())
        return;
    QChart copy;
    prepare(&copy);
    QGraphicsScene scene;
    scene.addItem(&copy);
    copy.resize(size);
    copy.layout()->activate();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, QRectF(QPointF(0, 0), size));
    painter.restore();
    scene.removeItem(&copy);
}

std::optional<QPointF> ChartWidget::itemScenePosition(QChart *, int, int) const
{
    return std::nullopt;
}

std::optional<QPoint> ChartWidget::itemPosition(int series, int category) const
{
    const std::optional<QPointF> scenePoint = itemScenePosition(chart(), series, category);
    if (!scenePoint)
        return std::nullopt;
    return m_view->mapFromScene(*scenePoint);
}

void ChartWidget::showToolTip(const QString &text)
{
    m_toolTip = text;
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartWidget::hideToolTip()
{
    m_toolTip.clear();
    QToolTip::hideText();
}

} // namespace LeadPact
