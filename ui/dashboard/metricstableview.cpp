// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstableview.h"

#include "charts/chartstyle.h"
#include "metricstablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace LeadPact {

namespace {

// Underlines the numbers a click lists the leads of, like links.
class DrillDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(MetricsTableModel::DrillableRole).toBool())
            option->font.setUnderline(true);
    }
};

} // namespace

MetricsTableView::MetricsTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new MetricsTableModel(this))
{
    setModel(m_model);
    setFont(ChartStyle::labelFont());
    setItemDelegate(new DrillDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setFont(ChartStyle::labelFont());
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    // clicked() and Enter, not activated(): a style that activates on a single click would
    // list the leads twice.
    connect(this, &QAbstractItemView::clicked, this, &MetricsTableView::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MetricsTableView::fitHeight);
    fitHeight();
}

void MetricsTableView::fitHeight()
{
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 10);
    const int rows = std::max(1, m_model->rowCount());
    // Room for a horizontal scroll bar too: a narrow window scrolls the columns.
    const int height = horizontalHeader()->sizeHint().height()
                       + rows * verticalHeader()->defaultSectionSize()
                       + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth();
    setFixedHeight(height);
}

void MetricsTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        activate(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void MetricsTableView::activate(const QModelIndex &index)
{
    if (index.isValid() && m_model->isDrillable(index.row(), index.column()))
        emit cellActivated(index.row(), index.column());
}

} // namespace LeadPact
