// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricvalues.h"

#include <QDate>
#include <QString>

#include <optional>

namespace LeadPact {

// One number on the dashboard, named by what it counts and the row/column it sits in, so the
// core can turn it into the exact list of leads behind it (MetricsService::drillDown):
// LeadRepository::count(drillDown(query, cell)) equals the number shown.
struct MetricCell
{
    enum class Measure {
        Received,         // funnel.received, trend leads, sla.leads
        Mql,              // funnel.mql, trend MQL
        Contacted,        // funnel.contacted
        Sql,              // funnel.sql, trend SQL
        Won,              // funnel.won (MQLs only)
        Incomplete,       // funnel.incomplete
        Rejected,         // funnel.rejected
        Lost,             // funnel.lost
        Disputed,         // funnel.disputed
        DisputePending,   // funnel.disputePending
        DisputeConfirmed, // funnel.disputeConfirmed
        Overturned,       // funnel.overturned
        SlaContacted,     // sla.contacted (first contact logged, any data)
        WithinSla,        // sla.withinSla, trend withinSla
        ContactBucket,    // sla.bucket(bucket)
        Rejection,        // a ReasonCount: rejected leads with `reasonCode`
        Deals,            // MoneyMetrics.deals / revenue / average deal in `currency`;
                          // with an empty currency: every won lead (the median cycle)
    };

    Measure measure = Measure::Received;
    ContactBucket bucket = ContactBucket::Never; // for ContactBucket
    QString reasonCode;                          // for Rejection
    QString currency;                            // for Deals

    // The row the number sits in, on top of the query's own filters.
    std::optional<QString> channel;  // a channel row; "" is the "no channel" row
    std::optional<qint64> managerId; // a manager row; 0 is the "unassigned" row
    QDate week;                      // a trend week's Monday: that week replaces the query's period
};

} // namespace LeadPact
