// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/meetingnotes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace LeadPact {

class Database;

// Rows of the weekly sync: meeting_items, action_items and the append-only meeting_log.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database &db);

    // Items of one week and kind in their order; removed ones are left out.
    QList<MeetingItem> items(const IsoWeek &week, MeetingItemKind kind) const;
    std::optional<MeetingItem> item(qint64 id) const;
    // How many items the week ever had of this kind, removed ones included.
    int everCount(const IsoWeek &week, MeetingItemKind kind) const;
    qint64 insertItem(const MeetingItem &item);
    void updateItem(const MeetingItem &item);
    void markRemoved(qint64 itemId, const QDateTime &at, qint64 userId);

    // Action items a week's meeting shows: agreed in that week or earlier, and still open or
    // closed in that week or later. Oldest first.
    QList<ActionItem> actionItemsVisibleIn(const IsoWeek &week) const;
    std::optional<ActionItem> actionItem(qint64 id) const;
    qint64 insertActionItem(const ActionItem &item);
    void updateActionItem(const ActionItem &item);

    void appendLog(const MeetingChange &change);
    QList<MeetingChange> log(const IsoWeek &week) const;

private:
    Database &m_db;
};

} // namespace LeadPact
