// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilepage.h"

#include "domain/error.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return ImportFilePage::tr("tab");
    if (delimiter == u';')
        return ImportFilePage::tr("semicolon (;)");
    if (delimiter == u',')
        return ImportFilePage::tr("comma (,)");
    return QString(delimiter);
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_presetNote(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV or TSV export of a web form, an ad platform or another CRM."));

    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path to a .csv or .tsv file"));
    auto *browse = new QPushButton(tr("Br&owse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->addItem(tr("As detected"), QByteArray());
    m_encoding->addItem(QStringLiteral("UTF-8"), QByteArray("UTF-8"));
    m_encoding->addItem(QStringLiteral("Windows-1251"), QByteArray("windows-1251"));
    m_encoding->addItem(QStringLiteral("KOI8-R"), QByteArray("KOI8-R"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiterCombo"));
    m_delimiter->addItem(tr("As detected"), QString());
    m_delimiter->addItem(delimiterName(u','), QStringLiteral(","));
    m_delimiter->addItem(delimiterName(u';'), QStringLiteral(";"));
    m_delimiter->addItem(delimiterName(u'\t'), QStringLiteral("\t"));

    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    m_detected->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("importHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_preset->setObjectName(QStringLiteral("importPresetCombo"));
    m_preset->addItem(tr("New mapping (matched by column names)"), QString());
    for (const QString &path : ImportWizard::shippedPresets()) {
        try {
            const ImportMapping preset = ImportMapping::load(path);
            m_preset->addItem(preset.name.isEmpty() ? QFileInfo(path).baseName() : preset.name,
                              path);
        } catch (const Error &) {
            // A broken shipped preset is a build mistake the preset tests catch; skip it here.
        }
    }
    auto *load = new QPushButton(tr("&Load preset…"), this);
    load->setObjectName(QStringLiteral("importLoadPresetButton"));
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(load);
    m_presetNote->setObjectName(QStringLiteral("importPresetNote"));
    m_presetNote->setWordWrap(true);

    // Rows holding a layout need their own label to take the access key to the field.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *presetLabel = new QLabel(tr("&Mapping:"), this);
    presetLabel->setBuddy(m_preset);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Detected:"), m_detected);
    form->addRow(tr("Columns:"), m_header);
    form->addRow(presetLabel, presetRow);
    form->addRow(QString(), m_presetNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(load, &QPushButton::clicked, this, &ImportFilePage::loadPreset);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::overridesChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::overridesChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportFilePage::presetChosen);
    showSample();
}

bool ImportFilePage::isComplete() const
{
    const ImportDraft &draft = m_wizard->draft();
    return draft.sample && draft.sampleError.isEmpty();
}

bool ImportFilePage::validatePage()
{
    return isComplete();
}

void ImportFilePage::browse()
{
    const QString path
        = m_wizard->chooseOpenFile(tr("Import leads"),
                                   tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportFilePage::loadPreset()
{
    const QString path = m_wizard->chooseOpenFile(tr("Load a mapping preset"),
                                                  tr("Mapping presets (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const ImportMapping preset = ImportMapping::load(path);
        int index = m_preset->findData(path);
        if (index < 0) {
            m_preset->addItem(preset.name.isEmpty() ? QFileInfo(path).fileName() : preset.name,
                              path);
            index = m_preset->count() - 1;
        }
        m_preset->setCurrentIndex(index);
        presetChosen(); // also when it was already the current one: read it again
    } catch (const Error &error) {
        m_presetError = error.message();
        showSample();
    }
}

void ImportFilePage::presetChosen()
{
    ImportDraft &draft = m_wizard->draft();
    const QString path = m_preset->currentData().toString();
    draft.preset.reset();
    m_presetError.clear();
    if (!path.isEmpty()) {
        try {
            draft.preset = ImportMapping::load(path);
            // The preset knows how its source writes files.
            selectReading(draft.preset->encoding, draft.preset->delimiter);
        } catch (const Error &error) {
            m_presetError = error.message();
        }
    }
    showSample();
}

void ImportFilePage::selectReading(const QByteArray &encoding, QChar delimiter)
{
    m_updating = true;
    int index = 0;
    for (int i = 1; i < m_encoding->count(); ++i) {
        if (m_encoding->itemData(i).toByteArray().compare(encoding, Qt::CaseInsensitive) == 0)
            index = i;
    }
    m_encoding->setCurrentIndex(index);
    const int delimiterIndex = delimiter.isNull() ? 0 : m_delimiter->findData(QString(delimiter));
    m_delimiter->setCurrentIndex(std::max(delimiterIndex, 0));
    m_updating = false;
    overridesChanged();
}

void ImportFilePage::overridesChanged()
{
    if (m_updating)
        return;
    ImportDraft &draft = m_wizard->draft();
    draft.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    draft.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    reread();
}

void ImportFilePage::reread()
{
    ImportDraft &draft = m_wizard->draft();
    draft.path = m_path->text().trimmed();
    m_wizard->readSample();
    showSample();
}

void ImportFilePage::showSample()
{
    const ImportDraft &draft = m_wizard->draft();
    m_error->setText(draft.sampleError);
    if (!draft.sample) {
        m_detected->setText(draft.path.isEmpty() ? tr("Choose a file to see what it holds.")
                                                 : QString());
        m_header->clear();
    } else {
        const ImportSample &sample = *draft.sample;
        const QString encodingSource = draft.encoding.isEmpty() ? tr("detected") : tr("chosen");
        const QString delimiterSource = draft.delimiter.isNull() ? tr("detected") : tr("chosen");
        m_detected->setText(
            tr("Encoding %1 (%2), delimiter %3 (%4); %n data row(s) sampled, the file has "
               "%5.",
               nullptr,
               int(sample.records.size()))
                .arg(QString::fromLatin1(sample.encoding),
                     encodingSource,
                     delimiterName(sample.delimiter),
                     delimiterSource,
                     QLocale().formattedDataSize(sample.fileSize)));
        m_header->setText(sample.header.join(QStringLiteral(" · ")));
    }
    QString note = m_presetError;
    if (note.isEmpty() && !draft.preset) {
        note = tr("Columns are matched to lead fields by their names; check them on the next "
                  "page.");
    } else if (note.isEmpty() && draft.sample) {
        const QStringList missing = draft.preset->missingColumns(draft.sample->header);
        if (!missing.isEmpty()) {
            note = tr("This file lacks the preset's column(s) %1: adjust the mapping on the "
                      "next page.")
                       .arg(missing.join(QStringLiteral(", ")));
        }
    }
    m_presetNote->setText(note);
    emit completeChanged();
}

} // namespace LeadPact
