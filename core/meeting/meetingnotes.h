// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "isoweek.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeadPact {

// What the weekly sync writes down, kept per ISO week so next week's meeting starts from it.
enum class MeetingItemKind {
    Problem, // one of the week's top problems (proposed by a rule or typed in)
    Idea,    // an idea to test: a channel, an offer, a segment
    Note,    // free notes of the meeting
};
QString meetingItemKindCode(MeetingItemKind kind); // "problem", "idea", "note"
std::optional<MeetingItemKind> meetingItemKindFromString(const QString &text);

struct MeetingItem
{
    qint64 id = 0;
    IsoWeek week;
    MeetingItemKind kind = MeetingItemKind::Note;
    int position = 0; // order within the week and kind
    QString text;
    QString evidence; // the number behind a problem, as shown ("SLA 41 % of 120 leads")
    QString rule;     // the detection rule that proposed it ("worst_sla_manager"), or empty
    QString subject;  // what the rule points at (a manager id, a channel, a reason code)
    QDateTime updatedAt;
    qint64 updatedBy = 0;
};

enum class ActionStatus { Open, Done, Dropped };
QString actionStatusCode(ActionStatus status); // "open", "done", "dropped"
std::optional<ActionStatus> actionStatusFromString(const QString &text);
QString actionStatusTitle(ActionStatus status);

// An agreement of the meeting: who does what by when. An open item is carried over to every
// later week until it is closed; the week it was closed in still shows it with its outcome.
struct ActionItem
{
    qint64 id = 0;
    IsoWeek createdWeek;
    QString text;
    std::optional<qint64> ownerId;
    QDate deadline; // may be null (no deadline)
    ActionStatus status = ActionStatus::Open;
    IsoWeek closedWeek; // set with Done/Dropped: the meeting week it was closed in
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    qint64 updatedBy = 0;
};

// An action item as one meeting week sees it.
struct WeekActionItem
{
    ActionItem item;
    bool carriedOver = false; // agreed in an earlier week, still open when this week began
    bool overdue = false;     // open and past its deadline on the reference day
};

// One line of the meeting log: who changed what, and when. The log is append-only.
struct MeetingChange
{
    QDateTime at;
    qint64 actorId = 0;
    IsoWeek week;
    QString entity;  // "item" or "action"
    qint64 entityId = 0;
    QString change;  // "added", "edited", "removed", "status"
    QJsonObject detail; // field -> {"from": old, "to": new}
};

} // namespace LeadPact
