// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/dailyreport.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace LeadPact {

class Clock;
class Database;
class DialogRunner;

// The daily status report on screen: a day (in the team's time zone), the per-manager table
// with the rejections by reason, and the same report as PDF, XLSX or on paper.
class DailyReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The database, clock and runner must outlive the dialog.
    DailyReportDialog(Database &db,
                      const Clock &clock,
                      DialogRunner &runner,
                      QWidget *parent = nullptr);

    void showDate(const QDate &date);
    const DailyReport &report() const { return m_report; }

    void exportPdf();
    void exportXlsx();
    void print();

private:
    void fill();

    Database &m_db;
    const Clock &m_clock;
    DialogRunner &m_runner;
    QTimeZone m_zone;
    DailyReport m_report;
    QDateEdit *m_date = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace LeadPact
