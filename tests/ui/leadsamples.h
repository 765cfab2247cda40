// SPDX-License-Identifier: GPL-3.0-or-later
// Leads for the UI tests, stored through LeadService like real arrivals.
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "service/leadservice.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QList>

namespace LeadPact::Test {

// `count` complete leads arriving one minute apart, so the SLA order is the arrival order.
// Every `incompleteEvery`-th lead (when positive) has no phone.
inline QList<Lead> receiveLeads(TempDatabase &fixture, int count, int incompleteEvery = 0)
{
    static const QString channels[] = {QStringLiteral("context_ads"),
                                       QStringLiteral("seo"),
                                       QStringLiteral("referral")};
    LeadService service(fixture.db(), fixture.clock());
    QList<Lead> leads;
    Transaction transaction(fixture.db());
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.externalId = QStringLiteral("ext-%1").arg(i);
        lead.name = QStringLiteral("Клиент %1").arg(i);
        if (incompleteEvery <= 0 || (i + 1) % incompleteEvery != 0)
            lead.phoneRaw = QStringLiteral("8 (912) 3%1").arg(i, 6, 10, QLatin1Char('0'));
        lead.channel = channels[i % 3];
        leads.append(service.receive(lead, fixture.marketing));
        fixture.clock().advanceSecs(60);
    }
    transaction.commit();
    return leads;
}

// Logs a first contact by the manager ("anna"): New -> InWork, and the lead becomes hers.
inline Lead logContact(TempDatabase &fixture, qint64 leadId)
{
    LeadService service(fixture.db(), fixture.clock());
    TransitionRequest request;
    request.action = LeadAction::LogContact;
    return service.perform(leadId, request, fixture.manager).lead;
}

// Rejects the lead as the manager with a reason that needs no comment.
inline Lead reject(TempDatabase &fixture, qint64 leadId)
{
    LeadService service(fixture.db(), fixture.clock());
    TransitionRequest request;
    request.action = LeadAction::Reject;
    request.reasonCode = QStringLiteral("no_budget");
    return service.perform(leadId, request, fixture.manager).lead;
}

// Gives the leads to `owner` as the head of sales (a manager's queue holds their own leads).
inline void assignAll(TempDatabase &fixture, const QList<Lead> &leads, const User &owner)
{
    LeadService service(fixture.db(), fixture.clock());
    Transaction transaction(fixture.db());
    for (const Lead &lead : leads)
        service.assign(lead.id, owner.id, fixture.head);
    transaction.commit();
}

} // namespace LeadPact::Test
