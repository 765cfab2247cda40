// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "domain/error.h"
#include "importfilepage.h"
#include "importjob.h"
#include "importmappingpage.h"
#include "importoptionspage.h"
#include "importpreviewpage.h"
#include "importrunpage.h"
#include "importsummarypage.h"
#include "service/leadservice.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QScreen>

namespace LeadPact {

ImportMapping ImportDraft::runMapping() const
{
    ImportMapping run = mapping;
    if (sample) {
        run.encoding = sample->encoding;
        run.delimiter = sample->delimiter;
    }
    return run;
}

ImportMapping ImportDraft::presetMapping() const
{
    ImportMapping saved = mapping;
    saved.encoding = encoding;
    saved.delimiter = delimiter;
    return saved;
}

ImportWizard::ImportWizard(Database &db, const Clock &clock, const User &user, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_clock(clock)
    , m_user(user)
    , m_service(std::make_unique<LeadService>(db, clock))
    , m_displayZone(QTimeZone::systemTimeZone())
    , m_job(new ImportJob(db, clock, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import leads"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    connect(m_job, &ImportJob::runningChanged, this, &ImportWizard::importRunning);
    setStartId(FilePage);
    // Roomy for a wide preview, yet inside a small screen at 150 %.
    QSize size(1000, 680);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

ImportWizard::~ImportWizard() = default;

QStringList ImportWizard::shippedPresets()
{
    QStringList presets;
    const QDir dir(QStringLiteral(":/import-presets"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        presets.append(dir.filePath(name));
    return presets;
}

QString ImportWizard::chooseOpenFile(const QString &caption, const QString &filter)
{
    if (m_openFile)
        return m_openFile(caption, filter);
    return QFileDialog::getOpenFileName(this, caption, QString(), filter);
}

QString ImportWizard::chooseSaveFile(const QString &caption, const QString &filter)
{
    if (m_saveFile)
        return m_saveFile(caption, filter);
    return QFileDialog::getSaveFileName(this, caption, QString(), filter);
}

void ImportWizard::readSample()
{
    m_draft.sample.reset();
    m_draft.sampleError.clear();
    if (m_draft.path.isEmpty())
        return;
    try {
        m_draft.sample = ImportSample::read(m_draft.path, m_draft.delimiter, m_draft.encoding);
        if (m_draft.sample->error)
            m_draft.sampleError = *m_draft.sample->error;
    } catch (const Error &error) {
        m_draft.sampleError = error.message();
    }
}

void ImportWizard::reject()
{
    // Closing while the import runs stops it; the run page then shows that nothing changed.
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace LeadPact
