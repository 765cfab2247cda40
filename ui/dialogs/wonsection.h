// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionsection.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace LeadPact {

// "Mark won": the deal amount ("amount"), its currency ("currency", RUB by default; other ISO
// codes may be typed) and the payment date ("paidOn", today by default).
class WonSection final : public ActionSection
{
    Q_OBJECT

public:
    WonSection(const QDate &today, QWidget *parent = nullptr);

    void fillRequest(TransitionRequest &request) const override;
    QStringList inputProblems() const override;
    QWidget *firstField() const override;

private:
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_paidOn = nullptr;
};

} // namespace LeadPact
