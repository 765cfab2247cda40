// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeadPact {

struct Lead;

enum class EventKind {
    Created,       // the lead arrived (form, import, manual entry)
    StatusChanged, // a state-machine transition
    Edited,        // data changed without a status change
    Assigned,      // owner set or changed
    Compensation,  // an undo: reverses an earlier event, which itself stays in the log
};

QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromString(const QString &text);

// One line of a lead's history. The log is append-only: the database refuses UPDATE and DELETE.
struct LeadEvent
{
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    qint64 actorId = 0;
    EventKind kind = EventKind::StatusChanged;
    std::optional<LeadStatus> fromStatus;
    std::optional<LeadStatus> toStatus;
    std::optional<qint64> reasonId;
    QString comment;
    QJsonObject changes; // field -> {"from": old, "to": new}
    std::optional<qint64> undoesEventId; // for Compensation: the event it reverses
};

// The fields that differ between two versions of a lead, as stored in LeadEvent::changes.
QJsonObject diffLeads(const Lead &before, const Lead &after);
// The lead with every field named in `changes` set back to its "from" value (the inverse of
// diffLeads), for undo.
Lead revertChanges(const Lead &lead, const QJsonObject &changes);

} // namespace LeadPact
