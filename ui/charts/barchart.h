// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartwidget.h"

class QAbstractBarSeries;
class QBarSet;

namespace LeadPact {

// Bars by category, grouped side by side or stacked, vertical or horizontal: the channel
// comparison, rejection reasons by channel (stacked), cycle and deal size per channel. A click on
// a bar (segment) emits itemClicked(series, category) in the terms of the input data.
class BarChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    void setData(const BarChartData &data);
    const BarChartData &data() const { return m_data; }

protected:
    void populate(QChart *chart, bool interactive) override;
    std::optional<QPointF> itemScenePosition(QChart *chart, int series,
                                             int category) const override;

private:
    // One bar set per category (each in its category's colour) instead of one per series.
    bool coloursByCategory() const;
    // The input (series, category) a bar set's bar stands for.
    std::pair<int, int> itemOf(int setIndex, int barIndex) const;
    // Where a category is drawn along its axis: horizontal charts list the first category at
    // the top, and Qt Charts draws index 0 at the bottom.
    int slotOf(int category) const;
    QString toolTipText(int series, int category) const;

    BarChartData m_data;
};

} // namespace LeadPact
