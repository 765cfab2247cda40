// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartwidget.h"

namespace LeadPact {

// The weekly trend: lines over the weeks, counts on the left axis and percentages (0–100) on
// the right one. A click on a point emits itemClicked(line, week), the lines numbered counts
// first, then percentages.
class TrendChart final : public ChartWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setData(const TrendData &data);
    const TrendData &data() const { return m_data; }
    // The line at `index` (counts first, then percentages).
    const ChartSeries *line(int index) const;

protected:
    void populate(QChart *chart, bool interactive) override;
    std::optional<QPointF> itemScenePosition(QChart *chart, int series, int category) const override;

private:
    bool isPercentLine(int index) const { return index >= m_data.counts.size(); }
    QString toolTipText(int line, int week) const;

    TrendData m_data;
};

} // namespace LeadPact
