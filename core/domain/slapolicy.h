// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace LeadPact {

struct Lead;

// Where a lead stands against the first-contact target.
enum class SlaState {
    OnTime,  // waiting, more than the due-soon margin left
    DueSoon, // waiting, the deadline is close
    Overdue, // waiting, past the deadline
    Met,     // answered (first contact, or a rejection without one) by the deadline
    Missed,  // answered after the deadline
};

QString slaStateCode(SlaState state); // "on_time", "due_soon", "overdue", "met", "missed"
QString slaStateTitle(SlaState state);

struct SlaStatus
{
    SlaState state = SlaState::OnTime;
    QDateTime deadline;
    QDateTime answeredAt;       // invalid while waiting
    qint64 remainingSeconds = 0; // wall-clock seconds to the deadline; negative when overdue
};

// Sales' side of the SLA: the first contact is due within a target of working time after the
// lead arrives. One policy for the team, stored in the database.
struct SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicy)

public:
    int firstContactMinutes = 15;
    int dueSoonMinutes = 5;
    WorkCalendar calendar;

    // When the first contact is due for a lead received at `receivedAt`.
    QDateTime deadline(const QDateTime &receivedAt) const;
    // The lead's SLA state at `now`. Uses the deadline stored with the lead (set when it
    // arrived), so changing the policy does not move deadlines already given.
    SlaStatus status(const Lead &lead, const QDateTime &now) const;
    // Working seconds of this calendar from the lead's arrival to its first contact, stored on
    // the lead (Lead::firstContactWorkSeconds) for the metrics; cleared without a contact.
    void stampFirstContact(Lead &lead) const;

    std::optional<QString> problem() const;
    QJsonObject toJson() const;
    static SlaPolicy fromJson(const QJsonObject &json); // throws Error(Validation)

    bool operator==(const SlaPolicy &other) const = default;
};

} // namespace LeadPact
