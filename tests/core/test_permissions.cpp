// SPDX-License-Identifier: GPL-3.0-or-later
// Permissions: the role matrix for every lead action, ownership of leads, deactivated users,
// and the services that guard the catalog and the team.
#include "coretesthelpers.h"
#include "domain/leadworkflow.h"
#include "domain/permissions.h"
#include "leadbuilder.h"
#include "service/catalogservice.h"
#include "service/leadservice.h"
#include "service/userservice.h"
#include "storage/userrepository.h"
#include "tempdatabase.h"

#include <QMap>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

// Who may do what, as the issue specifies it.
const QMap<LeadAction, QList<Role>> allowedRoles = {
    {LeadAction::LogContact, {Role::Manager, Role::HeadOfSales}},
    {LeadAction::Qualify, {Role::Manager, Role::HeadOfSales}},
    {LeadAction::Reject, {Role::Manager, Role::HeadOfSales}},
    {LeadAction::MarkWon, {Role::Manager, Role::HeadOfSales}},
    {LeadAction::MarkLost, {Role::Manager, Role::HeadOfSales}},
    {LeadAction::Dispute, {Role::Marketing}},
    {LeadAction::ConfirmRejection, {Role::HeadOfSales}},
    {LeadAction::ReturnToManager, {Role::HeadOfSales}},
};

// The one status each action starts from in these tests.
LeadStatus sourceOf(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact:
        return LeadStatus::New;
    case LeadAction::Qualify:
    case LeadAction::Reject:
        return LeadStatus::InWork;
    case LeadAction::Dispute:
        return LeadStatus::Rejected;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        return LeadStatus::Disputed;
    case LeadAction::MarkWon:
    case LeadAction::MarkLost:
        return LeadStatus::Qualified;
    }
    return LeadStatus::New;
}

User person(qint64 id, Role role, bool active = true)
{
    User u;
    u.id = id;
    u.login = roleCode(role) + QString::number(id);
    u.role = role;
    u.active = active;
    return u;
}

Lead ownedBy(std::optional<qint64> owner, LeadStatus status = LeadStatus::New)
{
    Lead lead;
    lead.id = 7;
    lead.ownerId = owner;
    lead.status = status;
    return lead;
}

constexpr qint64 me = 1;
constexpr qint64 colleague = 2;

} // namespace

TEST_CASE("Each role may perform exactly the lead actions of its side of the SLA", "[permissions]")
{
    const ReasonCatalog noReasons;
    for (Role role : allRoles) {
        for (LeadAction action : allLeadActions) {
            const bool expected = allowedRoles.value(action).contains(role);
            INFO(roleCode(role).toStdString() << " " << actionCode(action).toStdString());
            CHECK(Permissions::roleMay(role, action) == expected);

            const User user = person(me, role);
            const auto refusal = Permissions::refusal(user, action, ownedBy(me));
            CHECK(refusal.has_value() == !expected);
            if (refusal)
                CHECK(refusal->contains(user.login));

            // The workflow consults the same rules: a refused role is a Permission problem.
            const Lead lead = ownedBy(me, sourceOf(action));
            TransitionRequest request;
            request.action = action;
            const auto problems = LeadWorkflow::problems(lead, request, user, noReasons);
            const bool permissionProblem = !problems.isEmpty()
                                           && problems.first().kind == Error::Kind::Permission;
            CHECK(permissionProblem == !expected);
            CHECK(LeadWorkflow::availableActions(lead, user).contains(action) == expected);
        }
    }
}

TEST_CASE("A manager acts on own and unassigned leads, not on a colleague's", "[permissions]")
{
    const User manager = person(me, Role::Manager);
    for (LeadAction action : allLeadActions) {
        if (!allowedRoles.value(action).contains(Role::Manager))
            continue;
        INFO(actionCode(action).toStdString());
        CHECK_FALSE(Permissions::refusal(manager, action, ownedBy(me)));
        CHECK_FALSE(Permissions::refusal(manager, action, ownedBy(std::nullopt)));
        const auto refusal = Permissions::refusal(manager, action, ownedBy(colleague));
        REQUIRE(refusal);
        CHECK(refusal->contains(u"another manager"_s));
    }
    CHECK(LeadWorkflow::availableActions(ownedBy(colleague), manager).isEmpty());
    CHECK(LeadWorkflow::availableActions(ownedBy(std::nullopt), manager)
          == QList<LeadAction> {LeadAction::LogContact, LeadAction::Reject});
}

TEST_CASE("The head of sales acts on anybody's lead", "[permissions]")
{
    const User head = person(3, Role::HeadOfSales);
    for (LeadAction action : allLeadActions) {
        if (!allowedRoles.value(action).contains(Role::HeadOfSales))
            continue;
        INFO(actionCode(action).toStdString());
        CHECK_FALSE(Permissions::refusal(head, action, ownedBy(colleague)));
        CHECK_FALSE(Permissions::refusal(head, action, ownedBy(std::nullopt)));
    }
    // Marketing disputes whoever owns the lead.
    CHECK_FALSE(Permissions::refusal(person(4, Role::Marketing),
                                     LeadAction::Dispute,
                                     ownedBy(colleague, LeadStatus::Rejected)));
}

TEST_CASE("A deactivated user may not change any lead", "[permissions]")
{
    for (Role role : allRoles) {
        const User inactive = person(me, role, false);
        for (LeadAction action : allLeadActions) {
            INFO(roleCode(role).toStdString() << " " << actionCode(action).toStdString());
            const auto refusal = Permissions::refusal(inactive, action, ownedBy(me));
            REQUIRE(refusal);
            CHECK(refusal->contains(inactive.login));
        }
    }
}

TEST_CASE("Only admin and head of sales edit the catalog and the team", "[permissions]")
{
    for (Role role : allRoles) {
        const bool expected = role == Role::Admin || role == Role::HeadOfSales;
        INFO(roleCode(role).toStdString());
        CHECK(Permissions::mayEditCatalog(role) == expected);
        CHECK(Permissions::mayManageUsers(role) == expected);
    }
}

TEST_CASE("CatalogService refuses managers and marketing, accepts admin and head of sales",
          "[permissions][reasons]")
{
    TempDatabase fx;
    CatalogService catalog(fx.db());
    Reason reason;
    reason.kind = ReasonKind::Rejection;
    reason.titleRu = u"Уже купил"_s;
    reason.titleEn = u"Already bought"_s;

    User inactiveAdmin = fx.admin;
    inactiveAdmin.active = false;
    for (const User &actor : {fx.manager, fx.marketing, inactiveAdmin}) {
        INFO(actor.login.toStdString() << " active=" << actor.active);
        reason.code = u"bought_"_s + actor.login;
        const auto kindOf = [](auto &&call) {
            const auto error = caughtError(call);
            return error ? std::optional(error->kind()) : std::nullopt;
        };
        CHECK(kindOf([&] { catalog.add(reason, actor); }) == Error::Kind::Permission);
        CHECK(kindOf([&] { catalog.setArchived(ReasonKind::Rejection, u"student"_s, true, actor); })
              == Error::Kind::Permission);
        CHECK(kindOf([&] {
                  catalog.rename(ReasonKind::Rejection, u"student"_s, u"С"_s, u"S"_s, actor);
              })
              == Error::Kind::Permission);
        CHECK(kindOf([&] {
                  catalog.setCommentRequired(ReasonKind::Rejection, u"student"_s, true, actor);
              })
              == Error::Kind::Permission);
        CHECK(kindOf([&] { catalog.reorder(ReasonKind::Rejection, {u"student"_s}, actor); })
              == Error::Kind::Permission);
        const ReasonCatalog current = catalog.catalog();
        CHECK_FALSE(current.find(ReasonKind::Rejection, reason.code));
    }
    const ReasonCatalog seeded = catalog.catalog();
    const Reason *student = seeded.find(ReasonKind::Rejection, u"student"_s);
    REQUIRE(student);
    CHECK_FALSE(student->archived);
    CHECK_FALSE(student->commentRequired);
    CHECK(student->titleEn == u"Student"_s);

    for (const User &actor : {fx.admin, fx.head}) {
        reason.code = u"bought_"_s + actor.login;
        CHECK(catalog.add(reason, actor) > 0);
        const ReasonCatalog added = catalog.catalog();
        CHECK(added.find(ReasonKind::Rejection, reason.code));
    }
    catalog.setArchived(ReasonKind::Rejection, u"student"_s, true, fx.head);
    const ReasonCatalog archived = catalog.catalog();
    CHECK(archived.find(ReasonKind::Rejection, u"student"_s)->archived);
}

TEST_CASE("UserService refuses managers and marketing, accepts admin and head of sales",
          "[permissions]")
{
    TempDatabase fx;
    UserService users(fx.db());
    User newcomer;
    newcomer.role = Role::Manager;
    for (const User &actor : {fx.manager, fx.marketing}) {
        newcomer.login = u"new."_s + actor.login;
        const auto addError = caughtError([&] { users.add(newcomer, actor); });
        REQUIRE(addError);
        CHECK(addError->kind() == Error::Kind::Permission);
        const auto deactivateError = caughtError([&] { users.setActive(u"boris"_s, false, actor); });
        REQUIRE(deactivateError);
        CHECK(deactivateError->kind() == Error::Kind::Permission);
    }
    UserRepository repository(fx.db());
    CHECK_FALSE(repository.findByLogin(u"new.anna"_s));
    CHECK(repository.findByLogin(u"boris"_s)->active);

    for (const User &actor : {fx.admin, fx.head}) {
        newcomer.login = u"new."_s + actor.login;
        CHECK(users.add(newcomer, actor) > 0);
        CHECK(repository.findByLogin(newcomer.login));
    }
    users.setActive(u"boris"_s, false, fx.admin);
    CHECK_FALSE(repository.findByLogin(u"boris"_s)->active);
}

TEST_CASE("Only the head of sales and admin reassign leads", "[permissions][leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);

    for (const User &actor : {fx.manager, fx.marketing}) {
        INFO(actor.login.toStdString());
        const auto error = caughtError([&] { service.assign(lead.id, fx.manager.id, actor); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Permission);
    }
    CHECK_FALSE(service.lead(lead.id).ownerId.has_value());

    CHECK(service.assign(lead.id, fx.manager.id, fx.head).ownerId == fx.manager.id);
    CHECK(service.assign(lead.id, fx.otherManager.id, fx.admin).ownerId == fx.otherManager.id);
    CHECK(service.lead(lead.id).ownerId == fx.otherManager.id);
}

TEST_CASE("A deactivated head of sales may not reassign leads", "[permissions][leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    User inactiveHead = fx.head;
    inactiveHead.active = false;
    const auto error = caughtError([&] { service.assign(lead.id, fx.manager.id, inactiveHead); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Permission);
    CHECK_FALSE(service.lead(lead.id).ownerId.has_value());
}
