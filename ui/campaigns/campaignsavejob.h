// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaignservice.h"
#include "domain/role.h"

#include <QObject>

#include <atomic>

class QThread;

namespace LeadPact {

class Clock;
class Database;

// Saves one campaign (new or edited) the way CampaignService does — the log entry, attributing
// the leads it matches, relabelling its leads on a rename — on a thread of its own with its own
// connection: on a million leads that takes seconds, and the window stays responsive meanwhile.
// cancel() stops the running statement and rolls the whole save back. Where the database cannot
// be opened a second time (PostgreSQL, an in-memory file) the save runs on the caller's thread.
// Results arrive on the object's thread.
class CampaignSaveJob final : public QObject
{
    Q_OBJECT

public:
    // The database and the clock must outlive the job.
    CampaignSaveJob(Database &db, const Clock &clock, QObject *parent = nullptr);
    // Cancels a running save and waits for it to roll back.
    ~CampaignSaveJob() override;

    // campaign.id == 0 creates it, otherwise edits that campaign.
    void start(const Campaign &campaign, const User &actor);
    bool isRunning() const { return m_worker != nullptr; }
    // Whether cancel() can stop a save on this database.
    bool canCancel() const;
    // Safe from any thread.
    void cancel() { m_cancel = true; }

signals:
    void runningChanged(bool running);
    void finished(const LeadPact::CampaignService::Saved &saved);
    void cancelled();
    void failed(const QString &message);

private:
    struct Outcome
    {
        CampaignService::Saved saved;
        QString error;
        bool cancelled = false;
    };
    static Outcome run(Database &db, const Clock &clock, const Campaign &campaign,
                       const User &actor, const std::atomic_bool &cancel);
    void done(const Outcome &outcome);

    Database &m_db;
    const Clock &m_clock;
    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel {false};
};

} // namespace LeadPact
