// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QDateEdit;
class QListWidget;
class QPushButton;

namespace LeadPact {

// The team's holidays: a sorted list of dates ("holidays"), a date field ("holidayDate") with
// an Add button ("addHoliday") and a Remove button ("removeHoliday") for the selected dates.
class HolidayListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit HolidayListEdit(QWidget *parent = nullptr);

    QSet<QDate> holidays() const;
    void setHolidays(const QSet<QDate> &holidays);
    // The date the field offers first (today, as the caller's clock sees it).
    void setSuggestedDate(const QDate &date);

signals:
    void changed();

private:
    void addDate();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace LeadPact
