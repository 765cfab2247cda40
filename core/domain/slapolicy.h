// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace LeadPact {

// Sales' side of the SLA: the first contact is due within a target time of the lead arriving.
// This is the wall-clock policy; the business-calendar policy (working hours, holidays, time
// zone) builds on it.
struct SlaPolicy
{
    int firstContactMinutes = 15;

    // When the first contact is due for a lead received at `receivedAt`.
    QDateTime deadline(const QDateTime &receivedAt) const;
};

} // namespace LeadPact
