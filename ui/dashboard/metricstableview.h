// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace LeadPact {

class MetricsTableModel;

// The metrics table on the dashboard: fonts as large as the charts', numbers right-aligned,
// drillable cells underlined; a click (or Enter) on one emits cellActivated() with the row and
// the model's column. It is as tall as its rows (the dashboard scrolls, not each table).
class MetricsTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit MetricsTableView(QWidget *parent = nullptr);

    MetricsTableModel *metricsModel() const { return m_model; }

signals:
    void cellActivated(int row, int column);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitHeight();
    void activate(const QModelIndex &index);

    MetricsTableModel *m_model;
};

} // namespace LeadPact
