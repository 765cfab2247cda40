// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actioncontroller.h"
#include "alertbanner.h"
#include "alertcenter.h"
#include "autodistributor.h"
#include "campaigns/campaignscontroller.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "execdialogrunner.h"
#include "filterbar.h"
#include "identitydialog.h"
#include "leaddetailpanel.h"
#include "leadexportdialog.h"
#include "leadtablemodel.h"
#include "metrics/metricsservice.h"
#include "meeting/meetingwindow.h"
#include "queueview.h"
#include "report/dailyreportdialog.h"
#include "service/catalogservice.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "service/policyservice.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QCloseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString mutedKey = QStringLiteral("Alerts/muted");
// Wide enough for the queue and the detail panel; bounded by the screen on small laptops.
constexpr QSize defaultSize(1440, 860);

QTimer *makeTimer(QObject *parent, const char *name, int interval)
{
    auto *timer = new QTimer(parent);
    timer->setObjectName(QLatin1String(name));
    timer->setInterval(interval);
    return timer;
}

} // namespace

MainWindow::MainWindow(Database &db, const User &user, const Clock &clock,
                       std::unique_ptr<DialogRunner> runner, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , m_user(user)
    , m_runner(runner ? std::move(runner) : std::make_unique<ExecDialogRunner>())
    , m_service(std::make_unique<LeadService>(db, clock))
    , m_model(new LeadTableModel(db, clock, this))
    , m_table(new QueueView(m_model, this))
    , m_filterBar(new FilterBar(clock, this))
    , m_detail(new LeadDetailPanel(clock, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_alerts(new AlertCenter(db, clock, this))
    , m_banner(new AlertBanner(this))
    , m_tickTimer(makeTimer(this, "slaTimer", tickMs))
    , m_refreshTimer(makeTimer(this, "refreshTimer", refreshMs))
    , m_alertTimer(makeTimer(this, "alertTimer", alertCheckMs))
    , m_scoresTimer(makeTimer(this, "sourceScoresTimer", sourceScoresMs))
{
    setWindowTitle(QStringLiteral("LeadPact"));
    m_actions = new ActionController(db, *m_service, clock, *m_runner, this);
    m_actions->setReadOnly(db.isReadOnly());
    m_campaigns = new CampaignsController(db, clock, this);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_desk = new QWidget(this);
    m_desk->setObjectName(QStringLiteral("leadDesk"));
    auto *deskLayout = new QVBoxLayout(m_desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    deskLayout->setSpacing(0);
    deskLayout->addWidget(m_filterBar);
    deskLayout->addWidget(m_splitter, 1);
    m_dashboard = new DashboardView(db, clock, *m_runner, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_desk, tr("Leads"));
    m_views->addTab(m_dashboard, tr("Dashboard"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    createMenus();
    createToolBar();
    createStatusBar();
    // Filters, then the queue, then the lead's details: the order the eye reads them.
    setTabOrder(m_filterBar, m_table);
    setTabOrder(m_table, m_detail);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("LeadPact"));
        m_tray->show();
    }

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::resultsRequested, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table, &QueueView::currentLeadChanged, this, &MainWindow::showCurrentLead);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::activateCurrent);
    connect(m_model, &LeadTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateLeadCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateLeadCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateLeadCount);
    connect(m_model, &LeadTableModel::countCompleted, this, &MainWindow::updateLeadCount);
    connect(m_actions, &ActionController::leadChanged, this, &MainWindow::showChangedLead);
    connect(m_actions, &ActionController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, LeadService::undoWindowSeconds * 1000);
    });
    connect(m_actions, &ActionController::failed, this, [this](const QString &text) {
        statusBar()->showMessage(text);
    });
    connect(m_actions, &ActionController::catalogChanged, this, &MainWindow::reloadContext);
    connect(m_alerts, &AlertCenter::alertRaised, this, &MainWindow::presentAlert);
    connect(m_banner, &AlertBanner::showLeadRequested, this, &MainWindow::showLeadById);
    connect(m_detail, &LeadDetailPanel::campaignRequested, m_campaigns,
            &CampaignsController::openCard);
    connect(m_campaigns, &CampaignsController::registryChanged, this, [this] {
        m_dashboard->reloadContext();
        refreshQueue(); // the leads it took carry its name now
    });
    // Like an import, a campaign save writes on its own connection for seconds on a large
    // database: the distributor, which writes on this thread, rests meanwhile.
    connect(m_campaigns, &CampaignsController::savingChanged, this, [this](bool saving) {
        if (m_autoDistributor)
            m_autoDistributor->setPaused(saving);
    });
    connect(m_campaigns, &CampaignsController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_dashboard, &DashboardView::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_dashboard, &DashboardView::failed, this, [this](const QString &text) {
        statusBar()->showMessage(text);
    });
    connect(m_tickTimer, &QTimer::timeout, this, &MainWindow::tick);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshQueue);
    connect(m_alertTimer, &QTimer::timeout, m_alerts, &AlertCenter::check);
    connect(m_scoresTimer, &QTimer::timeout, this, &MainWindow::refreshSourceScores);

    restoreSettings();
    setUser(user);
    m_tickTimer->start();
    m_refreshTimer->start();
    m_alertTimer->start();
    m_scoresTimer->start();
    // After the first paint: the queue is usable before the scores are in.
    QTimer::singleShot(0, this, &MainWindow::refreshSourceScores);
    if (!db.isReadOnly()) {
        m_autoDistributor = new AutoDistributor(db, clock, this);
        connect(m_autoDistributor, &AutoDistributor::distributed, this, [this] {
            refreshQueue();
            m_alerts->check();
        });
        connect(m_autoDistributor, &AutoDistributor::failed, this, [this](const QString &text) {
            statusBar()->showMessage(text);
        });
        m_autoDistributor->start();
    }
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUser(const User &user)
{
    m_user = user;
    if (m_meeting)
        m_meeting->close(); // it writes as the user who opened it
    m_actions->setUser(user);
    m_alerts->setUser(user);
    m_campaigns->setUser(user);
    m_settingsAction->setVisible(Permissions::mayEditPolicy(user.role)
                                 || Permissions::mayReassign(user.role));
    m_settingsAction->setEnabled(!m_db.isReadOnly());
    m_importAction->setEnabled(Permissions::mayImport(user.role) && !m_db.isReadOnly());
    m_importAction->setToolTip(
        !Permissions::mayImport(user.role)
            ? tr("Only marketing, the head of sales and admin import leads.")
            : (m_db.isReadOnly() ? tr("The database is open read-only.") : QString()));
    m_dashboard->setUser(user);
    // The dashboard is the departments' shared view; a manager works their own queue.
    const bool dashboard = user.role != Role::Manager;
    if (!dashboard)
        showDesk();
    m_views->setTabVisible(m_views->indexOf(m_dashboard), dashboard);
    m_showDashboardAction->setEnabled(dashboard);
    updateUserLabel();
    reloadContext();
    m_table->showFilter(m_filterBar->filter());
    m_dashboard->markStale();
    m_alerts->check();
    // "Told before launch": the campaigns starting these days, once per sign-in.
    if (const std::optional<Alert> announcement = m_campaigns->announcement())
        presentAlert(*announcement);
}

void MainWindow::reloadContext()
{
    try {
        const QList<User> users = UserRepository(m_db).list();
        QList<User> salesTeam;
        m_userNames.clear();
        for (const User &member : users) {
            m_userNames.insert(member.id,
                               member.displayName.isEmpty() ? member.login : member.displayName);
            if (isSalesRole(member.role) && member.active)
                salesTeam.append(member);
        }
        const SlaPolicy policy = PolicyService(m_db, m_clock).slaPolicy();
        m_service->setSlaPolicy(policy);
        m_model->setSlaPolicy(policy);
        m_alerts->setSlaPolicy(policy);
        m_filterBar->setContext(m_user, salesTeam, LeadRepository(m_db).channels());
        m_detail->setContext(m_userNames, CatalogService(m_db).catalog(), policy);
        m_dashboard->reloadContext();
    } catch (const Error &error) {
        statusBar()->showMessage(error.message());
    }
}

void MainWindow::applyFilter()
{
    statusBar()->clearMessage();
    m_table->showFilter(m_filterBar->filter());
}

void MainWindow::refreshSourceScores()
{
    try {
        m_model->setSourceScores(MetricsService(m_db, m_clock).sourceScores());
    } catch (const Error &error) {
        statusBar()->showMessage(error.message());
    }
}

void MainWindow::refreshQueue()
{
    m_table->refreshKeepingPlace(m_filterBar->filter());
    m_dashboard->markStale();
}

void MainWindow::showDesk()
{
    m_views->setCurrentWidget(m_desk);
    m_table->setFocus();
}

void MainWindow::showDashboard()
{
    if (m_views->isTabVisible(m_views->indexOf(m_dashboard)))
        m_views->setCurrentWidget(m_dashboard);
}

void MainWindow::showDrillDown(const LeadFilter &filter, const QString &description)
{
    statusBar()->clearMessage();
    showDesk();
    m_filterBar->setDrillDown(filter, description);
}

void MainWindow::tick()
{
    m_model->tickSla();
    m_detail->tickSla();
    m_actions->tick();
}

void MainWindow::showCurrentLead()
{
    std::optional<Lead> lead = m_table->currentLead();
    QList<LeadEvent> history;
    if (lead) {
        try {
            // Fresh from the database: the cached row may be a few seconds old.
            lead = m_service->lead(lead->id);
            history = m_service->history(lead->id);
        } catch (const Error &error) {
            statusBar()->showMessage(error.message());
        }
    }
    m_detail->showLead(lead, history);
    m_actions->setLead(lead);
}

void MainWindow::showChangedLead(const Lead &lead)
{
    // The row shows the change at once; it leaves the queue (if it no longer matches the
    // filter) at the next refresh, so the user still sees what they did and may undo it.
    m_model->updateLead(lead);
    m_dashboard->markStale();
    if (!m_detail->lead() || m_detail->lead()->id == lead.id) {
        m_detail->showLead(lead, m_service->history(lead.id));
        m_actions->setLead(lead);
    }
}

void MainWindow::showLeadById(qint64 leadId)
{
    const int row = m_model->cachedRowOf(leadId);
    if (row >= 0) {
        m_table->selectRow(row);
        return;
    }
    try {
        const Lead lead = m_service->lead(leadId);
        m_detail->showLead(lead, m_service->history(leadId));
        m_actions->setLead(lead);
    } catch (const Error &error) {
        statusBar()->showMessage(error.message());
    }
}

void MainWindow::activateCurrent()
{
    // Enter: the likely next step on the lead, else into its details.
    if (QAction *action = m_actions->primaryAction(); action && action->isEnabled())
        action->trigger();
    else
        m_detail->setFocus(Qt::OtherFocusReason);
}

void MainWindow::presentAlert(const Alert &alert)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(alert.title, alert.message, QSystemTrayIcon::Warning);
    else
        m_banner->showAlert(alert);
}

void MainWindow::switchUser()
{
    QList<User> users;
    try {
        users = UserRepository(m_db).list();
    } catch (const Error &error) {
        statusBar()->showMessage(error.message());
        return;
    }
    if (const auto chosen = m_runner->chooseUser(users, m_user.login, this)) {
        IdentityDialog::remember(*chosen);
        setUser(*chosen);
    }
}

void MainWindow::openSettings()
{
    // open(), not exec(): window-modal without blocking, like the About box.
    auto *dialog = new SettingsDialog(m_db, m_clock, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The new policy colours the queue at once; distribution may take waiting leads now.
        reloadContext();
        if (!m_autoDistributor || m_autoDistributor->run() == 0)
            refreshQueue();
    });
    dialog->open();
}

void MainWindow::openMeeting()
{
    if (!m_meeting) {
        m_meeting = new MeetingWindow(m_db, m_clock, m_user, *m_runner, IsoWeek(), this);
        m_meeting->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_meeting, &MeetingWindow::showLeadsRequested, this,
                [this](const LeadFilter &filter, const QString &description) {
                    // The meeting steps aside for the list; Shift+F5 brings it back.
                    m_meeting->showMinimized();
                    showDrillDown(filter, description);
                    raise();
                    activateWindow();
                });
    }
    m_meeting->showFullScreen();
    m_meeting->raise();
    m_meeting->activateWindow();
}

MeetingWindow *MainWindow::meetingWindow() const
{
    return m_meeting;
}

void MainWindow::openDailyReport()
{
    auto *dialog = new DailyReportDialog(m_db, m_clock, *m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

LeadExportDialog *MainWindow::exportLeads()
{
    auto *dialog = new LeadExportDialog(m_db, m_clock, *m_runner, m_filterBar->filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_meeting)
        m_meeting->close();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize.boundedTo(screen()->availableSize()));
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_table->restoreColumnWidths(settings);
    m_filterBar->restoreSettings(settings);
    m_dashboard->filterBar()->restoreSettings(settings);
    m_alerts->setMuted(settings.value(mutedKey, false).toBool());
    m_muteAction->setChecked(m_alerts->isMuted());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(mutedKey, m_alerts->isMuted());
    m_table->saveColumnWidths(settings);
    m_filterBar->saveSettings(settings);
    m_dashboard->filterBar()->saveSettings(settings);
}

} // namespace LeadPact
