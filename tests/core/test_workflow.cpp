// SPDX-License-Identifier: GPL-3.0-or-later
// LeadWorkflow: every allowed edge with its requirements, every refused edge, and what apply()
// records. Pure values: an in-memory catalog and users, no database.
#include "coretesthelpers.h"
#include "domain/leadworkflow.h"
#include "domain/reason.h"
#include "domain/role.h"
#include "inmemoryworkflow.h"

#include <QMap>

#include <catch2/catch.hpp>

#include <functional>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using namespace LeadPact::Test::InMemory;

namespace {

// The state machine as the issue specifies it: action -> (sources, target).
struct Edge
{
    QList<LeadStatus> sources;
    LeadStatus target;
};
const QMap<LeadAction, Edge> specification = {
    {LeadAction::LogContact, {{LeadStatus::New}, LeadStatus::InWork}},
    {LeadAction::Qualify, {{LeadStatus::InWork}, LeadStatus::Qualified}},
    {LeadAction::Reject, {{LeadStatus::New, LeadStatus::InWork}, LeadStatus::Rejected}},
    {LeadAction::Dispute, {{LeadStatus::Rejected}, LeadStatus::Disputed}},
    {LeadAction::ConfirmRejection, {{LeadStatus::Disputed}, LeadStatus::Rejected}},
    {LeadAction::ReturnToManager, {{LeadStatus::Disputed}, LeadStatus::InWork}},
    {LeadAction::MarkWon, {{LeadStatus::Qualified}, LeadStatus::Won}},
    {LeadAction::MarkLost, {{LeadStatus::Qualified}, LeadStatus::Lost}},
};

QStringList messages(const QList<TransitionProblem> &problems)
{
    QStringList result;
    for (const TransitionProblem &p : problems)
        result.append(p.message);
    return result;
}

// The single Validation problem of a request that breaks one field rule.
QString validationMessage(const Lead &lead, const TransitionRequest &r, const User &actor)
{
    const QList<TransitionProblem> found = LeadWorkflow::problems(lead, r, actor, catalog);
    INFO(messages(found).join(u" | "_s).toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.first().kind == Error::Kind::Validation);
    return found.first().message;
}

// One way of breaking a valid request, and the field its message must name.
struct Breakage
{
    const char *what;
    std::function<void(TransitionRequest &)> apply;
    QString field;
};

// Each breakage alone turns the valid request `base` into exactly one Validation problem.
void checkEachRefused(const Lead &lead,
                      const TransitionRequest &base,
                      const User &actor,
                      const QList<Breakage> &breakages)
{
    for (const Breakage &breakage : breakages) {
        INFO(breakage.what);
        TransitionRequest broken = base;
        breakage.apply(broken);
        CHECK(validationMessage(lead, broken, actor).contains(breakage.field));
    }
}

} // namespace

TEST_CASE("Every status x action pair is allowed or refused exactly as specified", "[workflow]")
{
    int allowedCount = 0;
    int refusedCount = 0;
    for (LeadStatus from : allLeadStatuses) {
        for (LeadAction action : allLeadActions) {
            const Edge edge = specification.value(action);
            INFO("from " << statusCode(from).toStdString() << " by "
                         << actionCode(action).toStdString());
            const Lead lead = leadIn(from);
            const TransitionRequest r = request(action);
            const QList<TransitionProblem> found
                = LeadWorkflow::problems(lead, r, actorFor(action), catalog);
            INFO("problems: " << messages(found).join(u" | "_s).toStdString());
            if (edge.sources.contains(from)) {
                ++allowedCount;
                CHECK(found.isEmpty());
                CHECK(LeadWorkflow::apply(lead, r, actorFor(action), catalog).lead.status
                      == edge.target);
            } else {
                ++refusedCount;
                REQUIRE(found.size() == 1);
                CHECK(found.first().kind == Error::Kind::Transition);
                CHECK(found.first().message.contains(statusTitle(from)));
                CHECK(found.first().message.contains(statusTitle(edge.target)));
                const auto error = caughtError(
                    [&] { LeadWorkflow::apply(lead, r, actorFor(action), catalog); });
                REQUIRE(error);
                CHECK(error->kind() == Error::Kind::Transition);
            }
        }
    }
    CHECK(allowedCount == 9);
    CHECK(refusedCount == 7 * 8 - 9);
}

TEST_CASE("isAllowed knows exactly the specified edges", "[workflow]")
{
    for (LeadStatus from : allLeadStatuses) {
        for (LeadStatus to : allLeadStatuses) {
            bool expected = false;
            for (const Edge &edge : specification)
                expected = expected || (edge.target == to && edge.sources.contains(from));
            INFO(statusCode(from).toStdString() << " -> " << statusCode(to).toStdString());
            CHECK(LeadWorkflow::isAllowed(from, to) == expected);
        }
    }
}

TEST_CASE("Logging the first contact takes a New lead into work", "[workflow]")
{
    TransitionRequest r = request(LeadAction::LogContact);
    r.contactKind = ContactKind::Message;
    const TransitionOutcome out = LeadWorkflow::apply(leadIn(LeadStatus::New), r, manager, catalog);
    CHECK(out.lead.status == LeadStatus::InWork);
    CHECK(out.lead.firstContactAt == now.addSecs(-60));
    CHECK(out.lead.firstContactKind == ContactKind::Message);
    CHECK(out.lead.statusChangedAt == now);

    SECTION("an unassigned lead goes to whoever contacts it first")
    {
        Lead unassigned = leadIn(LeadStatus::New);
        unassigned.ownerId.reset();
        const TransitionOutcome taken = LeadWorkflow::apply(unassigned, r, manager, catalog);
        CHECK(taken.lead.ownerId == manager.id);
        CHECK(taken.event.changes.contains(u"owner_id"_s));
    }
    checkEachRefused(leadIn(LeadStatus::New),
                     r,
                     manager,
                     {{"before arrival",
                       [](auto &b) { b.contactAt = arrived.addSecs(-1); },
                       u"contact_at"_s},
                      {"in the future",
                       [](auto &b) { b.contactAt = now.addSecs(3600); },
                       u"contact_at"_s}});
}

TEST_CASE("Qualification needs need, budget and authority all confirmed", "[workflow]")
{
    const Lead lead = leadIn(LeadStatus::InWork);
    TransitionRequest r = request(LeadAction::Qualify);
    r.expectedAmountMinor = 500000;
    const TransitionOutcome out = LeadWorkflow::apply(lead, r, manager, catalog);
    CHECK(out.lead.status == LeadStatus::Qualified);
    CHECK((out.lead.needConfirmed && out.lead.budgetConfirmed && out.lead.authorityConfirmed));
    CHECK(out.lead.expectedAmountMinor == 500000);
    CHECK(out.lead.qualifiedAt == now);

    checkEachRefused(lead,
                     r,
                     manager,
                     {{"need", [](auto &b) { b.needConfirmed = false; }, u"need"_s},
                      {"budget", [](auto &b) { b.budgetConfirmed = false; }, u"budget"_s},
                      {"authority",
                       [](auto &b) { b.authorityConfirmed = false; },
                       u"decision-maker"_s}});
}

TEST_CASE("Rejection needs an active reason and proof when the reason demands it", "[workflow]")
{
    const LeadStatus from = GENERATE(LeadStatus::New, LeadStatus::InWork);
    INFO("from " << statusCode(from).toStdString());
    const Lead lead = leadIn(from);
    TransitionRequest r = request(LeadAction::Reject);

    SECTION("an active reason without a comment requirement is enough")
    {
        const TransitionOutcome out = LeadWorkflow::apply(lead, r, manager, catalog);
        CHECK(out.lead.status == LeadStatus::Rejected);
        CHECK(out.lead.rejectionReasonId == 1);
        CHECK(out.lead.rejectedAt == now);
        CHECK(out.event.reasonId == 1);
    }
    SECTION("no reason: the message lists the active codes only")
    {
        r.reasonCode = u"  "_s;
        const QString message = validationMessage(lead, r, manager);
        CHECK(message.contains(u"no_budget"_s));
        CHECK(message.contains(u"competitor"_s));
        CHECK_FALSE(message.contains(u"old_reason"_s));
        CHECK_FALSE(message.contains(u"price"_s));
        // …and names the field, for a form that words it next to the field instead.
        const QList<TransitionProblem> problems = LeadWorkflow::problems(lead, r, manager, catalog);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == u"reason"_s);
    }
    SECTION("an archived reason is refused")
    {
        r.reasonCode = u"old_reason"_s;
        CHECK(validationMessage(lead, r, manager).contains(u"archived"_s));
    }
    SECTION("an unknown code and a loss code are refused")
    {
        r.reasonCode = u"no_such_reason"_s;
        CHECK(validationMessage(lead, r, manager).contains(u"no_such_reason"_s));
        r.reasonCode = u"price"_s;
        CHECK(validationMessage(lead, r, manager).contains(u"price"_s));
    }
    SECTION("a comment-required reason: refused without a comment, accepted with one")
    {
        r.reasonCode = u"competitor"_s;
        r.comment = u"   "_s;
        CHECK(validationMessage(lead, r, manager).contains(u"comment"_s));
        const QList<TransitionProblem> problems = LeadWorkflow::problems(lead, r, manager, catalog);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == u"comment"_s);
        r.comment = u"  works at Rival LLC  "_s;
        const TransitionOutcome out = LeadWorkflow::apply(lead, r, manager, catalog);
        CHECK(out.lead.rejectionReasonId == 2);
        CHECK(out.lead.rejectionComment == u"works at Rival LLC"_s);
    }
}

TEST_CASE("A won deal needs a positive amount, an ISO currency and a past payment date",
          "[workflow]")
{
    const Lead lead = leadIn(LeadStatus::Qualified);
    TransitionRequest r = request(LeadAction::MarkWon);
    const TransitionOutcome out = LeadWorkflow::apply(lead, r, manager, catalog);
    CHECK(out.lead.status == LeadStatus::Won);
    CHECK(out.lead.dealAmountMinor == 1500000);
    CHECK(out.lead.dealCurrency == u"RUB"_s);
    CHECK(out.lead.paidOn == now.date());
    CHECK(out.lead.closedAt == now);

    checkEachRefused(lead,
                     r,
                     manager,
                     {{"no amount", [](auto &b) { b.amountMinor.reset(); }, u"amount"_s},
                      {"zero amount", [](auto &b) { b.amountMinor = 0; }, u"amount"_s},
                      {"negative amount", [](auto &b) { b.amountMinor = -100; }, u"amount"_s},
                      {"lowercase currency", [](auto &b) { b.currency = u"rub"_s; }, u"currency"_s},
                      {"no currency", [](auto &b) { b.currency.clear(); }, u"currency"_s},
                      {"no payment date", [](auto &b) { b.paidOn = {}; }, u"paid_on"_s},
                      {"future payment date",
                       [](auto &b) { b.paidOn = now.date().addDays(5); },
                       u"paid_on"_s},
                      {"paid before arrival",
                       [](auto &b) { b.paidOn = arrived.date().addDays(-1); },
                       u"paid_on"_s}});
}

TEST_CASE("A lost deal needs an active loss reason", "[workflow]")
{
    const Lead lead = leadIn(LeadStatus::Qualified);
    TransitionRequest r = request(LeadAction::MarkLost);
    r.comment = u"went with the cheaper offer"_s;
    const TransitionOutcome out = LeadWorkflow::apply(lead, r, manager, catalog);
    CHECK(out.lead.status == LeadStatus::Lost);
    CHECK(out.lead.lossReasonId == 10);
    CHECK(out.lead.lossComment == u"went with the cheaper offer"_s);
    CHECK(out.lead.closedAt == now);
    CHECK(out.event.reasonId == 10);

    SECTION("no reason lists the active loss codes")
    {
        r.reasonCode.clear();
        const QString message = validationMessage(lead, r, manager);
        CHECK(message.contains(u"price"_s));
        CHECK_FALSE(message.contains(u"old_loss"_s));
    }
    checkEachRefused(lead,
                     r,
                     manager,
                     {{"archived", [](auto &b) { b.reasonCode = u"old_loss"_s; }, u"old_loss"_s},
                      {"a rejection code",
                       [](auto &b) { b.reasonCode = u"no_budget"_s; },
                       u"no_budget"_s},
                      {"proof missing",
                       [](auto &b) {
                           b.reasonCode = u"chose_competitor"_s;
                           b.comment.clear();
                       },
                       u"comment"_s}});
}

TEST_CASE("Disputes: marketing disputes with a comment, the head of sales decides", "[workflow]")
{
    SECTION("Rejected -> Disputed needs a comment")
    {
        TransitionRequest r = request(LeadAction::Dispute);
        const TransitionOutcome out
            = LeadWorkflow::apply(leadIn(LeadStatus::Rejected), r, marketing, catalog);
        CHECK(out.lead.status == LeadStatus::Disputed);
        CHECK(out.lead.disputeComment == r.comment);
        CHECK(out.lead.disputedAt == now);
        CHECK(out.lead.rejectionReasonId == 1);
        CHECK(out.event.reasonId == 1);
        r.comment = u" "_s;
        CHECK(validationMessage(leadIn(LeadStatus::Rejected), r, marketing).contains(u"comment"_s));
    }
    SECTION("ConfirmRejection: Disputed -> Rejected keeps the reason")
    {
        const TransitionOutcome out = LeadWorkflow::apply(leadIn(LeadStatus::Disputed),
                                                          request(LeadAction::ConfirmRejection),
                                                          head,
                                                          catalog);
        CHECK(out.lead.status == LeadStatus::Rejected);
        CHECK(out.lead.rejectionReasonId == 1);
        CHECK(out.event.reasonId == 1);
    }
    SECTION("ReturnToManager: Disputed -> InWork clears the rejection, keeps the owner")
    {
        const TransitionOutcome out = LeadWorkflow::apply(leadIn(LeadStatus::Disputed),
                                                          request(LeadAction::ReturnToManager),
                                                          head,
                                                          catalog);
        CHECK(out.lead.status == LeadStatus::InWork);
        CHECK_FALSE(out.lead.rejectionReasonId.has_value());
        CHECK(out.lead.rejectionComment.isEmpty());
        CHECK_FALSE(out.lead.rejectedAt.isValid());
        CHECK(out.lead.ownerId == manager.id);
        CHECK(out.event.changes.contains(u"rejection_reason_id"_s));
    }
}

TEST_CASE("apply() throws an Error of the first problem's kind", "[workflow]")
{
    const auto kindOf = [](const Lead &lead, const TransitionRequest &r, const User &actor) {
        const auto error = caughtError([&] { LeadWorkflow::apply(lead, r, actor, catalog); });
        REQUIRE(error);
        CHECK_FALSE(error->message().isEmpty());
        return error->kind();
    };
    CHECK(kindOf(leadIn(LeadStatus::Won), request(LeadAction::Qualify), manager)
          == Error::Kind::Transition);
    CHECK(kindOf(leadIn(LeadStatus::New), request(LeadAction::LogContact), marketing)
          == Error::Kind::Permission);
    TransitionRequest noReason = request(LeadAction::Reject);
    noReason.reasonCode.clear();
    CHECK(kindOf(leadIn(LeadStatus::InWork), noReason, manager) == Error::Kind::Validation);
}

TEST_CASE("apply() fills the event that records the transition", "[workflow]")
{
    TransitionRequest r = request(LeadAction::Reject);
    r.reasonCode = u"competitor"_s;
    r.comment = u"works at Rival LLC"_s;
    const TransitionOutcome out
        = LeadWorkflow::apply(leadIn(LeadStatus::InWork), r, manager, catalog);
    const LeadEvent &e = out.event;
    CHECK(e.leadId == 42);
    CHECK(e.kind == EventKind::StatusChanged);
    CHECK(e.at == now);
    CHECK(e.actorId == manager.id);
    CHECK(e.fromStatus == LeadStatus::InWork);
    CHECK(e.toStatus == LeadStatus::Rejected);
    CHECK(e.reasonId == 2);
    CHECK(e.comment == u"works at Rival LLC"_s);
    REQUIRE(e.changes.contains(u"status"_s));
    const QJsonObject status = e.changes.value(u"status"_s).toObject();
    CHECK(status.value(u"from"_s).toString() == u"in_work"_s);
    CHECK(status.value(u"to"_s).toString() == u"rejected"_s);
    CHECK(e.changes.contains(u"rejection_reason_id"_s));
}
