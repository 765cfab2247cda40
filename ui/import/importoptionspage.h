// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace LeadPact {

class ImportWizard;
struct ImportResult;

// Step 4: new leads or updates of existing ones by external id; all or nothing (the default)
// or "import the valid rows, report the rest"; keep or skip possible duplicates; and a dry run
// that does the whole import on the import thread, shows the counts and changes nothing.
// Next ("Import") starts the import.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // "8000 rows: 7990 new, …" for a finished run, in plain words.
    static QString countsText(const ImportResult &result);

private:
    void optionsChanged();
    void dryRun();
    void dryRunFinished(const ImportResult &result);
    void dryRunFailed(const QString &message);
    void showProgress(qint64 done, qint64 total);

    ImportWizard *m_wizard;
    QRadioButton *m_insert;
    QRadioButton *m_update;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_partial;
    QComboBox *m_duplicates;
    QLabel *m_problems;
    QPushButton *m_dryRun;
    QProgressBar *m_progress;
    QLabel *m_dryRunResult;
    bool m_blocking = false;
    bool m_running = false;
    bool m_autoUpdate = false; // update mode was chosen for the mapping's outcomes
};

} // namespace LeadPact
