// SPDX-License-Identifier: GPL-3.0-or-later
#include "sladisplay.h"

#include <QColor>

namespace LeadPact {

namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString SlaDisplay::duration(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const QString secs = twoDigits(seconds % 60);
    if (days > 0) {
        //: A duration of days and h:mm:ss, e.g. "2 d 3:04:05"
        return tr("%1 d %2:%3:%4").arg(days).arg(hours).arg(twoDigits(minutes), secs);
    }
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(twoDigits(minutes), secs);
    return QStringLiteral("%1:%2").arg(minutes).arg(secs);
}

QString SlaDisplay::text(const SlaStatus &status)
{
    switch (status.state) {
    case SlaState::OnTime:
    case SlaState::DueSoon:
        //: SLA countdown: time left to the first-contact deadline
        return tr("%1 left").arg(duration(status.remainingSeconds));
    case SlaState::Overdue:
        //: SLA countdown: time since the first-contact deadline passed
        return tr("overdue %1").arg(duration(status.remainingSeconds));
    case SlaState::Met:
        //: SLA: the first contact was made in time
        return tr("met");
    case SlaState::Missed:
        //: SLA: the first contact was made after the deadline
        return tr("missed");
    case SlaState::Unknown:
        //: SLA: answered, but the other CRM the lead was imported from did not record when
        return tr("time unknown");
    }
    return {};
}

QBrush SlaDisplay::background(SlaState state)
{
    switch (state) {
    case SlaState::DueSoon:
        return QColor(255, 200, 87); // amber
    case SlaState::Overdue:
        return QColor(198, 40, 40); // red
    default:
        return {};
    }
}

QBrush SlaDisplay::foreground(SlaState state)
{
    switch (state) {
    case SlaState::DueSoon:
        return QColor(33, 33, 33);
    case SlaState::Overdue:
        return QColor(255, 255, 255);
    default:
        return {};
    }
}

} // namespace LeadPact
