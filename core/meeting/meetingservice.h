// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingnotes.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace LeadPact {

class Clock;
class Database;
struct User;

// A problem a detection rule proposes for a week's meeting, before anyone has edited it.
struct ProblemProposal
{
    QString rule;    // the rule's code ("worst_sla_manager")
    QString subject; // what it points at (a manager id, a channel, a reason code)
    QString text;    // the problem as the meeting reads it
    QString evidence; // the number behind it
};

// The notes of the weekly sync, kept per ISO week: top problems, ideas to test, free notes
// and action items. The head of sales, marketing and admin write them; a manager may close
// the action items they own. Every change is logged with who and when.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(MeetingService)

public:
    MeetingService(Database &db, const Clock &clock);

    QList<MeetingItem> items(const IsoWeek &week, MeetingItemKind kind) const;
    qint64 addItem(const IsoWeek &week, MeetingItemKind kind, const QString &text,
                   const User &actor, const QString &evidence = {});
    void editItem(qint64 itemId, const QString &text, const QString &evidence, const User &actor);
    void removeItem(qint64 itemId, const User &actor);
    // Moves an item to `index` among the items of its week and kind.
    void moveItem(qint64 itemId, int index, const User &actor);

    // Stores the rules' proposals as the week's problems, unless the week already has (or had)
    // problems: what people wrote or removed is never overwritten. Returns whether it stored.
    bool proposeProblems(const IsoWeek &week, const QList<ProblemProposal> &proposals,
                         const User &actor);

    // The action items the week's meeting shows (see MeetingRepository::actionItemsVisibleIn),
    // overdue judged against `today` (a date in the team's time zone).
    QList<WeekActionItem> actionItems(const IsoWeek &week, const QDate &today) const;
    qint64 addActionItem(const IsoWeek &week, const QString &text, std::optional<qint64> ownerId,
                         const QDate &deadline, const User &actor);
    void editActionItem(qint64 itemId, const QString &text, std::optional<qint64> ownerId,
                        const QDate &deadline, const User &actor);
    // Closing (Done/Dropped) records the meeting week it was closed in; reopening clears it.
    void setActionStatus(qint64 itemId, ActionStatus status, const IsoWeek &meetingWeek,
                         const User &actor);

    // Who changed what in a week's notes, oldest first.
    QList<MeetingChange> history(const IsoWeek &week) const;

private:
    void requireEditor(const User &actor) const;
    MeetingItem requireItem(qint64 itemId) const;
    ActionItem requireAction(qint64 itemId) const;
    QString checkedText(const QString &text, const char *field) const;
    void log(const IsoWeek &week, const char *entity, qint64 entityId, const char *change,
             const QJsonObject &detail, const User &actor);

    Database &m_db;
    const Clock &m_clock;
    MeetingRepository m_repository;
};

} // namespace LeadPact
