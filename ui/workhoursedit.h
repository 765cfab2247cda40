// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workcalendar.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QTimeEdit;

namespace LeadPact {

// The working hours of the seven weekdays, one row each: a "works" checkbox ("worksMon" …
// "worksSun") and the start and end of the day ("startMon", "endMon" …). A day off keeps its
// times greyed out, so ticking it again restores them. Whether the hours make sense is the
// calendar's call (WorkCalendar::problem()), not this widget's.
class WorkHoursEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkHoursEdit(QWidget *parent = nullptr);

    // Shows the hours of `calendar`; days off show 09:00–18:00 greyed out.
    void setHours(const WorkCalendar &calendar);
    // Writes the shown hours into `calendar`, leaving its zone and holidays alone.
    void applyTo(WorkCalendar &calendar) const;

signals:
    void changed();

private:
    struct Row
    {
        QCheckBox *works = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
    };

    void updateRow(const Row &row);

    std::array<Row, 7> m_rows; // Monday first
};

} // namespace LeadPact
