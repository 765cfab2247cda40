// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingpage.h"

#include "domain/error.h"
#include "import/importpreview.h"
#include "import/importtimeparser.h"
#include "importwizard.h"
#include "service/policyservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

enum Column { SourceColumn, SampleColumn, FieldColumn };

QString formatTitle(const QString &format)
{
    if (format == ImportTimeParser::detectFormats)
        return ImportMappingPage::tr("Detect from the file");
    if (format == ImportTimeParser::iso8601)
        return ImportMappingPage::tr("ISO 8601 (2026-11-23T09:30:00)");
    if (format == ImportTimeParser::unixSeconds)
        return ImportMappingPage::tr("Unix time (seconds since 1970)");
    return format;
}

bool sameHeader(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_dateFormat(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_problems(new QLabel(this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Map the columns to lead fields"));
    setSubTitle(tr("Choose the lead field each column of the file fills; columns left on "
                   "\"— skip —\" are not imported."));

    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Example from the file"), tr("Lead field")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab walks through the field combos rather than the cells.
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);

    m_name->setObjectName(QStringLiteral("importPresetName"));
    m_name->setPlaceholderText(tr("e.g. Site form"));
    m_dateFormat->setObjectName(QStringLiteral("importDateFormatCombo"));
    m_dateFormat->addItem(formatTitle(ImportTimeParser::detectFormats),
                          QStringList {ImportTimeParser::detectFormats});
    for (const QString &format : ImportTimeParser::knownFormats())
        m_dateFormat->addItem(formatTitle(format), QStringList {format});
    m_timeZone->setObjectName(QStringLiteral("importTimeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_timeZone->addItem(QString::fromLatin1(id));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_currency->setObjectName(QStringLiteral("importCurrencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const char *code : {"RUB", "USD", "EUR", "KZT", "BYN", "BRL"})
        m_currency->addItem(QString::fromLatin1(code));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")),
                                        m_currency));
    m_window->setObjectName(QStringLiteral("importDuplicateWindow"));
    m_window->setRange(0, 3650);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("A new lead with the phone or e-mail of a lead that arrived this "
                            "many days before or after it is a possible duplicate."));

    auto *save = new QPushButton(tr("&Save preset…"), this);
    save->setObjectName(QStringLiteral("importSavePresetButton"));
    m_saved->setObjectName(QStringLiteral("importPresetSaved"));
    m_saved->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importMappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("Preset na&me:"), m_name);
    form->addRow(tr("&Dates written as:"), m_dateFormat);
    form->addRow(tr("&Time zone of the file:"), m_timeZone);
    form->addRow(tr("&Currency of amounts:"), m_currency);
    form->addRow(tr("Possible d&uplicates within:"), m_window);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_saved, 1);
    form->addRow(QString(), saveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problems);

    connect(m_name, &QLineEdit::textChanged, this, &ImportMappingPage::settingsChanged);
    connect(m_dateFormat,
            &QComboBox::currentIndexChanged,
            this,
            &ImportMappingPage::settingsChanged);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ImportMappingPage::settingsChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ImportMappingPage::settingsChanged);
    connect(m_window, &QSpinBox::valueChanged, this, &ImportMappingPage::settingsChanged);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
}

QComboBox *ImportMappingPage::fieldCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
}

void ImportMappingPage::initializePage()
{
    ImportDraft &draft = m_wizard->draft();
    if (!draft.sample)
        return;
    // Coming back from a later page with the same file and preset keeps the edits.
    const QString key = draft.path + QLatin1Char('\n')
                        + (draft.preset
                               ? QString::fromUtf8(QJsonDocument(draft.preset->toJson()).toJson())
                               : QString())
                        + QLatin1Char('\n') + draft.sample->header.join(QLatin1Char('\n'));
    if (key != draft.presetKey) {
        draft.presetKey = key;
        if (draft.preset) {
            draft.mapping = *draft.preset;
        } else {
            draft.mapping = ImportPreview::guessMapping(draft.sample->header);
            try {
                // A new source most likely writes the team's local time.
                draft.mapping.timeZone = QString::fromLatin1(
                    PolicyService(m_wizard->database(), m_wizard->clock())
                        .slaPolicy()
                        .calendar.timeZone()
                        .id());
            } catch (const Error &) {
                // UTC then; the user sees and may change it.
            }
        }
        m_saved->clear();
    }
    fill();
}

void ImportMappingPage::fill()
{
    const ImportDraft &draft = m_wizard->draft();
    const ImportSample &sample = *draft.sample;
    const ImportMapping &mapping = draft.mapping;
    m_filling = true;
    m_table->setRowCount(int(sample.header.size()));
    m_unmatched.clear();
    for (const ColumnMapping &column : mapping.columns) {
        const bool found = std::any_of(sample.header.cbegin(),
                                       sample.header.cend(),
                                       [&](const QString &h) {
                                           return sameHeader(h, column.column);
                                       });
        if (!found)
            m_unmatched.append(column.column);
    }
    for (int row = 0; row < sample.header.size(); ++row) {
        const QString header = sample.header.at(row);
        auto *source = new QTableWidgetItem(header);
        m_table->setItem(row, SourceColumn, source);
        // The first value the sample has in this column.
        QString first;
        for (const ImportRecord &record : sample.records) {
            first = record.fields.value(row).trimmed();
            if (!first.isEmpty())
                break;
        }
        auto *value = new QTableWidgetItem(first);
        value->setToolTip(first);
        m_table->setItem(row, SampleColumn, value);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(row));
        combo->setAccessibleName(tr("Lead field for the column %1").arg(header));
        combo->addItem(tr("— skip —"), QString());
        for (const QString &code : importFieldCodes())
            combo->addItem(ImportPreview::fieldTitle(*importFieldFromCode(code)), code);
        for (const ColumnMapping &column : mapping.columns) {
            if (sameHeader(column.column, header))
                combo->setCurrentIndex(combo->findData(importFieldCode(column.field)));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { fieldChosen(row); });
        m_table->setCellWidget(row, FieldColumn, combo);
    }
    m_name->setText(mapping.name);
    int formatIndex = m_dateFormat->findData(mapping.dateFormats);
    if (formatIndex < 0) {
        m_dateFormat->addItem(mapping.dateFormats.join(QStringLiteral(" / ")), mapping.dateFormats);
        formatIndex = m_dateFormat->count() - 1;
    }
    m_dateFormat->setCurrentIndex(formatIndex);
    m_timeZone->setCurrentText(mapping.timeZone);
    m_currency->setCurrentText(mapping.currency);
    m_window->setValue(mapping.duplicateWindowDays);
    m_filling = false;
    settingsChanged();
}

void ImportMappingPage::fieldChosen(int row)
{
    if (m_filling)
        return;
    // One column per field: taking a field away from another column skips that one.
    const QString code = fieldCombo(row)->currentData().toString();
    if (!code.isEmpty()) {
        for (int other = 0; other < m_table->rowCount(); ++other) {
            if (other != row && fieldCombo(other)->currentData().toString() == code) {
                const QSignalBlocker blocker(fieldCombo(other));
                fieldCombo(other)->setCurrentIndex(0);
            }
        }
    }
    settingsChanged();
}

void ImportMappingPage::settingsChanged()
{
    if (m_filling)
        return;
    ImportDraft &draft = m_wizard->draft();
    ImportMapping &mapping = draft.mapping;
    mapping.columns.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const auto field = importFieldFromCode(fieldCombo(row)->currentData().toString()))
            mapping.columns.append({m_table->item(row, SourceColumn)->text().trimmed(), *field});
    }
    mapping.name = m_name->text().trimmed();
    mapping.dateFormats = m_dateFormat->currentData().toStringList();
    mapping.timeZone = m_timeZone->currentText().trimmed();
    mapping.currency = m_currency->currentText().trimmed().toUpper();
    mapping.duplicateWindowDays = m_window->value();
    updateProblems();
}

void ImportMappingPage::updateProblems()
{
    const ImportMapping &mapping = m_wizard->draft().mapping;
    QList<MappingProblem> problems;
    const bool outcomes = std::any_of(mapping.columns.cbegin(),
                                      mapping.columns.cend(),
                                      [](const ColumnMapping &c) {
                                          return isOutcomeField(c.field);
                                      });
    // A file with outcomes is an update (the options page starts there); otherwise the mode
    // chosen so far.
    problems = ImportPreview::problems(mapping,
                                       outcomes || m_wizard->draft().options.updateExisting);
    const QString zone = mapping.timeZone;
    if (zone != QLatin1String("UTC") && !QTimeZone(zone.toUtf8()).isValid())
        problems.prepend({true,
                          tr("\"%1\" is not a time zone; pick one from the list, such as "
                             "Europe/Moscow.")
                              .arg(zone)});
    if (mapping.currency.size() != 3)
        problems.prepend({true, tr("The currency needs its three-letter code, such as RUB.")});
    if (!m_unmatched.isEmpty()) {
        problems.append({false,
                         tr("The preset also maps %1, which this file does not have; "
                            "those fields stay empty.")
                             .arg(m_unmatched.join(QStringLiteral(", ")))});
    }
    QStringList lines;
    m_blocking = false;
    for (const MappingProblem &problem : std::as_const(problems)) {
        m_blocking = m_blocking || problem.blocking;
        const QString text = problem.text.toHtmlEscaped();
        lines.append(problem.blocking
                         ? QStringLiteral("<li><b style=\"color:#b00020\">%1</b></li>").arg(text)
                         : QStringLiteral("<li>%1</li>").arg(text));
    }
    m_problems->setText(
        lines.isEmpty()
            ? QString()
            : QStringLiteral("<ul style=\"margin-left:0\">%1</ul>").arg(lines.join(QString())));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->draft().sample && !m_blocking;
}

void ImportMappingPage::savePreset()
{
    QString path = m_wizard->chooseSaveFile(tr("Save the mapping preset"),
                                            tr("Mapping presets (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    try {
        m_wizard->draft().presetMapping().save(path);
        m_saved->setText(tr("Saved to %1.").arg(path));
    } catch (const Error &error) {
        m_saved->setText(error.message());
    }
}

} // namespace LeadPact
