// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace LeadPact {

class ImportWizard;

// Step 6: what the import did — committed or nothing changed, said first and plainly — with
// every count, the rejected rows (row, line, column, value, reason) and "Save error report
// (CSV)…".
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;

private:
    void saveErrors();
    void setCount(const char *name, qint64 value);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QFormLayout *m_counts;
    QTableWidget *m_rejected;
    QPushButton *m_save;
    QLabel *m_saved;
};

} // namespace LeadPact
