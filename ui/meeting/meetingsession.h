// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "meeting/meetingservice.h"
#include "meeting/weekreview.h"
#include "meetingsnapshot.h"
#include "storage/leadfilter.h"

#include <QHash>
#include <QObject>

class QThread;

#include <memory>

namespace LeadPact {

class Clock;
class Database;

// One user's weekly meeting over one database: the chosen week's numbers, its notes, and every
// edit, which goes through core's MeetingService at once (saved and logged there). The numbers
// scan a week of leads (seconds on a million leads): they are computed once per week on a
// thread of their own, over a read-only connection, while the slides show the notes and say
// "computing"; then kept. Once they are there, the rules' top three problems become the week's
// problems (once per week, when the user may edit). Failures are reported by failed(), never
// thrown.
class MeetingSession final : public QObject
{
    Q_OBJECT

public:
    // The database and the clock must outlive the session.
    MeetingSession(Database &db, const Clock &clock, const User &user, QObject *parent = nullptr);
    ~MeetingSession() override;

    const User &user() const { return m_user; }
    IsoWeek defaultWeek() const;
    IsoWeek week() const { return m_snapshot.review.week; }
    // Shows the week: its notes at once, its numbers from the cache or, the first time, when
    // computed (weekOpened() again then).
    void openWeek(const IsoWeek &week);
    // The week's numbers are still being computed.
    bool isComputing() const { return m_computing; }
    // Compute on the calling thread instead (no second connection, e.g. an in-memory database).
    void setBackgroundLoading(bool on) { m_background = on; }
    const MeetingSnapshot &snapshot() const { return m_snapshot; }

    // Whether the user may write the notes (role, and a database open for writing).
    bool mayEdit() const;
    // Whether the user may change this action item's status (editors; a manager their own).
    bool mayChangeStatus(const ActionItem &item) const;
    // Active users who may own an action item, by name.
    QList<User> owners() const;

    bool addItem(MeetingItemKind kind, const QString &text, const QString &evidence = {});
    bool editItem(qint64 itemId, const QString &text, const QString &evidence);
    bool removeItem(qint64 itemId);
    bool addAction(const QString &text, std::optional<qint64> ownerId, const QDate &deadline);
    bool editAction(qint64 itemId,
                    const QString &text,
                    std::optional<qint64> ownerId,
                    const QDate &deadline);
    bool setActionStatus(qint64 itemId, ActionStatus status);

    // The leads behind a problem a rule proposed; nothing for one typed in by hand.
    std::optional<LeadFilter> problemLeads(const MeetingItem &problem) const;
    QString problemLeadsDescription(const MeetingItem &problem) const;

signals:
    void weekOpened();
    void notesChanged();
    void failed(const QString &message);

private:
    template<typename Edit>
    bool edit(Edit &&edit);
    void reloadNotes();
    void showReview(const WeekReviewData &review);
    void startLoading(const IsoWeek &week);
    void loaded(const WeekReviewData &review, const QString &error);

    Database &m_db;
    const Clock &m_clock;
    User m_user;
    MeetingService m_service;
    WeekReview m_review;
    QList<User> m_users;
    QHash<QString, WeekReviewData> m_cache; // week -> its numbers
    MeetingSnapshot m_snapshot;
    bool m_background = true;
    bool m_computing = false;
    QThread *m_worker = nullptr;
    IsoWeek m_pending; // the week waiting for its own computation after the running one
};

} // namespace LeadPact
