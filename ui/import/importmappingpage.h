// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importmapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace LeadPact {

class ImportWizard;

// Step 2: one row per source column with the lead field it fills (or "— skip —"), filled in
// from the chosen preset or by the columns' names; how the file writes dates and in which time
// zone, the currency of amounts, the duplicate window; "Save preset…" writes the JSON the CLI
// reads. What the mapping lacks is explained in plain words below, and a mapping the import
// would refuse keeps Next disabled.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The combo of the table row showing source column `row`.
    QComboBox *fieldCombo(int row) const;

private:
    void fill();
    void fieldChosen(int row);
    void settingsChanged();
    void savePreset();
    void updateProblems();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_dateFormat;
    QComboBox *m_timeZone;
    QComboBox *m_currency;
    QSpinBox *m_window;
    QLabel *m_problems;
    QLabel *m_saved;
    QStringList m_unmatched; // preset columns the file lacks
    bool m_blocking = false;
    bool m_filling = false;
};

} // namespace LeadPact
