// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionsection.h"

#include <QDateTime>

class QComboBox;
class QDateTimeEdit;

namespace LeadPact {

// "Log first contact": how the manager reached the client ("contactKind") and when
// ("contactTime", shown in local time, starting at now).
class ContactSection final : public ActionSection
{
    Q_OBJECT

public:
    ContactSection(const QDateTime &now, QWidget *parent = nullptr);

    void fillRequest(TransitionRequest &request) const override;
    QWidget *firstField() const override;

private:
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_time = nullptr;
};

} // namespace LeadPact
