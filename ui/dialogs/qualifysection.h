// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionsection.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace LeadPact {

// "Qualify": the SQL checklist ("need", "budget", "authority" — the core requires all three),
// an optional expected amount ("amount") and notes ("comment").
class QualifySection final : public ActionSection
{
    Q_OBJECT

public:
    explicit QualifySection(QWidget *parent = nullptr);

    void fillRequest(TransitionRequest &request) const override;
    QStringList inputProblems() const override;
    QWidget *firstField() const override;

private:
    QCheckBox *m_need = nullptr;
    QCheckBox *m_budget = nullptr;
    QCheckBox *m_authority = nullptr;
    QLineEdit *m_amount = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace LeadPact
