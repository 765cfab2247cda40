// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reason.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace LeadPact {

// A search-as-you-type list of the active reasons of one catalog: the search box ("reasonSearch")
// filters the list ("reasonList") case-insensitively by the Russian and English titles and by
// the code. Up and Down in the search box move through the list, and a search that leaves one
// reason chooses it, so a reason can be picked without the mouse.
class ReasonPicker final : public QWidget
{
    Q_OBJECT

public:
    ReasonPicker(const ReasonCatalog &catalog, ReasonKind kind, QWidget *parent = nullptr);

    // The chosen reason, or nullptr when none is selected (or the search hid it).
    const Reason *currentReason() const;
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void currentReasonChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void moveSelection(int step);

    QList<Reason> m_reasons;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
};

} // namespace LeadPact
