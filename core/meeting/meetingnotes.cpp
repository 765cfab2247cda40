// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingnotes.h"

namespace LeadPact {

QString meetingItemKindCode(MeetingItemKind kind)
{
    switch (kind) {
    case MeetingItemKind::Problem:
        return QStringLiteral("problem");
    case MeetingItemKind::Idea:
        return QStringLiteral("idea");
    case MeetingItemKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<MeetingItemKind> meetingItemKindFromString(const QString &text)
{
    for (MeetingItemKind kind : {MeetingItemKind::Problem, MeetingItemKind::Idea,
                                 MeetingItemKind::Note}) {
        if (meetingItemKindCode(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString actionStatusCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromString(const QString &text)
{
    for (ActionStatus status : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped}) {
        if (actionStatusCode(status) == text)
            return status;
    }
    return std::nullopt;
}

QString actionStatusTitle(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QCoreApplication::translate("ActionStatus", "Open");
    case ActionStatus::Done:
        return QCoreApplication::translate("ActionStatus", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("ActionStatus", "Dropped");
    }
    return {};
}

} // namespace LeadPact
