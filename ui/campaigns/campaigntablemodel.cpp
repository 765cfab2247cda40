// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigntablemodel.h"

#include "campaigncard.h"
#include "campaigns/campaignschedule.h"

#include <QFont>
#include <QLocale>

namespace LeadPact {

CampaignTableModel::CampaignTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CampaignTableModel::setCampaigns(const QList<Campaign> &campaigns, const QDate &today)
{
    beginResetModel();
    m_campaigns = campaigns;
    m_today = today;
    endResetModel();
}

const Campaign *CampaignTableModel::campaignAt(int row) const
{
    return row >= 0 && row < m_campaigns.size() ? &m_campaigns.at(row) : nullptr;
}

int CampaignTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id)
            return row;
    }
    return -1;
}

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignTableModel::stateText(const Campaign &c) const
{
    if (c.archived)
        return tr("Archived");
    if (CampaignSchedule::isUpcoming(c, m_today)) {
        const qint64 days = m_today.daysTo(c.startsOn);
        return days == 0 ? tr("Starts today") : tr("Upcoming: in %n day(s)", nullptr, int(days));
    }
    if (c.startsOn.isValid() && c.startsOn > m_today)
        return tr("Planned");
    if (c.endsOn.isValid() && c.endsOn < m_today)
        return c.activationUntil.isValid() && c.activationUntil >= m_today ? tr("Activation")
                                                                           : tr("Finished");
    return tr("Running");
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = campaignAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == CampaignIdRole)
        return c->id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return c->name;
        case Dates:
            return campaignPeriodText(c->startsOn, c->endsOn);
        case PromoCode:
            return c->promoCode;
        case Owner:
            return c->ownerName;
        case Leads:
            return QLocale().toString(c->attributedLeads);
        case State:
            return stateText(*c);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Leads)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && CampaignSchedule::isUpcoming(*c, m_today)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !c->goal.isEmpty())
        return c->goal;
    return {};
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Dates:
        return tr("Dates");
    case PromoCode:
        return tr("Promo code");
    case Owner:
        return tr("Responsible");
    case Leads:
        return tr("Leads");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadPact
