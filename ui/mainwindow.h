// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogrunner.h"
#include "domain/role.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;
class QToolButton;

namespace LeadPact {

class ActionController;
class AlertBanner;
class AlertCenter;
class AutoDistributor;
class CampaignsController;
class Clock;
class DashboardView;
class Database;
class FilterBar;
class LeadDetailPanel;
class LeadExportDialog;
class LeadService;
class LeadTableModel;
class MeetingWindow;
class QueueView;
struct LeadFilter;
struct Alert;
struct Lead;

// The lead desk: the filter bar over the SLA queue, the selected lead's details and history
// beside it, the actions on it (menu, toolbar, shortcuts), alerts, and a status bar with the
// result of the last action and its undo. Beside the desk, on a second tab (Ctrl+2; Ctrl+1
// goes back), the funnel and SLA dashboard for everyone but managers; a click on one of its
// numbers comes back to the lead list filtered to exactly the leads behind it. The countdown ticks every second; the queue is
// re-read every 30 seconds keeping the selection and the scroll position.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int tickMs = 1000;
    static constexpr int refreshMs = 30 * 1000;
    static constexpr int alertCheckMs = 10 * 1000;
    // Source scores come from all history: they move slowly.
    static constexpr int sourceScoresMs = 10 * 60 * 1000;

    // The window does not own the database or the clock; both must outlive it. Without a
    // runner, the real dialogs run (ExecDialogRunner).
    MainWindow(Database &db, const User &user, const Clock &clock,
               std::unique_ptr<DialogRunner> runner = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    const User &user() const { return m_user; }
    // Works as another user: the actions, the owner filter and the alerts follow the role.
    void setUser(const User &user);

    LeadTableModel *leadModel() const { return m_model; }
    QueueView *queueView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    LeadDetailPanel *detailPanel() const { return m_detail; }
    ActionController *actions() const { return m_actions; }
    AlertCenter *alertCenter() const { return m_alerts; }
    DashboardView *dashboard() const { return m_dashboard; }
    QTabWidget *viewTabs() const { return m_views; }
    // Shows the lead desk / the dashboard (when the user's role has one).
    void showDesk();
    void showDashboard();
    // The weekly meeting, full screen (Shift+F5; F5 is Refresh): the one running, else a new
    // one on the last finished week. Nothing while none is open.
    void openMeeting();
    MeetingWindow *meetingWindow() const;
    // The daily status report (on screen, PDF, XLSX, print).
    void openDailyReport();
    // The leads the list shows (its filter and order) to XLSX or CSV, with progress and cancel.
    LeadExportDialog *exportLeads();
    // Nothing on a read-only database: only the writer distributes.
    AutoDistributor *autoDistributor() const { return m_autoDistributor; }

    // One second of the countdown: repaints the SLA column and the detail, expires the undo.
    void tick();
    // Re-reads the queue keeping the selected lead and the scroll position.
    void refreshQueue();
    // Reads the team, channels, reasons and the SLA policy again.
    void reloadContext();
    // Recomputes the sources' conversion scores for the queue's "hot" marks.
    void refreshSourceScores();

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void applyFilter();
    void showCurrentLead();
    void showChangedLead(const Lead &lead);
    void showLeadById(qint64 leadId);
    void showDrillDown(const LeadFilter &filter, const QString &description);
    void activateCurrent();
    void presentAlert(const Alert &alert);
    void switchUser();
    // Team settings (SLA policy, lead distribution) for admin and the head of sales.
    void openSettings();
    // The import wizard (File menu), for the roles that may import.
    void openImport();
    void updateLeadCount();
    void updateUserLabel();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    const Clock &m_clock;
    User m_user;
    std::unique_ptr<DialogRunner> m_runner;
    std::unique_ptr<LeadService> m_service;
    QHash<qint64, QString> m_userNames;
    LeadTableModel *m_model = nullptr;
    QueueView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    LeadDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_views = nullptr;
    QWidget *m_desk = nullptr;
    DashboardView *m_dashboard = nullptr;
    ActionController *m_actions = nullptr;
    AlertCenter *m_alerts = nullptr;
    CampaignsController *m_campaigns = nullptr;
    AlertBanner *m_banner = nullptr;
    AutoDistributor *m_autoDistributor = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_showDashboardAction = nullptr;
    QPointer<MeetingWindow> m_meeting;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_alertTimer = nullptr;
    QTimer *m_scoresTimer = nullptr;
    QToolButton *m_undoButton = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace LeadPact
