// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/slapolicy.h"

#include <QBrush>
#include <QCoreApplication>
#include <QString>

namespace LeadPact {

// How an SLA state looks on screen: the countdown text ("12:34 left", "overdue 1:05:10") and
// the colours that warn. The core decides the state; this only shows it, the same way in the
// queue and in the detail panel.
class SlaDisplay
{
    Q_DECLARE_TR_FUNCTIONS(SlaDisplay)

public:
    // The countdown for a waiting lead, "met"/"missed" for an answered one.
    static QString text(const SlaStatus &status);
    // A duration as "m:ss", "h:mm:ss" or "N d h:mm:ss" (the sign is ignored).
    static QString duration(qint64 seconds);
    // Amber for due soon, red for overdue; no brush (the style's own) otherwise.
    static QBrush background(SlaState state);
    // Text that stays readable on background(state).
    static QBrush foreground(SlaState state);
};

} // namespace LeadPact
