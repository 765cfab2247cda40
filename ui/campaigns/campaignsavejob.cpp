// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignsavejob.h"

#include "domain/error.h"
#include "storage/database.h"

#include <QThread>

namespace LeadPact {

CampaignSaveJob::CampaignSaveJob(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

CampaignSaveJob::~CampaignSaveJob()
{
    if (m_worker) {
        cancel();
        m_worker->wait();
        delete m_worker;
    }
}

bool CampaignSaveJob::canCancel() const
{
    return m_db.canOpenCompanion();
}

CampaignSaveJob::Outcome CampaignSaveJob::run(Database &db,
                                              const Clock &clock,
                                              const Campaign &campaign,
                                              const User &actor,
                                              const std::atomic_bool &cancel)
{
    Outcome outcome;
    try {
        CampaignService service(db, clock);
        outcome.saved = campaign.id == 0 ? service.create(campaign, actor)
                                         : service.edit(campaign, actor);
    } catch (const Error &e) {
        // An interrupted statement is how a cancel ends; the transaction has rolled back.
        outcome.cancelled = cancel.load();
        outcome.error = e.message();
    } catch (const std::exception &e) {
        outcome.error = QString::fromLocal8Bit(e.what());
    }
    return outcome;
}

void CampaignSaveJob::start(const Campaign &campaign, const User &actor)
{
    if (m_worker)
        return;
    m_cancel = false;
    if (!m_db.canOpenCompanion()) {
        emit runningChanged(true);
        done(run(m_db, m_clock, campaign, actor, m_cancel));
        return;
    }
    const Database *db = &m_db;
    const Clock *clock = &m_clock;
    m_worker = QThread::create([this, db, clock, campaign, actor] {
        Outcome outcome;
        try {
            // SQLite connections stay on the thread that opened them.
            const std::unique_ptr<Database> own = db->openCompanion();
            own->setCancelFlag(&m_cancel);
            if (m_cancel.load())
                outcome.cancelled = true; // stopped before it began
            else
                outcome = run(*own, *clock, campaign, actor, m_cancel);
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("campaignSave"));
    m_worker->start();
    emit runningChanged(true);
}

void CampaignSaveJob::done(const Outcome &outcome)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    emit runningChanged(false);
    if (outcome.cancelled)
        emit cancelled();
    else if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else
        emit finished(outcome.saved);
}

} // namespace LeadPact
