// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaign.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace LeadPact {

class Database;

// One line of the registry's log: who changed which campaign, when, and what.
struct CampaignLogEntry
{
    qint64 campaignId = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actorLogin;
    QString change; // created, edited, archived, restored, attributed
    QJsonObject detail;
};

// Reads and writes the campaign registry (tables campaigns and campaign_log). Knows SQL, not
// rules: CampaignService validates and checks permissions first.
class CampaignRepository
{
public:
    explicit CampaignRepository(Database &db);

    qint64 insert(const Campaign &campaign);
    void update(const Campaign &campaign);
    void appendLog(const CampaignLogEntry &entry);

    std::optional<Campaign> find(qint64 id) const;
    std::optional<Campaign> findByName(const QString &name) const;      // case-insensitive
    std::optional<Campaign> findByPromoCode(const QString &code) const; // case-insensitive
    // The registry by name; with the number of leads attributed to each when asked (one
    // grouped pass over the attributed leads' index).
    QList<Campaign> list(bool includeArchived = true, bool withLeadCounts = false) const;
    QList<CampaignLogEntry> log(qint64 campaignId) const;

private:
    Database &m_db;
};

} // namespace LeadPact
