// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, continued: its menus, toolbar and status bar (kept apart from the wiring of the
// queue, the detail panel and the alerts in mainwindow.cpp).
#include "mainwindow.h"

#include "actioncontroller.h"
#include "alertcenter.h"
#include "autodistributor.h"
#include "campaigns/campaignscontroller.h"
#include "dashboard/dashboardview.h"
#include "filterbar.h"
#include "import/importwizard.h"
#include "leadtablemodel.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace LeadPact {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // why the import is disabled
    m_importAction = file->addAction(tr("&Import leads…"), this, &MainWindow::openImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportLeads = file->addAction(tr("&Export leads…"), this, &MainWindow::exportLeads);
    exportLeads->setObjectName(QStringLiteral("exportLeadsAction"));
    exportLeads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportLeads->setToolTip(tr("Export the leads the list shows to Excel or CSV"));
    file->addSeparator();
    QAction *switchUser = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *lead = menuBar()->addMenu(tr("&Lead"));
    lead->addActions(m_actions->leadActions());
    lead->addSeparator();
    lead->addAction(m_actions->reassignAction());
    lead->addSeparator();
    lead->addAction(m_actions->undoAction());
    // Shortcuts work in the whole window, menu open or not.
    addActions(m_actions->leadActions());
    addAction(m_actions->reassignAction());
    addAction(m_actions->undoAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *desk = view->addAction(tr("&Lead list"), this, &MainWindow::showDesk);
    desk->setObjectName(QStringLiteral("showDeskAction"));
    desk->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_showDashboardAction = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    m_showDashboardAction->setObjectName(QStringLiteral("showDashboardAction"));
    m_showDashboardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addSeparator();
    QAction *meeting = view->addAction(tr("&Weekly meeting"), this, &MainWindow::openMeeting);
    meeting->setObjectName(QStringLiteral("meetingAction"));
    // F5 is Refresh; Shift+F5 starts a presentation in the usual office programs too.
    meeting->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *daily = view->addAction(tr("Dail&y status report…"), this,
                                     &MainWindow::openDailyReport);
    daily->setObjectName(QStringLiteral("dailyReportAction"));
    daily->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        statusBar()->clearMessage();
        reloadContext();
        refreshQueue();
        // Asked for: the dashboard computes its numbers again however long that takes.
        if (m_views->currentWidget() == m_dashboard && m_dashboard->isStale())
            m_dashboard->refresh();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    // F5 alone: the platform's Refresh also means Ctrl+R on GNOME and KDE, which is Reject here,
    // and a key two actions claim triggers neither.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    m_muteAction = view->addAction(tr("&Mute alerts"));
    m_muteAction->setObjectName(QStringLiteral("muteAlertsAction"));
    m_muteAction->setCheckable(true);
    connect(m_muteAction, &QAction::toggled, m_alerts, &AlertCenter::setMuted);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_campaigns->registryAction()); // every role reads the registry
    tools->addAction(m_actions->catalogAction());
    m_settingsAction = tools->addAction(tr("&Team settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // An empty menu for roles that may edit neither would only puzzle.
    const auto updateTools = [this, tools] {
        tools->menuAction()->setVisible(m_campaigns->registryAction()->isVisible()
                                        || m_actions->catalogAction()->isVisible()
                                        || m_settingsAction->isVisible());
    };
    connect(m_actions->catalogAction(), &QAction::visibleChanged, tools, updateTools);
    connect(m_settingsAction, &QAction::visibleChanged, tools, updateTools);
    updateTools();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About LeadPact"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openImport()
{
    if (!m_importAction->isEnabled())
        return;
    auto *wizard = new ImportWizard(m_db, m_clock, m_user, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        reloadContext(); // new channels and owners
        refreshQueue();  // and the dashboard notices the data version
    });
    // The distributor writes on this thread: while an import holds the write lock it would
    // wait out the busy timeout and freeze the window, so it rests until the import is over.
    connect(wizard, &ImportWizard::importRunning, this, [this](bool running) {
        if (m_autoDistributor)
            m_autoDistributor->setPaused(running);
    });
    wizard->open();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("actionToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addActions(m_actions->leadActions());
    bar->addSeparator();
    bar->addAction(m_actions->reassignAction());
}

void MainWindow::createStatusBar()
{
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setDefaultAction(m_actions->undoAction());
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undoButton->setVisible(m_actions->undoAction()->isEnabled());
    connect(m_actions->undoAction(), &QAction::enabledChanged, m_undoButton,
            &QWidget::setVisible);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));

    // The file name only: a long path would crowd out the action messages. The tooltip
    // keeps it whole.
    const QString path = QDir::toNativeSeparators(m_db.location());
    auto *pathLabel = new QLabel(QFileInfo(m_db.location()).fileName(), this);
    pathLabel->setObjectName(QStringLiteral("databasePath"));
    pathLabel->setToolTip(tr("Database: %1").arg(path));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

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

    statusBar()->addPermanentWidget(m_undoButton);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(pathLabel);
    statusBar()->addPermanentWidget(modeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::updateLeadCount()
{
    // "Leads: N" rather than a plural form keeps the label right in every language.
    const QString count = QLocale().toString(m_model->totalCount());
    m_countLabel->setText(m_model->isCountExact() ? tr("Leads: %1").arg(count)
                                                  : tr("Leads: %1+").arg(count));
}

void MainWindow::updateUserLabel()
{
    const QString name = m_user.displayName.isEmpty() ? m_user.login : m_user.displayName;
    m_userLabel->setText(tr("%1 (%2)").arg(name, roleTitle(m_user.role)));
    m_userLabel->setToolTip(tr("Working as %1; File → Switch user… to change").arg(m_user.login));
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

} // namespace LeadPact
