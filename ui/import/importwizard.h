// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "import/importpreview.h"
#include "import/importresult.h"
#include "import/leadimporter.h"

#include <QTimeZone>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace LeadPact {

class Clock;
class Database;
class ImportFilePage;
class ImportJob;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;
class LeadService;

// The import of a CSV/TSV export for the marketing lead: file (what was detected, overridable;
// a preset or a new mapping), mapping of columns to lead fields, a preview of the first rows as
// they would be stored, options (with a dry run), the import itself on a thread of its own with
// progress and cancel, and a summary with the rejected rows. The pages hold the widgets; the
// wizard holds what they share. Every reading, parsing and writing is core's (ImportSample,
// ImportPreview, LeadImporter).
// What the pages share, filled page by page.
struct ImportDraft
{
    QString path;
    QByteArray encoding; // chosen by the user; empty: as detected
    QChar delimiter;     // chosen by the user; null: as detected
    std::optional<ImportSample> sample;
    QString sampleError;                 // why the file cannot be read
    std::optional<ImportMapping> preset; // chosen on the file page; nothing: a new mapping
    QString presetKey;                   // the file and preset the mapping was made for
    ImportMapping mapping;               // as edited on the mapping page
    ImportOptions options;
    std::optional<ImportResult> result; // the last import run from the wizard
    QString failure;                    // why the last import could not run

    // The mapping as the import runs it: reading the file exactly as the sample did.
    ImportMapping runMapping() const;
    // The mapping as a preset saves it: the encoding and delimiter only when chosen.
    ImportMapping presetMapping() const;
};

class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, OptionsPage, RunPage, SummaryPage };

    // Asks for a file name: (caption, file filter) -> path, empty when cancelled.
    using FileChooser = std::function<QString(const QString &, const QString &)>;

    // The database (a file open for writing), the clock and the user must outlive the wizard.
    ImportWizard(Database &db, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The presets shipped with the application (Qt resource paths).
    static QStringList shippedPresets();

    // Seams for tests: the file pickers (QFileDialog by default) and the zone times are shown
    // in (the system's by default).
    void setOpenFileChooser(FileChooser chooser) { m_openFile = std::move(chooser); }
    void setSaveFileChooser(FileChooser chooser) { m_saveFile = std::move(chooser); }
    void setDisplayZone(const QTimeZone &zone) { m_displayZone = zone; }

    QString chooseOpenFile(const QString &caption, const QString &filter);
    QString chooseSaveFile(const QString &caption, const QString &filter);

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const User &user() const { return m_user; }
    const LeadService &service() const { return *m_service; }
    const QTimeZone &displayZone() const { return m_displayZone; }
    ImportJob *job() const { return m_job; }

    ImportDraft &draft() { return m_draft; }
    const ImportDraft &draft() const { return m_draft; }
    // Reads the draft's file again with its encoding and delimiter (sample or sampleError).
    void readSample();

    void reject() override;

signals:
    // An import was committed: the caller's views should read the data again.
    void imported();
    // An import or dry run is writing (it holds the database's write lock) / is over.
    void importRunning(bool running);

private:
    Database &m_db;
    const Clock &m_clock;
    User m_user;
    std::unique_ptr<LeadService> m_service;
    QTimeZone m_displayZone;
    FileChooser m_openFile;
    FileChooser m_saveFile;
    ImportJob *m_job = nullptr;
    ImportDraft m_draft;
};

} // namespace LeadPact
