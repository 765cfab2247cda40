// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonpicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadPact {

namespace {

enum Roles {
    IndexRole = Qt::UserRole + 1, // position in m_reasons
    SearchRole,                   // every text the search matches
};

} // namespace

ReasonPicker::ReasonPicker(const ReasonCatalog &catalog, ReasonKind kind, QWidget *parent)
    : QWidget(parent)
    , m_reasons(catalog.active(kind))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    for (int i = 0; i < m_reasons.size(); ++i) {
        const Reason &reason = m_reasons.at(i);
        auto *item = new QStandardItem(reason.title());
        item->setEditable(false);
        item->setToolTip(reason.code);
        item->setData(i, IndexRole);
        item->setData(QStringList {reason.titleRu, reason.titleEn, reason.code}.join(
                          QLatin1Char('\n')),
                      SearchRole);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("reasonSearch"));
    m_search->setPlaceholderText(tr("Type to search reasons"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("reasonList"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 7);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, this, &ReasonPicker::applySearch);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ReasonPicker::currentReasonChanged);
}

const Reason *ReasonPicker::currentReason() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return nullptr;
    const int index = selected.first().data(IndexRole).toInt();
    return index >= 0 && index < m_reasons.size() ? &m_reasons.at(index) : nullptr;
}

void ReasonPicker::applySearch(const QString &text)
{
    m_filter->setFilterFixedString(text.trimmed());
    if (m_filter->rowCount() == 1 && !currentReason()) {
        const QModelIndex only = m_filter->index(0, 0);
        m_list->selectionModel()->setCurrentIndex(only, QItemSelectionModel::ClearAndSelect);
    }
    // Rows that the filter removed leave the selection without always saying so.
    emit currentReasonChanged();
}

void ReasonPicker::moveSelection(int step)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() && currentReason()
                        ? std::clamp(current.row() + step, 0, rows - 1)
                        : (step > 0 ? 0 : rows - 1);
    m_list->selectionModel()->setCurrentIndex(m_filter->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect);
}

bool ReasonPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace LeadPact
