// SPDX-License-Identifier: GPL-3.0-or-later
#include "importoptionspage.h"

#include "import/importpreview.h"
#include "importjob.h"
#include "importwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LeadPact {

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_insert(new QRadioButton(tr("Add &new leads (a known external id updates its lead)"), this))
    , m_update(new QRadioButton(tr("&Update existing leads by external id, with their outcomes "
                                   "(nothing is added)"),
                                this))
    , m_allOrNothing(new QRadioButton(tr("&All or nothing: one unreadable row and nothing is "
                                         "imported"),
                                      this))
    , m_partial(new QRadioButton(tr("Import the &valid rows, report the rest"), this))
    , m_duplicates(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_progress(new QProgressBar(this))
    , m_dryRunResult(new QLabel(this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("Try a dry run first: it does the whole import, shows the counts and "
                   "changes nothing."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_insert->setObjectName(QStringLiteral("importModeInsert"));
    m_update->setObjectName(QStringLiteral("importModeUpdate"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_partial->setObjectName(QStringLiteral("importPartial"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_insert);
    modeGroup->addButton(m_update);
    auto *failGroup = new QButtonGroup(this);
    failGroup->addButton(m_allOrNothing);
    failGroup->addButton(m_partial);
    m_insert->setChecked(true);
    m_allOrNothing->setChecked(true);

    m_duplicates->setObjectName(QStringLiteral("importDuplicatesCombo"));
    m_duplicates->addItem(tr("Keep them, flagged as possible duplicates"), false);
    m_duplicates->addItem(tr("Skip them"), true);
    m_problems->setObjectName(QStringLiteral("importOptionsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dryRun->setObjectName(QStringLiteral("importDryRunButton"));
    m_progress->setObjectName(QStringLiteral("importDryRunProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_dryRunResult->setObjectName(QStringLiteral("importDryRunResult"));
    m_dryRunResult->setWordWrap(true);
    m_dryRunResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *mode = new QGroupBox(tr("What the rows do"), this);
    auto *modeLayout = new QVBoxLayout(mode);
    modeLayout->addWidget(m_insert);
    modeLayout->addWidget(m_update);
    auto *failure = new QGroupBox(tr("Rows that cannot be read"), this);
    auto *failureLayout = new QVBoxLayout(failure);
    failureLayout->addWidget(m_allOrNothing);
    failureLayout->addWidget(m_partial);
    auto *form = new QFormLayout;
    form->addRow(tr("Possible du&plicates:"), m_duplicates);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mode);
    layout->addWidget(failure);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_dryRun, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_dryRunResult);
    layout->addStretch(1);

    for (QRadioButton *button : {m_insert, m_update, m_allOrNothing, m_partial})
        connect(button, &QRadioButton::toggled, this, &ImportOptionsPage::optionsChanged);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportOptionsPage::optionsChanged);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportOptionsPage::dryRun);
}

void ImportOptionsPage::initializePage()
{
    const ImportMapping &mapping = m_wizard->draft().mapping;
    const bool outcomes = std::any_of(mapping.columns.cbegin(),
                                      mapping.columns.cend(),
                                      [](const ColumnMapping &c) {
                                          return isOutcomeField(c.field);
                                      });
    // Outcomes only go onto existing leads; back to new leads when the mapping that made the
    // wizard choose an update no longer has them.
    if (outcomes) {
        m_autoUpdate = !m_update->isChecked() || m_autoUpdate;
        m_update->setChecked(true);
    } else if (m_autoUpdate) {
        m_autoUpdate = false;
        m_insert->setChecked(true);
    }
    m_dryRunResult->clear();
    optionsChanged();
}

void ImportOptionsPage::optionsChanged()
{
    ImportOptions &options = m_wizard->draft().options;
    options.updateExisting = m_update->isChecked();
    options.partial = m_partial->isChecked();
    options.duplicates = m_duplicates->currentData().toBool() ? ImportOptions::Duplicates::Skip
                                                              : ImportOptions::Duplicates::Keep;
    options.dryRun = false;
    QStringList blocking;
    for (const MappingProblem &problem :
         ImportPreview::problems(m_wizard->draft().mapping, options.updateExisting)) {
        if (problem.blocking)
            blocking.append(problem.text);
    }
    m_blocking = !blocking.isEmpty();
    m_problems->setText(blocking.join(QLatin1Char('\n')));
    m_dryRunResult->clear();
    m_dryRun->setEnabled(!m_blocking && !m_running);
    emit completeChanged();
}

bool ImportOptionsPage::isComplete() const
{
    return !m_blocking && !m_running;
}

void ImportOptionsPage::dryRun()
{
    ImportJob *job = m_wizard->job();
    if (job->isRunning())
        return;
    m_running = true;
    m_dryRun->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_dryRunResult->setText(tr("Dry run in progress…"));
    emit completeChanged();
    // One-shot connections: the run page uses the same job afterwards.
    auto *context = new QObject(this);
    connect(job, &ImportJob::progressed, context, [this](qint64 done, qint64 total) {
        showProgress(done, total);
    });
    connect(job, &ImportJob::finished, context, [this, context](const ImportResult &result) {
        context->deleteLater();
        dryRunFinished(result);
    });
    connect(job, &ImportJob::failed, context, [this, context](const QString &message) {
        context->deleteLater();
        dryRunFailed(message);
    });
    ImportOptions options = m_wizard->draft().options;
    options.dryRun = true;
    job->start(m_wizard->draft().path, m_wizard->draft().runMapping(), options, m_wizard->user());
}

void ImportOptionsPage::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportOptionsPage::dryRunFinished(const ImportResult &result)
{
    m_running = false;
    m_progress->setVisible(false);
    m_dryRun->setEnabled(!m_blocking);
    if (result.cancelled)
        m_dryRunResult->setText(tr("Dry run cancelled. Nothing was changed."));
    else
        m_dryRunResult->setText(tr("Dry run: %1 Nothing was changed.").arg(countsText(result)));
    emit completeChanged();
}

void ImportOptionsPage::dryRunFailed(const QString &message)
{
    m_running = false;
    m_progress->setVisible(false);
    m_dryRun->setEnabled(!m_blocking);
    m_dryRunResult->setText(tr("The dry run failed: %1 Nothing was changed.").arg(message));
    emit completeChanged();
}

QString ImportOptionsPage::countsText(const ImportResult &result)
{
    QStringList parts;
    parts.append(tr("%n new", nullptr, int(result.inserted)));
    parts.append(tr("%n updated", nullptr, int(result.updated)));
    parts.append(tr("%n unchanged", nullptr, int(result.unchanged)));
    parts.append(tr("%n flagged incomplete", nullptr, int(result.incomplete)));
    if (result.duplicates > 0 || result.duplicatesSkipped > 0) {
        parts.append(tr("%n possible duplicate(s) kept", nullptr, int(result.duplicates)));
        parts.append(tr("%n skipped", nullptr, int(result.duplicatesSkipped)));
    }
    if (result.outcomes > 0)
        parts.append(tr("%n outcome(s) applied", nullptr, int(result.outcomes)));
    if (result.ownersCreated > 0)
        parts.append(tr("%n owner(s) created", nullptr, int(result.ownersCreated)));
    if (result.attributed > 0)
        parts.append(tr("%n attributed to campaigns", nullptr, int(result.attributed)));
    parts.append(tr("%n rejected", nullptr, int(result.rejected)));
    QString text
        = tr("%n row(s) read: %1.", nullptr, int(result.rows)).arg(parts.join(QStringLiteral(", ")));
    if (result.rejected > 0 && !result.committed && !result.dryRun && !result.cancelled)
        text += QLatin1Char(' ') + tr("All or nothing: the rejected rows stopped the import.");
    else if (result.rejected > 0 && result.dryRun
             && result.inserted + result.updated + result.unchanged == 0)
        text += QLatin1Char(' ')
                + tr("All or nothing: as it stands, the rejected rows would stop the import; "
                     "fix them or import the valid rows.");
    return text;
}

} // namespace LeadPact
