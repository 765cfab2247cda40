// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/slapolicy.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace LeadPact {

class HolidayListEdit;
class WorkHoursEdit;

// The "SLA policy" tab of the settings dialog: the first-contact target, the due-soon warning,
// the work calendar (time zone, hours per weekday, holidays). It edits a copy of the policy;
// policy() returns it as shown, valid or not, and the dialog asks SlaPolicy::problem().
class SlaPolicyPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPolicyPage(QWidget *parent = nullptr);

    SlaPolicy policy() const;
    void setPolicy(const SlaPolicy &policy);
    void setToday(const QDate &today);

signals:
    void changed();

private:
    QSpinBox *m_firstContact = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QComboBox *m_timeZone = nullptr;
    WorkHoursEdit *m_hours = nullptr;
    HolidayListEdit *m_holidays = nullptr;
};

} // namespace LeadPact
