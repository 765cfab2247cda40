// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarypage.h"

#include "domain/error.h"
#include "importwizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

struct CountRow
{
    const char *name;
    const char *label;
};

// objectName suffix and label of each count, in the order shown.
constexpr CountRow countRows[] = {
    {"rows", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Rows read:")},
    {"inserted", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "New leads:")},
    {"updated", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Updated:")},
    {"unchanged", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Unchanged:")},
    {"incomplete", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Flagged incomplete:")},
    {"duplicates", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Possible duplicates kept:")},
    {"duplicatesSkipped",
     QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Possible duplicates skipped:")},
    {"outcomes", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Outcomes applied:")},
    {"ownersCreated", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Owners created:")},
    {"attributed", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Attributed to campaigns:")},
    {"rejected", QT_TRANSLATE_NOOP("LeadPact::ImportSummaryPage", "Rejected rows:")},
};

} // namespace

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_counts(new QFormLayout)
    , m_rejected(new QTableWidget(this))
    , m_save(new QPushButton(tr("&Save error report (CSV)…"), this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did."));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("importSummaryStatus"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    for (const CountRow &row : countRows) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("importCount_%1").arg(QLatin1String(row.name)));
        m_counts->addRow(tr(row.label), value);
    }
    m_rejected->setObjectName(QStringLiteral("importRejectedTable"));
    m_rejected->setColumnCount(5);
    m_rejected->setHorizontalHeaderLabels(
        {tr("Row"), tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_save->setObjectName(QStringLiteral("importSaveErrorsButton"));
    m_saved->setObjectName(QStringLiteral("importErrorsSaved"));
    m_saved->setWordWrap(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_counts);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(saveRow);
    layout->addStretch(0); // takes the space while the table is hidden
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::saveErrors);
}

void ImportSummaryPage::setCount(const char *name, qint64 value)
{
    auto *label = findChild<QLabel *>(QStringLiteral("importCount_%1").arg(QLatin1String(name)));
    if (label)
        label->setText(QLocale().toString(value));
}

void ImportSummaryPage::initializePage()
{
    const ImportDraft &draft = m_wizard->draft();
    m_saved->clear();
    m_rejected->setRowCount(0);
    if (!draft.result) {
        m_status->setText(
            tr("The import could not run: %1 Nothing was changed.").arg(draft.failure));
        for (const CountRow &row : countRows)
            setCount(row.name, 0);
        m_save->setEnabled(false);
        return;
    }
    const ImportResult &result = *draft.result;
    if (result.committed) {
        m_status->setText(tr("Committed: the leads of %1 are saved.").arg(result.file));
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled: nothing was changed, the database is as it was."));
    } else {
        m_status->setText(tr("Nothing was changed: %n row(s) could not be read, and the import "
                             "is all or nothing. Fix them, or choose to import the valid rows.",
                             nullptr,
                             int(result.rejected)));
    }
    setCount("rows", result.rows);
    setCount("inserted", result.inserted);
    setCount("updated", result.updated);
    setCount("unchanged", result.unchanged);
    setCount("incomplete", result.incomplete);
    setCount("duplicates", result.duplicates);
    setCount("duplicatesSkipped", result.duplicatesSkipped);
    setCount("outcomes", result.outcomes);
    setCount("ownersCreated", result.ownersCreated);
    setCount("attributed", result.attributed);
    setCount("rejected", result.rejected);

    m_rejected->setRowCount(int(result.rejectedRows.size()));
    for (int r = 0; r < result.rejectedRows.size(); ++r) {
        const RejectedRow &row = result.rejectedRows.at(r);
        const QStringList cells {QString::number(row.row),
                                 QString::number(row.line),
                                 row.column,
                                 row.value,
                                 row.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_rejected->setItem(r, c, item);
        }
    }
    m_rejected->resizeColumnsToContents();
    m_rejected->setVisible(!result.rejectedRows.isEmpty());
    m_save->setVisible(!result.rejectedRows.isEmpty());
    m_save->setEnabled(true);
}

void ImportSummaryPage::saveErrors()
{
    const ImportDraft &draft = m_wizard->draft();
    if (!draft.result)
        return;
    QString path = m_wizard->chooseSaveFile(tr("Save the error report"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    try {
        draft.result->writeErrorCsv(path);
        m_saved->setText(tr("Saved to %1.").arg(path));
    } catch (const Error &error) {
        m_saved->setText(error.message());
    }
}

} // namespace LeadPact
