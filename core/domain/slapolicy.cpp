// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicy.h"

namespace LeadPact {

QDateTime SlaPolicy::deadline(const QDateTime &receivedAt) const
{
    if (!receivedAt.isValid())
        return {};
    return receivedAt.toUTC().addSecs(qint64(firstContactMinutes) * 60);
}

} // namespace LeadPact
