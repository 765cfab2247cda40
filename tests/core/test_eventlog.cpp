// SPDX-License-Identifier: GPL-3.0-or-later
// The event log: every change appends exactly one event with who, when, what; the database
// refuses to change or delete events; a refused change writes nothing.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::rawExec;
using LeadPact::Test::rawValue;
using LeadPact::Test::TempDatabase;

namespace {

QString statusChange(const LeadEvent &event, const char *key)
{
    return event.changes.value(u"status"_s).toObject().value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("Each perform appends exactly one complete event, in order", "[eventlog]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    EventRepository events(fx.db());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    REQUIRE(events.count() == 1);

    struct Step
    {
        LeadAction action;
        const User *actor;
        LeadStatus from;
        LeadStatus to;
    };
    const QList<Step> steps = {
        {LeadAction::LogContact, &fx.manager, LeadStatus::New, LeadStatus::InWork},
        {LeadAction::Reject, &fx.manager, LeadStatus::InWork, LeadStatus::Rejected},
        {LeadAction::Dispute, &fx.marketing, LeadStatus::Rejected, LeadStatus::Disputed},
        {LeadAction::ReturnToManager, &fx.head, LeadStatus::Disputed, LeadStatus::InWork},
        {LeadAction::Qualify, &fx.manager, LeadStatus::InWork, LeadStatus::Qualified},
        {LeadAction::MarkLost, &fx.manager, LeadStatus::Qualified, LeadStatus::Lost},
    };
    const qint64 noBudget = Test::reasonId(fx.db(), ReasonKind::Rejection, u"no_budget"_s);
    const qint64 price = Test::reasonId(fx.db(), ReasonKind::Loss, u"price"_s);

    QList<qint64> expectedIds;
    for (const Step &step : steps) {
        INFO(actionCode(step.action).toStdString());
        fx.clock().advanceSecs(300);
        TransitionRequest request = Test::validRequest(step.action, fx.clock().now());
        request.comment = u"step "_s + actionCode(step.action);
        const qint64 before = events.count();
        const TransitionOutcome outcome = service.perform(lead.id, request, *step.actor);
        CHECK(events.count() == before + 1);

        const QList<LeadEvent> history = events.forLead(lead.id);
        REQUIRE(!history.isEmpty());
        const LeadEvent &e = history.constLast();
        CHECK(e.id == outcome.event.id);
        CHECK(e.leadId == lead.id);
        CHECK(e.kind == EventKind::StatusChanged);
        CHECK(e.actorId == step.actor->id);
        CHECK(e.at == fx.clock().now());
        CHECK(e.fromStatus == step.from);
        CHECK(e.toStatus == step.to);
        CHECK(e.comment == request.comment);
        CHECK(statusChange(e, "from") == statusCode(step.from));
        CHECK(statusChange(e, "to") == statusCode(step.to));
        if (step.action == LeadAction::Reject || step.action == LeadAction::Dispute)
            CHECK(e.reasonId == noBudget);
        else if (step.action == LeadAction::MarkLost)
            CHECK(e.reasonId == price);
        else
            CHECK_FALSE(e.reasonId.has_value());
        expectedIds.append(e.id);
    }

    const QList<LeadEvent> history = events.forLead(lead.id);
    REQUIRE(history.size() == steps.size() + 1);
    CHECK(history.first().kind == EventKind::Created);
    for (qsizetype i = 1; i < history.size(); ++i) {
        CHECK(history.at(i).id == expectedIds.at(i - 1));
        CHECK(history.at(i - 1).at < history.at(i).at);
    }
}

TEST_CASE("forLead returns only that lead's events, oldest first", "[eventlog]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead a = service.receive(Test::incomingLead(u"a"_s), fx.marketing);
    fx.clock().advanceSecs(10);
    const Lead b = service.receive(Test::incomingLead(u"b"_s), fx.marketing);
    Test::driveTo(fx, service, b.id, LeadStatus::Qualified);
    Test::driveTo(fx, service, a.id, LeadStatus::InWork);

    const QList<LeadEvent> historyA = service.history(a.id);
    const QList<LeadEvent> historyB = service.history(b.id);
    REQUIRE(historyA.size() == 2);
    REQUIRE(historyB.size() == 3);
    for (const LeadEvent &e : historyA)
        CHECK(e.leadId == a.id);
    CHECK(historyB.at(0).kind == EventKind::Created);
    CHECK(historyB.at(1).toStatus == LeadStatus::InWork);
    CHECK(historyB.at(2).toStatus == LeadStatus::Qualified);
    // A's contact happened after B's events, yet A's history holds only A's two events.
    CHECK(historyA.at(1).at > historyB.at(2).at);
}

TEST_CASE("The database refuses UPDATE and DELETE of events", "[eventlog][storage]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, lead.id, LeadStatus::Rejected);
    const QList<LeadEvent> before = service.history(lead.id);
    REQUIRE(before.size() == 3);
    const qint64 rejectEvent = before.last().id;
    const auto snapshot = [&] {
        return rawValue(fx.db(),
                        u"SELECT at || '|' || actor_id || '|' || kind || '|' || "
                        "coalesce(to_status, '') || '|' || coalesce(reason_id, '') || '|' || "
                        "coalesce(comment, '') FROM lead_events WHERE id = ?"_s,
                        {rejectEvent})
            .toString();
    };
    const QString original = snapshot();
    REQUIRE_FALSE(original.isEmpty());

    for (const QString &sql : {u"UPDATE lead_events SET comment = 'rewritten' WHERE id = ?"_s,
                               u"UPDATE lead_events SET reason_id = NULL, to_status = 'new' "
                               "WHERE id = ?"_s,
                               u"UPDATE lead_events SET actor_id = actor_id WHERE id = ?"_s,
                               u"DELETE FROM lead_events WHERE id = ?"_s}) {
        const Test::RawResult result = rawExec(fx.db(), sql, {rejectEvent});
        INFO(sql.toStdString() << " -> " << result.error.toStdString());
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(u"append-only"_s));
        CHECK(snapshot() == original);
    }
    CHECK_FALSE(rawExec(fx.db(), u"DELETE FROM lead_events"_s).ok);
    CHECK(service.history(lead.id).size() == before.size());
}

TEST_CASE("assign records an Assigned event and is refused for a manager", "[eventlog]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    EventRepository events(fx.db());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);

    const auto refused = caughtError([&] { service.assign(lead.id, fx.manager.id, fx.manager); });
    REQUIRE(refused);
    CHECK(refused->kind() == Error::Kind::Permission);
    CHECK(events.count() == 1);
    CHECK(service.lead(lead.id).version == 0);

    fx.clock().advanceSecs(120);
    const Lead assigned = service.assign(lead.id, fx.otherManager.id, fx.head);
    CHECK(assigned.ownerId == fx.otherManager.id);
    CHECK(service.lead(lead.id).ownerId == fx.otherManager.id);
    CHECK(service.lead(lead.id).version == 1);

    const QList<LeadEvent> history = service.history(lead.id);
    REQUIRE(history.size() == 2);
    const LeadEvent &e = history.last();
    CHECK(e.kind == EventKind::Assigned);
    CHECK(e.actorId == fx.head.id);
    CHECK(e.at == fx.clock().now());
    CHECK_FALSE(e.toStatus.has_value());
    const QJsonObject owner = e.changes.value(u"owner_id"_s).toObject();
    CHECK(owner.value(u"from"_s).isNull());
    CHECK(owner.value(u"to"_s).toInteger() == fx.otherManager.id);

    SECTION("assigning the same owner again writes nothing")
    {
        service.assign(lead.id, fx.otherManager.id, fx.head);
        CHECK(events.count() == 2);
        CHECK(service.lead(lead.id).version == 1);
    }
    SECTION("a lead cannot go to marketing")
    {
        const auto invalid = caughtError([&] { service.assign(lead.id, fx.marketing.id, fx.head); });
        REQUIRE(invalid);
        CHECK(invalid->kind() == Error::Kind::Validation);
        CHECK(events.count() == 2);
    }
}

TEST_CASE("A refused transition writes nothing", "[eventlog]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    EventRepository events(fx.db());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    const Lead inWork = Test::driveTo(fx, service, lead.id, LeadStatus::InWork);
    const qint64 eventsBefore = events.count();

    const auto tryPerform = [&](const TransitionRequest &request, const User &actor) {
        const auto error = caughtError([&] { service.perform(lead.id, request, actor); });
        REQUIRE(error);
        const Lead after = service.lead(lead.id);
        CHECK(after.version == inWork.version);
        CHECK(after.status == LeadStatus::InWork);
        CHECK(events.count() == eventsBefore);
        return error->kind();
    };
    const QDateTime at = fx.clock().now();
    CHECK(tryPerform(Test::validRequest(LeadAction::MarkWon, at), fx.manager)
          == Error::Kind::Transition);
    CHECK(tryPerform(Test::validRequest(LeadAction::Qualify, at), fx.otherManager)
          == Error::Kind::Permission);
    TransitionRequest noReason = Test::validRequest(LeadAction::Reject, at);
    noReason.reasonCode.clear();
    CHECK(tryPerform(noReason, fx.manager) == Error::Kind::Validation);
}
