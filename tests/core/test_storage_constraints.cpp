// SPDX-License-Identifier: GPL-3.0-or-later
// The database enforces the catalog itself: raw SQL that bypasses the core cannot make a
// rejected or lost lead without a valid reason, a won deal without payment, and so on.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::rawExec;
using LeadPact::Test::rawValue;
using LeadPact::Test::TempDatabase;

namespace {

// A stored New lead, straight through the repository.
qint64 storedLead(TempDatabase &fx)
{
    return LeadRepository(fx.db()).insert(Test::incomingLead());
}

QString statusOf(TempDatabase &fx, qint64 id)
{
    return rawValue(fx.db(), u"SELECT status FROM leads WHERE id = ?"_s, {id}).toString();
}

// Runs the raw statement, expects the database to refuse it and the row to stay unchanged.
void expectRefused(TempDatabase &fx,
                   qint64 id,
                   const QString &sql,
                   const QVariantList &binds,
                   const QString &expectedText = {})
{
    const QString before = statusOf(fx, id);
    const Test::RawResult result = rawExec(fx.db(), sql, binds);
    INFO(sql.toStdString() << " -> " << result.error.toStdString());
    CHECK_FALSE(result.ok);
    if (!expectedText.isEmpty())
        CHECK(result.error.contains(expectedText));
    CHECK(statusOf(fx, id) == before);
}

void expectAccepted(TempDatabase &fx, const QString &sql, const QVariantList &binds)
{
    const Test::RawResult result = rawExec(fx.db(), sql, binds);
    INFO(sql.toStdString() << " -> " << result.error.toStdString());
    CHECK(result.ok);
    CHECK(result.rowsAffected == 1);
}

} // namespace

TEST_CASE("Raw SQL cannot reject or lose a lead without a reason", "[storage][constraints]")
{
    TempDatabase fx;
    const qint64 id = storedLead(fx);
    const qint64 noBudget = Test::reasonId(fx.db(), ReasonKind::Rejection, u"no_budget"_s);

    expectRefused(fx, id, u"UPDATE leads SET status = 'rejected' WHERE id = ?"_s, {id});
    expectRefused(fx, id, u"UPDATE leads SET status = 'disputed' WHERE id = ?"_s, {id});
    expectRefused(fx,
                  id,
                  u"UPDATE leads SET status = 'lost', need_confirmed = 1, budget_confirmed = 1, "
                  "authority_confirmed = 1 WHERE id = ?"_s,
                  {id});
    // Not vacuous: the same statement with a valid reason goes through.
    expectAccepted(fx,
                   u"UPDATE leads SET status = 'rejected', rejection_reason_id = ? WHERE id = ?"_s,
                   {noBudget, id});
    CHECK(statusOf(fx, id) == u"rejected"_s);
}

TEST_CASE("Raw SQL cannot use a wrong, archived or unproven reason", "[storage][constraints]")
{
    TempDatabase fx;
    const qint64 id = storedLead(fx);
    const qint64 price = Test::reasonId(fx.db(), ReasonKind::Loss, u"price"_s);
    const qint64 competitor = Test::reasonId(fx.db(), ReasonKind::Rejection, u"competitor"_s);
    const qint64 student = Test::reasonId(fx.db(), ReasonKind::Rejection, u"student"_s);
    const QString reject
        = u"UPDATE leads SET status = 'rejected', rejection_reason_id = ?, rejection_comment = ? "
          "WHERE id = ?"_s;

    SECTION("a loss reason is no rejection reason")
    {
        expectRefused(fx, id, reject, {price, QVariant(), id}, u"rejection reason"_s);
    }
    SECTION("a rejection reason is no loss reason")
    {
        expectRefused(fx,
                      id,
                      u"UPDATE leads SET status = 'lost', need_confirmed = 1, "
                      "budget_confirmed = 1, authority_confirmed = 1, loss_reason_id = ? "
                      "WHERE id = ?"_s,
                      {student, id},
                      u"loss reason"_s);
    }
    SECTION("a reason id that does not exist")
    {
        expectRefused(fx, id, reject, {999999, QVariant(), id});
    }
    SECTION("an archived reason")
    {
        ReasonRepository(fx.db()).setArchived(ReasonKind::Rejection, u"student"_s, true);
        expectRefused(fx, id, reject, {student, QVariant(), id}, u"archived"_s);
    }
    SECTION("a comment-required reason without a comment, then with one")
    {
        expectRefused(fx, id, reject, {competitor, QVariant(), id}, u"comment"_s);
        expectRefused(fx, id, reject, {competitor, u"   "_s, id}, u"comment"_s);
        expectAccepted(fx, reject, {competitor, u"works at Rival LLC"_s, id});
    }
    SECTION("a valid reason is accepted")
    {
        expectAccepted(fx, reject, {student, QVariant(), id});
    }
}

TEST_CASE("Raw SQL cannot qualify without all three BANT flags", "[storage][constraints]")
{
    TempDatabase fx;
    const qint64 id = storedLead(fx);
    const QString qualify = u"UPDATE leads SET status = 'qualified', need_confirmed = ?, "
                            "budget_confirmed = ?, authority_confirmed = ? WHERE id = ?"_s;
    expectRefused(fx, id, qualify, {0, 1, 1, id});
    expectRefused(fx, id, qualify, {1, 0, 1, id});
    expectRefused(fx, id, qualify, {1, 1, 0, id});
    expectAccepted(fx, qualify, {1, 1, 1, id});
    CHECK(statusOf(fx, id) == u"qualified"_s);
}

TEST_CASE("Raw SQL cannot mark a lead won without payment date and close time, or with an "
          "amount that is not positive or lacks its currency",
          "[storage][constraints]")
{
    TempDatabase fx;
    const QString win = u"UPDATE leads SET status = 'won', deal_amount = ?, deal_currency = ?, "
                        "paid_on = ?, closed_at = ? WHERE id = ?"_s;
    const qint64 closed = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    // Each attempt on its own qualified lead, so one slip cannot hide the next.
    const auto qualifiedLead = [&] {
        Lead lead = Test::incomingLead();
        lead.status = LeadStatus::Qualified;
        lead.needConfirmed = lead.budgetConfirmed = lead.authorityConfirmed = true;
        return LeadRepository(fx.db()).insert(lead);
    };
    SECTION("no amount (an outcome imported from another CRM): accepted")
    {
        const qint64 id = qualifiedLead();
        expectAccepted(fx, win, {QVariant(), QVariant(), u"2026-11-23"_s, closed, id});
        CHECK(statusOf(fx, id) == u"won"_s);
    }
    SECTION("no close time")
    {
        const qint64 id = qualifiedLead();
        expectRefused(fx, id, win, {150000, u"RUB"_s, u"2026-11-23"_s, QVariant(), id});
    }
    SECTION("zero amount")
    {
        const qint64 id = qualifiedLead();
        expectRefused(fx, id, win, {0, u"RUB"_s, u"2026-11-23"_s, closed, id});
    }
    SECTION("no payment date")
    {
        const qint64 id = qualifiedLead();
        expectRefused(fx, id, win, {150000, u"RUB"_s, QVariant(), closed, id});
    }
    SECTION("no currency")
    {
        const qint64 id = qualifiedLead();
        expectRefused(fx, id, win, {150000, QVariant(), u"2026-11-23"_s, closed, id});
    }
    SECTION("all present")
    {
        const qint64 id = qualifiedLead();
        expectAccepted(fx, win, {150000, u"RUB"_s, u"2026-11-23"_s, closed, id});
        CHECK(statusOf(fx, id) == u"won"_s);
    }
}

TEST_CASE("A reason in use cannot be deleted; an unused one can", "[storage][constraints]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, lead.id, LeadStatus::Rejected); // with no_budget
    const qint64 noBudget = Test::reasonId(fx.db(), ReasonKind::Rejection, u"no_budget"_s);
    const qint64 student = Test::reasonId(fx.db(), ReasonKind::Rejection, u"student"_s);

    const Test::RawResult used = rawExec(fx.db(), u"DELETE FROM reasons WHERE id = ?"_s, {noBudget});
    INFO(used.error.toStdString());
    CHECK_FALSE(used.ok);
    CHECK(used.error.contains(u"archive"_s));
    CHECK(rawValue(fx.db(), u"SELECT count(*) FROM reasons WHERE id = ?"_s, {noBudget}).toInt()
          == 1);

    const Test::RawResult unused = rawExec(fx.db(),
                                           u"DELETE FROM reasons WHERE id = ?"_s,
                                           {student});
    INFO(unused.error.toStdString());
    CHECK(unused.ok);
    CHECK(rawValue(fx.db(), u"SELECT count(*) FROM reasons WHERE id = ?"_s, {student}).toInt() == 0);
}

TEST_CASE("A reason only in the event log cannot be deleted either", "[storage][constraints]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, lead.id, LeadStatus::Disputed);
    service.perform(lead.id,
                    Test::validRequest(LeadAction::ReturnToManager, fx.clock().now()),
                    fx.head);
    // The lead no longer carries no_budget; its history does.
    const qint64 noBudget = Test::reasonId(fx.db(), ReasonKind::Rejection, u"no_budget"_s);
    REQUIRE_FALSE(service.lead(lead.id).rejectionReasonId.has_value());
    CHECK_FALSE(rawExec(fx.db(), u"DELETE FROM reasons WHERE id = ?"_s, {noBudget}).ok);
}

TEST_CASE("An archived reason stays valid on a lead that already carries it",
          "[storage][constraints]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, lead.id, LeadStatus::Rejected); // with no_budget
    ReasonRepository(fx.db()).setArchived(ReasonKind::Rejection, u"no_budget"_s, true);

    expectAccepted(fx, u"UPDATE leads SET notes = 'called twice' WHERE id = ?"_s, {lead.id});
    // A write of every column, as LeadRepository::update does it.
    Lead current = LeadRepository(fx.db()).get(lead.id);
    current.notes = u"checked again"_s;
    LeadRepository(fx.db()).update(current);
    CHECK(LeadRepository(fx.db()).get(lead.id).notes == u"checked again"_s);

    // The dispute flow moves the status while the archived reason stays.
    fx.clock().advanceSecs(60);
    const TransitionOutcome disputed = service.perform(lead.id,
                                                       Test::validRequest(LeadAction::Dispute,
                                                                          fx.clock().now()),
                                                       fx.marketing);
    CHECK(disputed.lead.status == LeadStatus::Disputed);
    fx.clock().advanceSecs(60);
    service.perform(lead.id,
                    Test::validRequest(LeadAction::ConfirmRejection, fx.clock().now()),
                    fx.head);
    CHECK(service.lead(lead.id).status == LeadStatus::Rejected);
}

TEST_CASE("Making a reason comment-required later does not lock leads that carry it",
          "[storage][constraints]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    Lead incoming = Test::incomingLead();
    const Lead lead = service.receive(incoming, fx.marketing);
    fx.clock().advanceSecs(60);
    TransitionRequest reject = Test::validRequest(LeadAction::Reject, fx.clock().now());
    reject.comment.clear(); // no_budget needs no proof when the lead is rejected
    service.perform(lead.id, reject, fx.manager);

    ReasonRepository(fx.db()).setCommentRequired(ReasonKind::Rejection, u"no_budget"_s, true);
    // Like an archived reason, a stricter rule applies to new choices, not to history: the
    // lead can still be edited and disputed.
    expectAccepted(fx, u"UPDATE leads SET notes = 'called twice' WHERE id = ?"_s, {lead.id});
    fx.clock().advanceSecs(60);
    const auto error = Test::caughtError([&] {
        service.perform(lead.id,
                        Test::validRequest(LeadAction::Dispute, fx.clock().now()),
                        fx.marketing);
    });
    INFO((error ? error->message() : QString()).toStdString());
    CHECK_FALSE(error);
}
