// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace LeadPact {

class ImportWizard;

// Step 3: the first rows as the import would store them (core's ImportPreview): normalised
// phones, arrival times in the user's time zone, incomplete rows marked, every cell the import
// would reject highlighted with its reason in the tooltip, and the count of problems.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    static QColor problemColour();
    static QColor incompleteColour();

private:
    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    bool m_ok = false;
};

} // namespace LeadPact
