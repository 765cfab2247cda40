// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadservice.h"

#include "clock.h"
#include "campaigns/campaignattributor.h"
#include "policyservice.h"
#include "domain/permissions.h"
#include "domain/role.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace LeadPact {

LeadService::LeadService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_leads(db)
    , m_events(db)
    , m_reasons(db)
    , m_policy(PolicyService(db, clock).slaPolicy())
{}

Lead LeadService::prepareNew(Lead lead) const
{
    if (!lead.receivedAt.isValid())
        lead.receivedAt = m_clock.now();
    lead.receivedAt = lead.receivedAt.toUTC();
    if (lead.phoneRaw.isEmpty())
        lead.phoneRaw = lead.phone;
    lead.phone = m_phones.toE164(lead.phoneRaw);
    lead.name = lead.name.trimmed();
    lead.channel = lead.channel.trimmed();
    lead.email = lead.email.trimmed().toLower();
    lead.status = LeadStatus::New;
    lead.statusChangedAt = lead.receivedAt;
    lead.slaDueAt = m_policy.deadline(lead.receivedAt);
    m_policy.stampFirstContact(lead); // an imported lead may come already contacted
    return lead;
}

Lead LeadService::receive(Lead lead, const User &actor)
{
    lead = prepareNew(std::move(lead));
    Transaction transaction(m_db);
    // The registry campaign it came from, if any: the row holds the lead as it arrived and
    // attributed; the event after "created" records which rule matched.
    const Lead arrived = lead;
    const auto attribution = CampaignAttributor(m_db, m_policy.calendar.timeZone())
                                 .attributeNew(lead);
    lead.id = m_leads.insert(lead);

    LeadEvent event;
    event.leadId = lead.id;
    event.at = m_clock.now();
    event.actorId = actor.id;
    event.kind = EventKind::Created;
    event.toStatus = LeadStatus::New;
    if (lead.isIncomplete()) {
        event.comment = tr("Incomplete minimum data, missing: %1")
                            .arg(lead.missingFieldCodes().join(QStringLiteral(", ")));
    }
    // The row holds the lead as it arrived; later events record every change from there.
    m_events.append(event);
    if (attribution) {
        m_events.append(CampaignAttributor::attributionEvent(arrived, lead, attribution->rule,
                                                             actor.id, event.at));
    }
    transaction.commit();
    return lead;
}

QList<TransitionProblem> LeadService::check(const Lead &lead, TransitionRequest request,
                                            const User &actor) const
{
    if (!request.at.isValid())
        request.at = m_clock.now();
    return LeadWorkflow::problems(lead, request, actor, m_reasons.catalog());
}

TransitionOutcome LeadService::perform(qint64 leadId, TransitionRequest request, const User &actor)
{
    if (!request.at.isValid())
        request.at = m_clock.now();
    Transaction transaction(m_db);
    const Lead current = m_leads.get(leadId);
    TransitionOutcome outcome = LeadWorkflow::apply(current, request, actor, m_reasons.catalog());
    if (outcome.lead.firstContactAt != current.firstContactAt) {
        m_policy.stampFirstContact(outcome.lead);
        outcome.event.changes = diffLeads(current, outcome.lead);
    }
    m_leads.update(outcome.lead);
    ++outcome.lead.version;
    outcome.event.id = m_events.append(outcome.event);
    transaction.commit();
    return outcome;
}

Lead LeadService::assign(qint64 leadId, std::optional<qint64> ownerId, const User &actor)
{
    if (!actor.active || !Permissions::mayReassign(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("A user with the role \"%1\" may not reassign leads (user %2).")
                        .arg(roleTitle(actor.role), actor.login));
    }
    Transaction transaction(m_db);
    const Lead current = m_leads.get(leadId);
    if (ownerId) {
        const auto owner = UserRepository(m_db).findById(*ownerId);
        if (!owner || !owner->active || !isSalesRole(owner->role)) {
            throw Error(Error::Kind::Validation,
                        tr("Lead %1 can only be given to an active sales manager (field "
                           "\"owner\").")
                            .arg(leadId));
        }
    }
    Lead next = current;
    next.ownerId = ownerId;
    if (next.ownerId == current.ownerId)
        return current;
    m_leads.update(next);
    ++next.version;

    LeadEvent event;
    event.leadId = leadId;
    event.at = m_clock.now();
    event.actorId = actor.id;
    event.kind = EventKind::Assigned;
    event.changes = diffLeads(current, next);
    m_events.append(event);
    transaction.commit();
    return next;
}

Lead LeadService::undo(qint64 eventId, const User &actor)
{
    Transaction transaction(m_db);
    const auto event = m_events.find(eventId);
    if (!event) {
        throw Error(Error::Kind::NotFound, tr("There is no change with id %1 to undo.").arg(eventId));
    }
    if (event->kind != EventKind::StatusChanged && event->kind != EventKind::Assigned) {
        throw Error(Error::Kind::Validation, tr("Only a status change or a reassignment can be "
                                                "undone."));
    }
    if (event->actorId != actor.id) {
        throw Error(Error::Kind::Permission,
                    tr("Only the author of a change may undo it (user %1).").arg(actor.login));
    }
    const QDateTime now = m_clock.now();
    if (event->at.secsTo(now) > undoWindowSeconds) {
        throw Error(Error::Kind::Validation, tr("A change can be undone within %n second(s) "
                                                "only.",
                                                nullptr, undoWindowSeconds));
    }
    if (m_events.latestIdForLead(event->leadId) != eventId) {
        throw Error(Error::Kind::Conflict, tr("Lead %1 has changed since; this change can no "
                                              "longer be undone.")
                                               .arg(event->leadId));
    }

    const Lead current = m_leads.get(event->leadId);
    Lead restored = revertChanges(current, event->changes);
    restored.version = current.version;
    m_leads.update(restored);
    ++restored.version;

    LeadEvent compensation;
    compensation.leadId = current.id;
    compensation.at = now;
    compensation.actorId = actor.id;
    compensation.kind = EventKind::Compensation;
    compensation.undoesEventId = eventId;
    if (current.status != restored.status) {
        compensation.fromStatus = current.status;
        compensation.toStatus = restored.status;
    }
    if (restored.status == LeadStatus::Rejected || restored.status == LeadStatus::Disputed)
        compensation.reasonId = restored.rejectionReasonId;
    else if (restored.status == LeadStatus::Lost)
        compensation.reasonId = restored.lossReasonId;
    compensation.changes = diffLeads(current, restored);
    m_events.append(compensation);
    transaction.commit();
    return restored;
}

QList<LeadEvent> LeadService::history(qint64 leadId) const
{
    return m_events.forLead(leadId);
}

} // namespace LeadPact
