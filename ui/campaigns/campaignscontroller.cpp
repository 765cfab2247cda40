// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignscontroller.h"

#include "campaigncard.h"
#include "campaignregistrydialog.h"
#include "campaigns/campaignschedule.h"
#include "campaigns/campaignservice.h"
#include "domain/error.h"
#include "service/clock.h"

#include <QAction>
#include <QWidget>

namespace LeadPact {

CampaignsController::CampaignsController(Database &db, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_clock(clock)
    , m_window(window)
    , m_registryAction(new QAction(tr("&Campaigns…"), this))
{
    m_registryAction->setObjectName(QStringLiteral("campaignsAction"));
    m_registryAction->setStatusTip(tr("Marketing's promotions: what each one promises, to whom "
                                      "and when"));
    connect(m_registryAction, &QAction::triggered, this, &CampaignsController::openRegistry);
}

CampaignRegistryDialog *CampaignsController::registry() const
{
    return m_registry;
}

CampaignCard *CampaignsController::card() const
{
    return m_card;
}

void CampaignsController::setUser(const User &user)
{
    m_user = user;
    if (m_registry)
        m_registry->close(); // it edits as the user who opened it
}

void CampaignsController::openRegistry()
{
    if (m_registry) {
        m_registry->raise();
        m_registry->activateWindow();
        return;
    }
    try {
        m_registry = new CampaignRegistryDialog(m_db, m_clock, m_user, m_window);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    m_registry->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_registry,
            &CampaignRegistryDialog::changed,
            this,
            &CampaignsController::registryChanged);
    connect(m_registry,
            &CampaignRegistryDialog::savingChanged,
            this,
            &CampaignsController::savingChanged);
    connect(m_registry,
            &CampaignRegistryDialog::cardRequested,
            this,
            &CampaignsController::openCard);
    m_registry->show();
}

void CampaignsController::openCard(qint64 campaignId)
{
    try {
        const CampaignService service(m_db, m_clock);
        const Campaign campaign = service.campaign(campaignId);
        const QDate today = m_clock.now().toTimeZone(service.teamZone()).date();
        if (m_card)
            m_card->close();
        m_card = new CampaignCard(campaign, today, m_window);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    m_card->setAttribute(Qt::WA_DeleteOnClose);
    m_card->show();
}

std::optional<Alert> CampaignsController::announcement() const
{
    QList<CampaignAnnouncement> list;
    try {
        list = CampaignService(m_db, m_clock).announcements();
    } catch (const Error &) {
        return std::nullopt; // the queue reports storage failures already
    }
    if (list.isEmpty())
        return std::nullopt;
    QStringList lines;
    for (const CampaignAnnouncement &a : std::as_const(list))
        lines.append(CampaignSchedule::text(a));
    Alert alert;
    alert.kind = Alert::Kind::Summary;
    alert.title = tr("Marketing campaigns");
    alert.message = lines.join(QStringLiteral("; "));
    return alert;
}

} // namespace LeadPact
