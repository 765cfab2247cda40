// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsfold.h"
#include "metricsservice.h"

namespace LeadPact {

using MetricsFold::requireValid;

LeadFilter MetricsService::drillDown(const MetricsQuery &query, const MetricCell &cell) const
{
    LeadFilter filter;
    filter.order = LeadFilter::Order::NewestFirst;
    if (cell.week.isValid()) {
        const MetricsQuery week = MetricsQuery::week(cell.week);
        filter.receivedFrom = week.utcStart(m_zone);
        filter.receivedTo = week.utcEnd(m_zone);
    } else {
        requireValid(query);
        filter.receivedFrom = query.utcStart(m_zone);
        filter.receivedTo = query.utcEnd(m_zone);
    }
    filter.channel = query.channel;
    filter.campaign = query.campaign;
    filter.ownerId = query.managerId;
    if (cell.channel) {
        filter.channel = *cell.channel;
        filter.channelMissing = cell.channel->isEmpty();
    }
    if (cell.managerId) {
        filter.ownerId.reset();
        filter.unassignedOnly = false;
        if (*cell.managerId == 0)
            filter.unassignedOnly = true;
        else
            filter.ownerId = *cell.managerId;
    }

    using M = MetricCell::Measure;
    using D = LeadFilter::Dispute;
    const QList<LeadStatus> reachedSql = {LeadStatus::Qualified, LeadStatus::Won, LeadStatus::Lost};
    const QList<LeadStatus> rejected = {LeadStatus::Rejected, LeadStatus::Disputed};
    switch (cell.measure) {
    case M::Received:
        break;
    case M::Mql:
        filter.incomplete = false;
        break;
    case M::Contacted:
        filter.incomplete = false;
        filter.contacted = true;
        break;
    case M::Sql:
        filter.incomplete = false;
        filter.statuses = reachedSql;
        break;
    case M::Won:
        filter.incomplete = false;
        filter.statuses = {LeadStatus::Won};
        break;
    case M::Incomplete:
        filter.incomplete = true;
        break;
    case M::Rejected:
        filter.statuses = rejected;
        break;
    case M::Lost:
        filter.statuses = {LeadStatus::Lost};
        break;
    case M::Disputed:
        filter.dispute = D::Disputed;
        break;
    case M::DisputePending:
        filter.dispute = D::Pending;
        break;
    case M::DisputeConfirmed:
        filter.dispute = D::Confirmed;
        break;
    case M::Overturned:
        filter.dispute = D::Overturned;
        break;
    case M::SlaContacted:
        filter.contacted = true;
        break;
    case M::WithinSla:
        filter.withinSla = true;
        break;
    case M::ContactBucket:
        if (const auto range = contactBucketSeconds(cell.bucket)) {
            filter.contacted = true;
            filter.contactSecondsAbove = range->first;
            filter.contactSecondsAtMost = range->second;
        } else {
            filter.contacted = false;
        }
        break;
    case M::Rejection:
        filter.statuses = rejected;
        filter.rejectionReason = cell.reasonCode;
        break;
    case M::Deals:
        filter.statuses = {LeadStatus::Won};
        filter.dealCurrency = cell.currency;
        break;
    }
    return filter;
}

} // namespace LeadPact
