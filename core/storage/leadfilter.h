// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/leadstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace LeadPact {

// Which leads to list, and in what order. Every criterion becomes a WHERE clause: filtering and
// sorting always run in SQL, never over rows already fetched.
struct LeadFilter
{
    enum class Order {
        SlaUrgency,  // leads waiting for first contact first, then earliest deadline first
        NewestFirst, // latest arrival first
    };

    QList<LeadStatus> statuses; // any of these; empty means all
    std::optional<qint64> ownerId;
    bool unassignedOnly = false;
    QString channel;
    std::optional<bool> incomplete; // minimum data missing (or present)
    QDateTime receivedFrom;         // inclusive
    QDateTime receivedTo;           // exclusive
    QString search;                 // name, company, e-mail (any case), phone in any format
    Order order = Order::SlaUrgency;

    // Criteria the metrics drill down with (MetricsService::drillDown); each narrows the set.
    QString campaign;
    bool channelMissing = false;           // no channel given (NULL or empty)
    std::optional<bool> contacted;         // first contact logged (or not)
    std::optional<bool> withinSla;         // answered (contact, or rejection without one) by sla_due_at
    // First contact after more than / at most this many working seconds (implies contacted).
    std::optional<qint64> contactSecondsAbove;
    std::optional<qint64> contactSecondsAtMost;
    QString rejectionReason;               // code in the rejection catalog
    enum class Dispute { Any, Disputed, Pending, Confirmed, Overturned };
    Dispute dispute = Dispute::Any;
    QString dealCurrency;
};

} // namespace LeadPact
