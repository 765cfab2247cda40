// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace LeadPact {

TrendChart::TrendChart(QWidget *parent)
    : ChartWidget(parent)
{
}

void TrendChart::setData(const TrendData &data)
{
    m_data = data;
    rebuild();
}

const ChartSeries *TrendChart::line(int index) const
{
    if (index >= 0 && index < m_data.counts.size())
        return &m_data.counts.at(index);
    index -= int(m_data.counts.size());
    if (index >= 0 && index < m_data.percentages.size())
        return &m_data.percentages.at(index);
    return nullptr;
}

QString TrendChart::toolTipText(int lineIndex, int week) const
{
    const ChartSeries *data = line(lineIndex);
    if (!data || week < 0 || week >= m_data.weeks.size())
        return QString();
    QString text = m_data.weeks.at(week) + QStringLiteral(" — ") + data->label + QStringLiteral(": ")
                   + ChartStyle::formatValue(data->values.value(week),
                                             isPercentLine(lineIndex) ? ValueFormat::Percent
                                                                      : ValueFormat::Count);
    if (week < data->details.size() && !data->details.at(week).isEmpty())
        text += QLatin1Char('\n') + data->details.at(week);
    return text;
}

void TrendChart::populate(QChart *chart, bool interactive)
{
    chart->setLocalizeNumbers(true);
    auto *weekAxis = new QCategoryAxis;
    weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int week = 0; week < m_data.weeks.size(); ++week)
        weekAxis->append(ChartStyle::axisLabel(m_data.weeks.at(week)), week);
    weekAxis->setRange(-0.3, std::max<double>(1.0, double(m_data.weeks.size()) - 0.7));
    weekAxis->setGridLineVisible(false);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    countAxis->setTitleText(m_data.countAxisTitle);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %"));
    percentAxis->setTitleText(m_data.percentAxisTitle);
    percentAxis->setGridLineVisible(false);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(percentAxis, Qt::AlignRight);

    double maxCount = 0;
    const int lines = int(m_data.counts.size() + m_data.percentages.size());
    for (int index = 0; index < lines; ++index) {
        const ChartSeries *data = line(index);
        auto *series = new QLineSeries;
        series->setName(data->label);
        QPen pen(data->color.isValid() ? data->color : ChartStyle::paletteColor(index));
        pen.setWidthF(3.0);
        // Percentages dashed: told apart from counts without relying on colour.
        if (isPercentLine(index))
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (int week = 0; week < m_data.weeks.size(); ++week) {
            const double value = data->values.value(week);
            series->append(week, value);
            if (!isPercentLine(index))
                maxCount = std::max(maxCount, value);
        }
        chart->addSeries(series);
        series->attachAxis(weekAxis);
        series->attachAxis(isPercentLine(index) ? percentAxis : countAxis);
        if (!interactive)
            continue;
        const auto weekOf = [this](const QPointF &point) {
            return std::clamp(int(std::lround(point.x())), 0,
                              std::max(0, int(m_data.weeks.size()) - 1));
        };
        connect(series, &QLineSeries::hovered, this,
                [this, index, weekOf](const QPointF &point, bool state) {
                    if (state)
                        showToolTip(toolTipText(index, weekOf(point)));
                    else
                        hideToolTip();
                });
        connect(series, &QLineSeries::clicked, this, [this, index, weekOf](const QPointF &point) {
            emit itemClicked(index, weekOf(point));
        });
    }
    countAxis->setRange(0, maxCount > 0 ? maxCount * 1.1 : 1.0);
    countAxis->applyNiceNumbers();
    chart->legend()->setVisible(true);
}

std::optional<QPointF> TrendChart::itemScenePosition(QChart *chart, int series,
                                                     int category) const
{
    const QList<QAbstractSeries *> all = chart->series();
    if (series < 0 || series >= all.size() || category < 0 || category >= m_data.weeks.size())
        return std::nullopt;
    const QPointF point(category, line(series)->values.value(category));
    return chart->mapToScene(chart->mapToPosition(point, all.at(series)));
}

} // namespace LeadPact
