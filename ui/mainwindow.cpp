// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "leadtablemodel.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

const QString settingsGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString stateKey = QStringLiteral("state");
const QString columnWidthsKey = QStringLiteral("leadTableColumnWidths");

// A first layout sized to the first page must not let one long name eat the screen.
constexpr int maxInitialColumnWidth = 320;
// Wide enough for every column on first start; bounded by the screen on small laptops.
constexpr QSize defaultSize(1280, 800);

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_model(new LeadTableModel(db, this))
    , m_table(new QTableView(this))
{
    setWindowTitle(QStringLiteral("LeadPact"));

    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The model is already in SLA order from SQL; sorting loaded rows in the view would lie.
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however many rows are loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    // The filter comes before the list it filters (the table was created first).
    setTabOrder(m_statusFilter, m_table);

    connect(m_model, &LeadTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateLeadCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateLeadCount);

    m_model->reload();
    restoreSettings();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);

    auto *label = new QLabel(tr("&Status:"), bar);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->addItem(tr("All statuses"));
    for (LeadStatus status : allLeadStatuses)
        m_statusFilter->addItem(statusTitle(status), statusCode(status));
    label->setBuddy(m_statusFilter);

    layout->addWidget(label);
    layout->addWidget(m_statusFilter);
    layout->addStretch(1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    return bar;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        statusBar()->clearMessage();
        m_model->reload();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About LeadPact"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    const QString path = QDir::toNativeSeparators(m_db.location());
    auto *pathLabel = new QLabel(path, this);
    pathLabel->setObjectName(QStringLiteral("databasePath"));
    pathLabel->setToolTip(tr("Database: %1").arg(path));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way instead of widening the window; the tooltip keeps it whole.
    pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *modeLabel = new QLabel(this);
    modeLabel->setObjectName(QStringLiteral("accessMode"));
    if (m_db.isReadOnly()) {
        modeLabel->setText(tr("Read-only"));
        modeLabel->setToolTip(tr("Another LeadPact holds this database for writing: you can "
                                 "look, not change."));
        QFont bold = modeLabel->font();
        bold.setBold(true);
        modeLabel->setFont(bold);
    } else {
        modeLabel->setText(tr("Read-write"));
    }

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("leadCount"));

    statusBar()->addPermanentWidget(pathLabel, 1);
    statusBar()->addPermanentWidget(modeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::applyFilter()
{
    LeadFilter filter = m_model->filter();
    filter.statuses.clear();
    if (const auto status = statusFromString(m_statusFilter->currentData().toString()))
        filter.statuses.append(*status);
    statusBar()->clearMessage();
    m_model->setFilter(filter);
}

void MainWindow::updateLeadCount()
{
    // "Leads: N" rather than a plural form keeps the label right in every language.
    m_countLabel->setText(tr("Leads: %1").arg(QLocale().toString(m_model->totalCount())));
}

void MainWindow::showAbout()
{
    const QString text
        = QStringLiteral("<h3>LeadPact %1</h3><p>%2</p><p>%3</p><p>%4</p>")
              .arg(QStringLiteral(LEADPACT_VERSION),
                   tr("An agreed SLA between marketing and sales: every lead contacted in time, "
                      "every rejection with a reason, one set of numbers for both."),
                   tr("License: %1.")
                       .arg(QStringLiteral("GNU General Public License v3.0 or later "
                                           "(GPL-3.0-or-later)")),
                   tr("LeadPact comes with absolutely no warranty."));
    // open(), not exec(): the dialog is window-modal without blocking, so tests can close it.
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("About LeadPact"),
                                text,
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setDefaultColumnWidths()
{
    m_table->resizeColumnsToContents();
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        if (m_table->columnWidth(column) > maxInitialColumnWidth)
            m_table->setColumnWidth(column, maxInitialColumnWidth);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize.boundedTo(screen()->availableSize()));
    restoreState(settings.value(stateKey).toByteArray());
    // Widths by column rather than QHeaderView::saveState(): a later build that adds columns
    // keeps the widths the user chose for the existing ones.
    const QVariantList widths = settings.value(columnWidthsKey).toList();
    if (widths.isEmpty()) {
        setDefaultColumnWidths();
        return;
    }
    for (int column = 0; column < LeadTableModel::ColumnCount && column < widths.size(); ++column) {
        const int width = widths.at(column).toInt();
        if (width > 0)
            m_table->setColumnWidth(column, width);
    }
}

void MainWindow::saveSettings() const
{
    QVariantList widths;
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        widths.append(m_table->columnWidth(column));
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(columnWidthsKey, widths);
}

} // namespace LeadPact
