// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/role.h"
#include "domain/slapolicy.h"

#include <QObject>
#include <QSet>

namespace LeadPact {

class Clock;
class Database;

// One notification for the user.
struct Alert
{
    enum class Kind { DueSoon, Overdue, Assigned, Summary };
    Kind kind = Kind::DueSoon;
    qint64 leadId = 0; // 0 for a summary
    QString title;
    QString message;
};

// Watches the signed-in user's open leads and raises an alert when one becomes due soon or
// overdue, or when a new lead is assigned to them; never twice for the same lead and state.
// The first look after start (or a user switch) only learns what is there and sums it up in
// one alert, instead of a flood. While muted, it still learns, so unmuting does not replay.
// It decides; the window presents (tray message or in-window banner).
class AlertCenter final : public QObject
{
    Q_OBJECT

public:
    // Leads received this long ago or earlier are not watched (a deadline is at most a few
    // working days after arrival).
    static constexpr int watchDays = 7;
    static constexpr int watchLimit = 500;

    AlertCenter(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Forgets what it learnt; the next check() is a first look again.
    void setUser(const User &user);
    void setSlaPolicy(const SlaPolicy &policy) { m_policy = policy; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // Reads the user's open leads and raises what changed (errors are ignored: the queue
    // reports storage failures already).
    void check();
    // The decision itself, over leads already read (all of them the user's open leads).
    void process(const QList<Lead> &leads, const QDateTime &now);

signals:
    void alertRaised(const LeadPact::Alert &alert);
    void mutedChanged(bool muted);

private:
    void raise(const Alert &alert);
    static QString leadName(const Lead &lead);

    Database &m_db;
    const Clock &m_clock;
    User m_user;
    SlaPolicy m_policy;
    bool m_muted = false;
    bool m_learnt = false;
    QSet<qint64> m_known;             // leads seen in the last look
    QSet<QPair<qint64, int>> m_alerted; // lead id, SlaState already alerted
};

} // namespace LeadPact

