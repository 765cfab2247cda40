// SPDX-License-Identifier: GPL-3.0-or-later
// Undo: the author, within 10 seconds, restores the previous state with a compensating event.
#include "coretesthelpers.h"
#include "domain/error.h"
#include "leadbuilder.h"
#include "qtstringmaker.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

Lead receivedLead(Test::TempDatabase &t, LeadService &service)
{
    Lead lead;
    lead.name = QStringLiteral("Иван Петров");
    lead.phoneRaw = QStringLiteral("+7 912 345-67-89");
    lead.channel = QStringLiteral("seo");
    lead.receivedAt = t.clock().now().addSecs(-600);
    lead.ownerId = t.manager.id;
    return service.receive(lead, t.marketing);
}

TransitionRequest rejectRequest()
{
    TransitionRequest request;
    request.action = LeadAction::Reject;
    request.reasonCode = QStringLiteral("competitor");
    request.comment = QStringLiteral("Works for a competitor");
    return request;
}

} // namespace

TEST_CASE("Undo restores the previous status with a compensating event", "[undo]")
{
    Test::TempDatabase t;
    LeadService service(t.db(), t.clock());
    const Lead lead = receivedLead(t, service);
    const TransitionOutcome rejected = service.perform(lead.id, rejectRequest(), t.manager);
    REQUIRE(rejected.lead.status == LeadStatus::Rejected);

    t.clock().advanceSecs(8);
    const Lead restored = service.undo(rejected.event.id, t.manager);
    CHECK(restored.status == LeadStatus::New);
    CHECK_FALSE(restored.rejectionReasonId.has_value());
    CHECK(restored.rejectionComment.isEmpty());

    const Lead stored = service.lead(lead.id);
    CHECK(stored.status == LeadStatus::New);
    CHECK_FALSE(stored.rejectionReasonId.has_value());
    CHECK_FALSE(stored.rejectedAt.isValid());
    CHECK(stored.version == restored.version);

    // The log keeps the rejection and adds the compensation; nothing was edited.
    const QList<LeadEvent> history = service.history(lead.id);
    REQUIRE(history.size() == 3);
    CHECK(history.at(1).id == rejected.event.id);
    CHECK(history.at(1).toStatus == LeadStatus::Rejected);
    const LeadEvent &undo = history.at(2);
    CHECK(undo.kind == EventKind::Compensation);
    CHECK(undo.undoesEventId == rejected.event.id);
    CHECK(undo.actorId == t.manager.id);
    CHECK(undo.fromStatus == LeadStatus::Rejected);
    CHECK(undo.toStatus == LeadStatus::New);
    CHECK(undo.at == t.clock().now());
    CHECK(undo.changes.contains(QStringLiteral("status")));

    // After the undo the lead works normally again.
    TransitionRequest contact;
    contact.action = LeadAction::LogContact;
    CHECK(service.perform(lead.id, contact, t.manager).lead.status == LeadStatus::InWork);
}

TEST_CASE("Undo of a return to the manager puts the dispute back with its reason", "[undo]")
{
    Test::TempDatabase t;
    LeadService service(t.db(), t.clock());
    const Lead lead = receivedLead(t, service);
    service.perform(lead.id, rejectRequest(), t.manager);
    TransitionRequest dispute;
    dispute.action = LeadAction::Dispute;
    dispute.comment = QStringLiteral("Has a budget");
    service.perform(lead.id, dispute, t.marketing);
    TransitionRequest back;
    back.action = LeadAction::ReturnToManager;
    const TransitionOutcome returned = service.perform(lead.id, back, t.head);
    REQUIRE_FALSE(returned.lead.rejectionReasonId.has_value());

    const Lead restored = service.undo(returned.event.id, t.head);
    CHECK(restored.status == LeadStatus::Disputed);
    CHECK(restored.rejectionReasonId.has_value());
    CHECK(restored.rejectionComment == QStringLiteral("Works for a competitor"));
    CHECK(service.history(lead.id).constLast().reasonId == restored.rejectionReasonId);
}

TEST_CASE("Undo is refused for another user, after 10 seconds, or once the lead moved on",
          "[undo]")
{
    Test::TempDatabase t;
    LeadService service(t.db(), t.clock());
    const Lead lead = receivedLead(t, service);
    TransitionRequest contact;
    contact.action = LeadAction::LogContact;
    const TransitionOutcome contacted = service.perform(lead.id, contact, t.manager);

    const auto refusal = [&](qint64 eventId, const User &user) {
        return Test::caughtError([&] { service.undo(eventId, user); });
    };
    const auto byOther = refusal(contacted.event.id, t.head);
    REQUIRE(byOther.has_value());
    CHECK(byOther->kind() == Error::Kind::Permission);

    t.clock().advanceSecs(11);
    const auto late = refusal(contacted.event.id, t.manager);
    REQUIRE(late.has_value());
    CHECK(late->kind() == Error::Kind::Validation);
    CHECK(service.lead(lead.id).status == LeadStatus::InWork);

    // Within the window, but the lead changed since: the earlier change cannot be undone.
    const TransitionOutcome rejected = service.perform(lead.id, rejectRequest(), t.manager);
    t.clock().advanceSecs(2);
    service.undo(rejected.event.id, t.manager);
    const auto moved = refusal(rejected.event.id, t.manager); // already undone
    REQUIRE(moved.has_value());
    CHECK(moved->kind() == Error::Kind::Conflict);

    const auto created = refusal(service.history(lead.id).constFirst().id, t.marketing);
    REQUIRE(created.has_value());
    CHECK(created->kind() == Error::Kind::Validation);
    // created, contact, reject, compensation: the refusals wrote nothing.
    CHECK(service.history(lead.id).size() == 4);
}
