// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include "import/importpreview.h"
#include "importwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadPact {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they would be stored. Red cells cannot be read (hover for "
                   "the reason); yellow rows would be imported flagged incomplete."));
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("importPreviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
}

QColor ImportPreviewPage::problemColour()
{
    return QColor(0xf8, 0xd7, 0xda);
}

QColor ImportPreviewPage::incompleteColour()
{
    return QColor(0xff, 0xf3, 0xc4);
}

void ImportPreviewPage::initializePage()
{
    const ImportDraft &draft = m_wizard->draft();
    m_table->clear();
    m_table->setRowCount(0);
    m_summary->clear();
    m_error->clear();
    m_ok = false;
    if (!draft.sample)
        return;
    const ImportPreview preview(*draft.sample,
                                draft.runMapping(),
                                m_wizard->service(),
                                m_wizard->displayZone());
    m_error->setText(preview.error());
    m_ok = preview.error().isEmpty();

    const QList<ImportRowParser::Column> &columns = preview.columns();
    m_table->setColumnCount(int(columns.size()) + 1);
    auto *rowHeader = new QTableWidgetItem(tr("Row"));
    rowHeader->setToolTip(tr("The row's number in the file (the header is row 1)"));
    m_table->setHorizontalHeaderItem(0, rowHeader);
    for (int c = 0; c < columns.size(); ++c) {
        auto *item = new QTableWidgetItem(ImportPreview::fieldTitle(columns.at(c).field));
        item->setToolTip(tr("From the column \"%1\"").arg(columns.at(c).header));
        m_table->setHorizontalHeaderItem(c + 1, item);
    }
    m_table->setRowCount(int(preview.rows().size()));
    for (int r = 0; r < preview.rows().size(); ++r) {
        const ImportPreview::Row &row = preview.rows().at(r);
        auto *number = new QTableWidgetItem(QString::number(row.row));
        if (row.rejected && row.rejected->column.isEmpty()) {
            number->setText(tr("%1 ✖").arg(row.row));
            number->setBackground(problemColour());
            number->setToolTip(row.rejected->reason);
        } else if (row.rejected) {
            number->setText(tr("%1 ✖").arg(row.row));
            number->setToolTip(tr("This row would be rejected: %1").arg(row.rejected->reason));
        } else if (row.isIncomplete()) {
            number->setText(tr("%1 incomplete").arg(row.row));
            number->setToolTip(tr("Imported, flagged incomplete: no %1")
                                   .arg(row.missing.join(QStringLiteral(", "))));
        }
        m_table->setItem(r, 0, number);
        for (int c = 0; c < row.cells.size(); ++c) {
            const ImportPreview::Cell &cell = row.cells.at(c);
            auto *item = new QTableWidgetItem(cell.text);
            if (!cell.problem.isEmpty()) {
                item->setBackground(problemColour());
                item->setToolTip(cell.problem);
            } else if (row.isIncomplete()) {
                item->setBackground(incompleteColour());
            }
            m_table->setItem(r, c + 1, item);
        }
        if (row.isIncomplete())
            number->setBackground(incompleteColour());
    }
    m_table->resizeColumnsToContents();

    if (m_ok) {
        QString text = tr("%n row(s) shown", nullptr, int(preview.rows().size()));
        text += QStringLiteral(": ") + tr("%n problem(s)", nullptr, preview.problemCount())
                + QStringLiteral(", ")
                + tr("%n would be rejected", nullptr, preview.rejectedCount())
                + QStringLiteral(", ") + tr("%n incomplete", nullptr, preview.incompleteCount())
                + QLatin1Char('.');
        text += QLatin1Char(' ')
                + tr("Dates read as %1 (%2); times shown in %3.")
                      .arg(preview.dateFormats().join(QStringLiteral(" / ")),
                           draft.mapping.timeZone,
                           QString::fromLatin1(m_wizard->displayZone().id()));
        m_summary->setText(text);
    }
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

} // namespace LeadPact
