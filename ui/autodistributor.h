// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace LeadPact {

class Clock;
class Database;

// Runs the automatic lead distribution (LeadDistributor) from the desk: once on start() and
// then every 30 seconds, as the "system" account, only while distribution is switched on.
// The window creates it only on a writable database, refreshes the queue on distributed()
// and shows failed() in its status bar.
class AutoDistributor final : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 30 * 1000;

    // The database and the clock must outlive the distributor.
    AutoDistributor(Database &db, const Clock &clock, QObject *parent = nullptr);

    // One run now, then the timer.
    void start();
    // One run: how many leads it assigned (0 when off, paused, idle or failed).
    int run();
    // While another connection of this process holds the write lock (a long import), a run
    // here would wait out the busy timeout on the window's thread: paused, it does not run;
    // resumed, it runs at once and then on the timer again. Pauses nest (an import and a
    // campaign save may overlap): it resumes when each true has had its false.
    void setPaused(bool paused);
    bool isPaused() const { return m_pauses > 0; }

signals:
    void distributed(int count);
    void failed(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    int m_pauses = 0;
    bool m_started = false;
};

} // namespace LeadPact
