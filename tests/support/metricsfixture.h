// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built lead sets for the metrics tests: leads written straight through LeadRepository
// with exactly the times and outcomes a test needs, and through LeadService where the real
// workflow (disputes) matters.
#pragma once

#include "domain/lead.h"
#include "leadbuilder.h"
#include "metrics/metricsservice.h"
#include "service/leadservice.h"
#include "service/policyservice.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QTimeZone>

namespace LeadPact::Test {

class MetricsFixture
{
public:
    MetricsFixture()
        : leads(fx.db())
    {}

    // Sets the team's calendar zone (the metrics' time zone) and reloads the service.
    void setZone(const QByteArray &zoneId)
    {
        PolicyService policies(fx.db(), fx.clock());
        SlaPolicy policy = policies.slaPolicy();
        policy.calendar.setTimeZone(QTimeZone(zoneId));
        policies.setSlaPolicy(policy, fx.head);
    }
    QTimeZone zone() { return PolicyService(fx.db(), fx.clock()).slaPolicy().calendar.timeZone(); }

    // A complete New lead that arrived at `local` (the team's zone) on `channel`.
    Lead make(const QDateTime &localNaive, const QString &channel, const QString &campaign = {})
    {
        const QDateTime received(localNaive.date(), localNaive.time(), zone());
        Lead lead = incomingLead();
        lead.receivedAt = received.toUTC();
        lead.channel = channel;
        lead.campaign = campaign;
        lead.ownerId = fx.manager.id;
        return LeadService(fx.db(), fx.clock()).prepareNew(lead);
    }

    // Marks the lead contacted `workSeconds` of working time after arrival, with the contact
    // `wallSeconds` after arrival on the wall clock.
    static void contacted(Lead &lead, qint64 workSeconds, qint64 wallSeconds)
    {
        lead.status = LeadStatus::InWork;
        lead.firstContactAt = lead.receivedAt.addSecs(wallSeconds);
        lead.firstContactKind = ContactKind::Call;
        lead.firstContactWorkSeconds = workSeconds;
    }

    qint64 insert(const Lead &lead) { return leads.insert(lead); }

    MetricsService service() { return MetricsService(fx.db(), fx.clock()); }

    static MetricsQuery days(const QDate &from, const QDate &to)
    {
        MetricsQuery query;
        query.from = from;
        query.to = to;
        return query;
    }

    TempDatabase fx;
    LeadRepository leads;
};

} // namespace LeadPact::Test
