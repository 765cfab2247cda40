// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace LeadPact {

class ImportWizard;
struct ImportResult;

// Step 5: the import itself on the import thread, a progress bar in bytes of the file and a
// Cancel button (cancelling rolls everything back); moves on to the summary when done.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(qint64 done, qint64 total);
    void finished(const ImportResult &result);
    void failed(const QString &message);
    void cancel();

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QObject *m_connections = nullptr;
    bool m_done = false;
};

} // namespace LeadPact
