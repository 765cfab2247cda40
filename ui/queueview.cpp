// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueview.h"

#include "leadtablemodel.h"
#include "sladisplay.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QScrollBar>
#include <QSettings>

namespace LeadPact {

namespace {

const QString columnWidthsKey = QStringLiteral("MainWindow/leadQueueColumnWidths");
// A first layout sized to the first page must not let one long name eat the screen.
constexpr int maxInitialColumnWidth = 320;

} // namespace

QueueView::QueueView(LeadTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("leadTable"));
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The model is in SLA order from SQL; sorting in the view would sort one page and lie.
    setSortingEnabled(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however many rows there are.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    // Fit columns to the rows on screen only: measuring more would read pages just for that.
    horizontalHeader()->setResizeContentsPrecision(0);
    setAccessibleName(tr("Lead queue"));

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueView::currentLeadChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueView::currentLeadChanged);
}

std::optional<Lead> QueueView::currentLead() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->lead(current.row()) : std::nullopt;
}

void QueueView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    const QModelIndex index = m_model->index(row, column);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    scrollTo(index);
}

void QueueView::showFilter(const LeadFilter &filter)
{
    m_model->setFilter(filter);
    selectRow(0);
    emit currentLeadChanged();
}

void QueueView::refreshKeepingPlace(const LeadFilter &filter)
{
    const std::optional<Lead> selected = currentLead();
    const int oldRow = currentIndex().isValid() ? currentIndex().row() : -1;
    const int scroll = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();

    m_model->setFilterKeepingRows(filter);

    if (selected && oldRow >= 0) {
        // The lead moves only a little between two reads: look in its old page and the
        // neighbouring ones, never through the whole list.
        for (int row : {oldRow, oldRow - LeadTableModel::pageSize, oldRow + LeadTableModel::pageSize})
            m_model->lead(qBound(0, row, qMax(0, m_model->rowCount() - 1)));
        const int row = m_model->cachedRowOf(selected->id);
        if (row >= 0 && row != oldRow) {
            selectionModel()->setCurrentIndex(m_model->index(row, currentIndex().column()),
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
        } else if (row < 0 && m_model->rowCount() > 0 && !currentIndex().isValid()) {
            selectRow(qMin(oldRow, m_model->rowCount() - 1));
        }
    }
    verticalScrollBar()->setValue(scroll);
    horizontalScrollBar()->setValue(hscroll);
    emit currentLeadChanged();
}

void QueueView::setDefaultColumnWidths()
{
    // Sized by typical content, not by measuring rows: measuring would read pages just for
    // that, and the first rows on screen are not representative anyway.
    const auto sample = [](int column) -> QString {
        switch (column) {
        case LeadTableModel::Id:
            return QStringLiteral("0000000");
        case LeadTableModel::Status:
        case LeadTableModel::Channel:
            return QStringLiteral("context_ads__");
        case LeadTableModel::Received:
        case LeadTableModel::SlaDue:
            return QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                      QLocale::ShortFormat)
                   + QStringLiteral("__");
        case LeadTableModel::Name:
            return QStringLiteral("Александра Константинова");
        case LeadTableModel::Company:
            return QStringLiteral("ООО «Северный ветер»");
        case LeadTableModel::Phone:
            return QStringLiteral("+7 912 345-67-89");
        case LeadTableModel::Owner:
            return QStringLiteral("Дмитрий Кузнецов");
        default:
            return QStringLiteral("name, phone");
        }
    };
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    // The countdown is bold when it warns, and as long as its translation makes it.
    SlaStatus longOverdue;
    longOverdue.state = SlaState::Overdue;
    longOverdue.remainingSeconds = -(99 * 86400 + 23 * 3600 + 59 * 60 + 59);
    QFont bold = font();
    bold.setBold(true);
    const int slaWidth = QFontMetrics(bold).horizontalAdvance(SlaDisplay::text(longOverdue));
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        const int content = (column == LeadTableModel::Sla
                                 ? slaWidth
                                 : fontMetrics().horizontalAdvance(sample(column)))
                            + padding;
        const int header = horizontalHeader()->sectionSizeHint(column);
        setColumnWidth(column, qMin(maxInitialColumnWidth, qMax(content, header)));
    }
}

void QueueView::saveColumnWidths(QSettings &settings) const
{
    QVariantList widths;
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        widths.append(columnWidth(column));
    settings.setValue(columnWidthsKey, widths);
}

void QueueView::restoreColumnWidths(const QSettings &settings)
{
    // Widths by column rather than QHeaderView::saveState(): a later build that adds columns
    // keeps the widths the user chose for the existing ones.
    const QVariantList widths = settings.value(columnWidthsKey).toList();
    if (widths.isEmpty()) {
        setDefaultColumnWidths();
        return;
    }
    for (int column = 0; column < LeadTableModel::ColumnCount && column < widths.size();
         ++column) {
        const int width = widths.at(column).toInt();
        if (width > 0)
            setColumnWidth(column, width);
    }
}

} // namespace LeadPact
