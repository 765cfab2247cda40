// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"

#include <QTableView>

#include <optional>

class QSettings;

namespace LeadPact {

class LeadTableModel;
struct LeadFilter;

// The queue table over a LeadTableModel: whole-row selection, fixed row heights (cheap with a
// million rows), never sorted by the view. Re-reading the data keeps the selected lead selected
// (found again near its old row) and the scroll position. Enter or a double click emits
// activated() for the current row.
class QueueView final : public QTableView
{
    Q_OBJECT

public:
    explicit QueueView(LeadTableModel *model, QWidget *parent = nullptr);

    LeadTableModel *leadModel() const { return m_model; }
    // The lead on the current row, if any.
    std::optional<Lead> currentLead() const;
    // Makes `row` current and selected, and scrolls to it.
    void selectRow(int row);
    // Re-reads with `filter` without a reset: keeps the selected lead and the scroll position.
    void refreshKeepingPlace(const LeadFilter &filter);
    // Resets to `filter` and selects the first row.
    void showFilter(const LeadFilter &filter);

    void saveColumnWidths(QSettings &settings) const;
    void restoreColumnWidths(const QSettings &settings);

signals:
    // The current row shows another lead (or the same lead re-read): the detail follows.
    void currentLeadChanged();

private:
    void setDefaultColumnWidths();

    LeadTableModel *m_model;
};

} // namespace LeadPact
