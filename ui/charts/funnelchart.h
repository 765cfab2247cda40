// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartwidget.h"

namespace LeadPact {

// The funnel: one centred horizontal bar per stage, widest at the top, each labelled with its
// count and the conversion from the stage above; the side counts (rejected, lost) follow in
// grey below. A click on a stage emits itemClicked(0, stage) — side counts continue the
// numbering after the stages (stages.size() + i).
class FunnelChart final : public ChartWidget
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setData(const FunnelData &data);
    const FunnelData &data() const { return m_data; }
    // The stage or side count at `index` (stages first).
    const FunnelItem *item(int index) const;
    int itemCount() const { return int(m_data.stages.size() + m_data.sideCounts.size()); }

protected:
    void populate(QChart *chart, bool interactive) override;
    std::optional<QPointF> itemScenePosition(QChart *chart, int series, int category) const override;

private:
    QString axisLabel(int index) const;
    QString toolTipText(int index) const;
    qint64 widest() const;

    FunnelData m_data;
};

} // namespace LeadPact
