// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include "importjob.h"
#include "importwizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadPact {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
{
    setTitle(tr("Importing"));
    // No way back from here: the options page before is the commit page.
    setSubTitle(tr("Cancelling leaves the database exactly as it was."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("importProgressLabel"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

void ImportRunPage::initializePage()
{
    ImportDraft &draft = m_wizard->draft();
    draft.result.reset();
    draft.failure.clear();
    m_done = false;
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1…").arg(draft.sample ? draft.sample->fileName : draft.path));
    m_cancel->setEnabled(true);
    ImportJob *job = m_wizard->job();
    delete m_connections;
    m_connections = new QObject(this);
    connect(job, &ImportJob::progressed, m_connections, [this](qint64 done, qint64 total) {
        showProgress(done, total);
    });
    connect(job, &ImportJob::finished, m_connections, [this](const ImportResult &result) {
        finished(result);
    });
    connect(job, &ImportJob::failed, m_connections, [this](const QString &message) {
        failed(message);
    });
    ImportOptions options = draft.options;
    options.dryRun = false;
    job->start(draft.path, draft.runMapping(), options, m_wizard->user());
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (m_done)
        return;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (!m_wizard->job()->isCancelling()) {
        const QLocale locale;
        m_status->setText(tr("%1 of %2 read.")
                              .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    }
}

void ImportRunPage::cancel()
{
    m_wizard->job()->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: rolling back…"));
}

void ImportRunPage::finished(const ImportResult &result)
{
    m_wizard->draft().result = result;
    m_done = true;
    m_cancel->setEnabled(false);
    m_progress->setValue(m_progress->maximum());
    m_connections->deleteLater();
    m_connections = nullptr;
    if (result.committed)
        emit m_wizard->imported();
    emit completeChanged();
    // On to the summary once this slot has returned.
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

void ImportRunPage::failed(const QString &message)
{
    m_wizard->draft().failure = message;
    m_done = true;
    m_cancel->setEnabled(false);
    m_connections->deleteLater();
    m_connections = nullptr;
    emit completeChanged();
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

} // namespace LeadPact
