// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace LeadPact {

namespace {

const QColor stageColor(0x00, 0x72, 0xB2);
const QColor sideColor(0x8C, 0x8C, 0x8C);

} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : ChartWidget(parent)
{
}

void FunnelChart::setData(const FunnelData &data)
{
    m_data = data;
    rebuild();
}

const FunnelItem *FunnelChart::item(int index) const
{
    if (index >= 0 && index < m_data.stages.size())
        return &m_data.stages.at(index);
    index -= int(m_data.stages.size());
    if (index >= 0 && index < m_data.sideCounts.size())
        return &m_data.sideCounts.at(index);
    return nullptr;
}

qint64 FunnelChart::widest() const
{
    qint64 widest = 0;
    for (int index = 0; index < itemCount(); ++index)
        widest = std::max(widest, item(index)->count);
    return widest;
}

QString FunnelChart::axisLabel(int index) const
{
    // The stage on one line, its numbers under it: long stage names are never cut.
    const FunnelItem *stage = item(index);
    QString numbers = ChartStyle::formatCount(stage->count);
    if (stage->stepConversionPct)
        numbers += QStringLiteral(" · ") + ChartStyle::formatPercent(*stage->stepConversionPct);
    return ChartStyle::axisLabel(stage->label + QLatin1Char('\n') + numbers);
}

QString FunnelChart::toolTipText(int index) const
{
    const FunnelItem *stage = item(index);
    if (!stage)
        return QString();
    QString text = stage->label + QStringLiteral(": ") + ChartStyle::formatCount(stage->count);
    if (stage->stepConversionPct) {
        text += QLatin1Char('\n')
                + tr("Conversion from the previous stage: %1")
                      .arg(ChartStyle::formatPercent(*stage->stepConversionPct));
    }
    return text;
}

void FunnelChart::populate(QChart *chart, bool interactive)
{
    // A stacked bar per stage: an invisible margin of half the missing width, then the stage,
    // so the bars are centred like a funnel. Qt Charts draws category 0 at the bottom, so the
    // categories go in reverse.
    auto *series = new QHorizontalStackedBarSeries;
    auto *margin = new QBarSet(QString());
    margin->setColor(Qt::transparent);
    margin->setBorderColor(Qt::transparent);
    auto *stages = new QBarSet(tr("Stage"));
    stages->setColor(stageColor);
    stages->setBorderColor(stageColor.darker(140));
    auto *sides = new QBarSet(tr("Outside the funnel"));
    sides->setColor(sideColor);
    sides->setBorderColor(sideColor.darker(140));
    const qint64 width = std::max<qint64>(1, widest());
    QStringList labels;
    for (int row = itemCount() - 1; row >= 0; --row) {
        const FunnelItem *stage = item(row);
        const bool isStage = row < m_data.stages.size();
        margin->append(double(width - stage->count) / 2.0);
        stages->append(isStage ? double(stage->count) : 0.0);
        sides->append(isStage ? 0.0 : double(stage->count));
        labels.append(axisLabel(row));
    }
    series->append(margin);
    series->append(stages);
    series->append(sides);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    categoryAxis->setLineVisible(false);
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, double(width));
    valueAxis->setLabelsVisible(false);
    valueAxis->setLineVisible(false);
    valueAxis->setGridLineVisible(false);
    if (m_data.endToEndPct) {
        chart->setTitle(tr("%1 (end to end: %2)")
                            .arg(chart->title(), ChartStyle::formatPercent(*m_data.endToEndPct)));
    }
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(false);

    if (!interactive)
        return;
    const auto indexOf = [this, margin](QBarSet *set, int bar) {
        return set == margin ? -1 : itemCount() - 1 - bar;
    };
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, indexOf](bool status, int bar, QBarSet *set) {
                const int index = indexOf(set, bar);
                if (status && index >= 0)
                    showToolTip(toolTipText(index));
                else
                    hideToolTip();
            });
    connect(series, &QAbstractBarSeries::clicked, this, [this, indexOf](int bar, QBarSet *set) {
        if (const int index = indexOf(set, bar); index >= 0)
            emit itemClicked(0, index);
    });
}

std::optional<QPointF> FunnelChart::itemScenePosition(QChart *chart, int series,
                                                      int category) const
{
    const FunnelItem *stage = item(category);
    if (series != 0 || !stage || stage->count <= 0 || chart->series().isEmpty())
        return std::nullopt;
    const double middle = double(std::max<qint64>(1, widest())) / 2.0;
    const QPointF point(middle, double(itemCount() - 1 - category));
    return chart->mapToScene(chart->mapToPosition(point, chart->series().first()));
}

} // namespace LeadPact
