// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace LeadPact {

class Database;
class LeadTableModel;

// The application window: the lead list (read-only for now) in the SLA order, a status filter,
// and a status bar naming the database, its access mode and how many leads match. The lead
// desk of the next issues grows from here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The window does not own the database; it must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    LeadTableModel *leadModel() const { return m_model; }

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createFilterBar();
    void createStatusBar();
    void applyFilter();
    void updateLeadCount();
    void setDefaultColumnWidths();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    LeadTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace LeadPact
