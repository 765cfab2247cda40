// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaign.h"

#include <QAbstractTableModel>
#include <QDate>

namespace LeadPact {

// The registry as a table: name, dates, promo code, owner, leads attributed, state. The
// campaigns come read with their lead counts (CampaignService::list); the model only shows.
class CampaignTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Dates, PromoCode, Owner, Leads, State, ColumnCount };
    enum Role { CampaignIdRole = Qt::UserRole + 1 };

    explicit CampaignTableModel(QObject *parent = nullptr);

    void setCampaigns(const QList<Campaign> &campaigns, const QDate &today);
    const Campaign *campaignAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString stateText(const Campaign &campaign) const;

    QList<Campaign> m_campaigns;
    QDate m_today;
};

} // namespace LeadPact
