// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QLabel;
class QTableWidget;

namespace LeadPact {

class SpendService;

// The small marketing-spend editor: one row per channel, one column per month (the twelve
// months up to `lastMonth`), amounts in `currency`. Saving checks every cell first and writes
// nothing if one is not an amount; an emptied cell removes its entry. For marketing, the head
// of sales and admin (SpendService checks).
class SpendDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int months = 12;

    SpendDialog(SpendService &service,
                const User &actor,
                const QStringList &channels,
                const QString &currency,
                QWidget *parent = nullptr,
                const QDate &lastMonth = QDate::currentDate());

    // Something was saved.
    bool hasChanged() const { return m_changed; }
    // Saves the edited cells; false (with the reason shown) when a cell is not an amount or
    // core refused.
    bool save();

    void accept() override;

private:
    void load();
    QDate monthOf(int column) const { return m_firstMonth.addMonths(column); }

    SpendService &m_service;
    User m_actor;
    QStringList m_channels;
    QString m_currency;
    QDate m_firstMonth;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    // The stored amounts, "row:column" -> minor units.
    QHash<QString, qint64> m_stored;
    bool m_changed = false;
};

} // namespace LeadPact
