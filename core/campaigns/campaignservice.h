// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "campaignschedule.h"
#include "domain/role.h"
#include "storage/campaignrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace LeadPact {

class Clock;
class Database;

// A problem with a campaign as entered, naming the field (its code: "name", "promo_code",
// "landing_url", "ends_on", "activation_from", "activation_until", "document_links", "owner")
// so a form can show it beside that field.
struct CampaignProblem
{
    QString field;
    QString message;
};

// The registry's rules: who may edit it (marketing, the head of sales, admin; everyone reads),
// what a valid campaign is, and what follows a change — the log entry, the attribution of the
// leads it matches, the relabelling of its leads on a rename. Each change is one transaction.
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

public:
    CampaignService(Database &db, const Clock &clock);

    static bool mayEdit(Role role);

    struct Saved
    {
        Campaign campaign;
        qint64 attributed = 0; // unattributed leads it took by the change
        qint64 relabelled = 0; // its leads that took its new name
    };

    // What is wrong with the campaign as entered (empty when it may be saved).
    QList<CampaignProblem> problems(const Campaign &campaign) const;

    Saved create(Campaign campaign, const User &actor);
    Saved edit(Campaign campaign, const User &actor);
    Campaign setArchived(qint64 id, bool archived, const User &actor);

    // Set-based attribution of the unattributed leads the campaign matches (also run by
    // create and edit); returns how many it took.
    qint64 attribute(qint64 id, const User &actor);

    Campaign campaign(qint64 id) const; // throws Error(NotFound)
    std::optional<Campaign> findByName(const QString &name) const;
    QList<Campaign> list(bool includeArchived = true, bool withLeadCounts = false) const;
    QList<CampaignLogEntry> log(qint64 id) const;
    // Campaigns to tell the managers about today (see CampaignSchedule), in the team's zone.
    QList<CampaignAnnouncement> announcements() const;

    QTimeZone teamZone() const { return m_zone; }

private:
    void requireEditor(const User &actor) const;
    void requireValid(const Campaign &campaign) const;
    // Attributes the unattributed leads the campaign matches, and logs how many when any.
    qint64 attributeAndLog(const Campaign &campaign, const User &actor, const QDateTime &now);

    Database &m_db;
    const Clock &m_clock;
    CampaignRepository m_campaigns;
    QTimeZone m_zone;
};

} // namespace LeadPact
