// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace LeadPact {

namespace {

// Bar labels stay readable only while there are few bars.
constexpr int maxLabelledBars = 24;
// Room above the longest bar for its label.
constexpr double headroom = 1.18;
// Beside a horizontal bar, the label is as wide as its digits.
constexpr double headroomBeside = 1.3;

double shownValue(double value, ValueFormat format)
{
    // Bar labels print the value itself: round it the way tooltips do.
    switch (format) {
    case ValueFormat::Percent:
    case ValueFormat::Days:
        return std::round(value * 10.0) / 10.0;
    default:
        return std::round(value);
    }
}

QAbstractBarSeries *makeSeries(bool stacked, bool horizontal)
{
    if (horizontal) {
        return stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                       : new QHorizontalBarSeries;
    }
    return stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
}

} // namespace

BarChart::BarChart(QWidget *parent)
    : ChartWidget(parent)
{
}

void BarChart::setData(const BarChartData &data)
{
    m_data = data;
    rebuild();
}

bool BarChart::coloursByCategory() const
{
    return m_data.series.size() == 1 && m_data.categoryColors.size() == m_data.categories.size()
           && !m_data.categories.isEmpty();
}

int BarChart::slotOf(int category) const
{
    return m_data.horizontal ? int(m_data.categories.size()) - 1 - category : category;
}

std::pair<int, int> BarChart::itemOf(int setIndex, int barIndex) const
{
    // slotOf() is its own inverse.
    return coloursByCategory() ? std::pair(0, setIndex) : std::pair(setIndex, slotOf(barIndex));
}

QString BarChart::toolTipText(int series, int category) const
{
    if (series < 0 || series >= m_data.series.size() || category < 0
        || category >= m_data.categories.size())
        return QString();
    const ChartSeries &data = m_data.series.at(series);
    QString text = QString(m_data.categories.at(category)).replace(QLatin1Char('\n'),
                                                                   QLatin1Char(' '));
    if (m_data.series.size() > 1 || !data.label.isEmpty())
        text += QStringLiteral(" — ") + data.label;
    text += QStringLiteral(": ")
            + ChartStyle::formatValue(data.values.value(category), m_data.format);
    if (category < data.details.size() && !data.details.at(category).isEmpty())
        text += QLatin1Char('\n') + data.details.at(category);
    return text;
}

void BarChart::populate(QChart *chart, bool interactive)
{
    chart->setLocalizeNumbers(true);
    const bool byCategory = coloursByCategory();
    QAbstractBarSeries *series = makeSeries(m_data.stacked || byCategory, m_data.horizontal);
    const int bars = int(m_data.categories.size() * m_data.series.size());
    const bool labelled = !m_data.stacked && bars <= maxLabelledBars;
    double maxValue = 0;
    QList<double> stackTotals(m_data.categories.size(), 0.0);

    const auto addSet = [&](const QString &label, const QColor &color) {
        auto *set = new QBarSet(label);
        set->setColor(color);
        set->setBorderColor(color.darker(140));
        set->setLabelColor(ChartStyle::textColor());
        set->setLabelFont(ChartStyle::labelFont());
        series->append(set);
        return set;
    };
    if (byCategory) {
        const ChartSeries &only = m_data.series.first();
        for (int category = 0; category < m_data.categories.size(); ++category) {
            QBarSet *set = addSet(m_data.categories.at(category),
                                  m_data.categoryColors.at(category));
            for (int slot = 0; slot < m_data.categories.size(); ++slot) {
                const double value = slot == slotOf(category) ? only.values.value(category) : 0.0;
                set->append(shownValue(value, m_data.format));
            }
            maxValue = std::max(maxValue, only.values.value(category));
        }
    } else {
        for (int index = 0; index < m_data.series.size(); ++index) {
            const ChartSeries &data = m_data.series.at(index);
            const QColor color = data.color.isValid() ? data.color
                                                      : ChartStyle::paletteColor(index);
            QBarSet *set = addSet(data.label, color);
            for (int slot = 0; slot < m_data.categories.size(); ++slot) {
                const double value = data.values.value(slotOf(slot));
                set->append(shownValue(value, m_data.format));
                stackTotals[slot] += std::max(0.0, value);
                maxValue = std::max(maxValue, value);
            }
        }
        if (m_data.stacked) {
            for (double total : std::as_const(stackTotals))
                maxValue = std::max(maxValue, total);
        }
    }
    series->setBarWidth(m_data.series.size() > 1 && !m_data.stacked ? 0.8 : 0.6);
    if (labelled) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        // The values are rounded for display already: print them whole, never as 1e+06.
        series->setLabelsPrecision(15);
    }
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (int slot = 0; slot < m_data.categories.size(); ++slot)
        categoryAxis->append(ChartStyle::axisLabel(m_data.categories.at(slotOf(slot))));
    categoryAxis->setTitleText(m_data.categoryAxisTitle);
    auto *valueAxis = new QValueAxis;
    const double room = labelled ? (m_data.horizontal ? headroomBeside : headroom) : 1.05;
    valueAxis->setRange(0, maxValue > 0 ? maxValue * room : 1.0);
    valueAxis->applyNiceNumbers();
    // Localised numbers: Qt Charts keeps the text after the number as it is (no "%%").
    valueAxis->setLabelFormat(m_data.format == ValueFormat::Percent ? QStringLiteral("%.0f %")
                                                                    : QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_data.valueAxisTitle);
    chart->addAxis(categoryAxis, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(!byCategory && m_data.series.size() > 1);
    chart->legend()->setAlignment(m_data.legendAlignment);

    if (!interactive)
        return;
    const auto setIndexOf = [series](QBarSet *set) { return int(series->barSets().indexOf(set)); };
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, setIndexOf](bool status, int index, QBarSet *set) {
                if (!status) {
                    hideToolTip();
                    return;
                }
                const auto [seriesIndex, category] = itemOf(setIndexOf(set), index);
                showToolTip(toolTipText(seriesIndex, category));
            });
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, setIndexOf](int index, QBarSet *set) {
                const auto [seriesIndex, category] = itemOf(setIndexOf(set), index);
                emit itemClicked(seriesIndex, category);
            });
}

std::optional<QPointF> BarChart::itemScenePosition(QChart *chart, int series,
                                                   int category) const
{
    if (series < 0 || series >= m_data.series.size() || category < 0
        || category >= m_data.categories.size() || chart->series().isEmpty())
        return std::nullopt;
    const double value = m_data.series.at(series).values.value(category);
    if (value <= 0)
        return std::nullopt;
    const auto *barSeries = static_cast<const QAbstractBarSeries *>(chart->series().first());
    double along = slotOf(category); // the position along the category axis
    double base = 0;         // where the bar starts along the value axis
    if (coloursByCategory()) {
        // one bar per category, centred on it
    } else if (m_data.stacked) {
        for (int below = 0; below < series; ++below)
            base += std::max(0.0, m_data.series.at(below).values.value(category));
    } else {
        // Qt Charts lays a group of N bars over barWidth of the category, side by side.
        const double width = barSeries->barWidth();
        const auto count = double(m_data.series.size());
        along = along - width / 2 + (series + 0.5) * width / count;
    }
    const double middle = base + value / 2;
    const QPointF point = m_data.horizontal ? QPointF(middle, along) : QPointF(along, middle);
    return chart->mapToScene(chart->mapToPosition(point, chart->series().first()));
}

} // namespace LeadPact
