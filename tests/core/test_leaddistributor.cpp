// SPDX-License-Identifier: GPL-3.0-or-later
// Round-robin distribution of new unassigned leads among the managers on duty.
#include "coretesthelpers.h"
#include "domain/error.h"
#include "qtstringmaker.h"
#include "service/leaddistributor.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/userrepository.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

QList<qint64> receive(Test::TempDatabase &t, int count, int minutesApart = 1)
{
    LeadService service(t.db(), t.clock());
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.name = QStringLiteral("Lead %1").arg(i);
        lead.channel = QStringLiteral("seo");
        lead.receivedAt = t.clock().now().addSecs(qint64(i) * 60 * minutesApart - 3600);
        ids.append(service.receive(lead, t.marketing).id);
    }
    return ids;
}

std::optional<qint64> ownerOf(Test::TempDatabase &t, qint64 id)
{
    return LeadService(t.db(), t.clock()).lead(id).ownerId;
}

} // namespace

TEST_CASE("New unassigned leads go to the managers on duty in turn, most urgent first",
          "[distribution]")
{
    Test::TempDatabase t;
    User carl;
    carl.login = QStringLiteral("carl");
    carl.role = Role::Manager;
    carl.id = UserRepository(t.db()).add(carl);
    User system = UserRepository(t.db()).requireByLogin(QStringLiteral("system"));

    LeadDistributor distributor(t.db(), t.clock());
    CHECK(distributor.distribute(system) == 0); // off by default

    distributor.setSettings({true, {t.manager.id, t.otherManager.id, carl.id}}, t.head);
    CHECK(distributor.settings() == LeadDistributor::Settings{true, {t.manager.id, t.otherManager.id, carl.id}});

    const QList<qint64> first = receive(t, 7);
    CHECK(distributor.distribute(system) == 7);
    const QList<qint64> expected = {t.manager.id, t.otherManager.id, carl.id, t.manager.id,
                                    t.otherManager.id, carl.id, t.manager.id};
    for (int i = 0; i < first.size(); ++i) {
        INFO("lead " << i);
        CHECK(ownerOf(t, first.at(i)) == expected.at(i));
    }
    // Each assignment is on record, by the account that ran the distribution.
    const QList<LeadEvent> history = EventRepository(t.db()).forLead(first.at(0));
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).kind == EventKind::Assigned);
    CHECK(history.at(1).actorId == system.id);

    // Nothing left: nothing happens. The next leads continue the rotation after the manager
    // who got the last one (anna), and an inactive manager is skipped.
    CHECK(distributor.distribute(system) == 0);
    UserRepository(t.db()).setActive(t.otherManager.id, false);
    const QList<qint64> second = receive(t, 2);
    CHECK(distributor.distribute(system) == 2);
    CHECK(ownerOf(t, second.at(0)) == carl.id);
    CHECK(ownerOf(t, second.at(1)) == t.manager.id);
}

TEST_CASE("Distribution settings: head of sales only, managers only", "[distribution]")
{
    Test::TempDatabase t;
    LeadDistributor distributor(t.db(), t.clock());
    const auto byManager = Test::caughtError([&] {
        distributor.setSettings({true, {t.manager.id}}, t.manager);
    });
    REQUIRE(byManager.has_value());
    CHECK(byManager->kind() == Error::Kind::Permission);
    const auto marketingOnDuty = Test::caughtError([&] {
        distributor.setSettings({true, {t.marketing.id}}, t.head);
    });
    REQUIRE(marketingOnDuty.has_value());
    CHECK(marketingOnDuty->kind() == Error::Kind::Validation);
    CHECK(distributor.settings() == LeadDistributor::Settings{});

    // Leads a manager already took are left alone.
    const QList<qint64> ids = receive(t, 2);
    LeadService(t.db(), t.clock()).assign(ids.at(0), t.otherManager.id, t.head);
    distributor.setSettings({true, {t.manager.id}}, t.admin);
    CHECK(distributor.distribute(t.admin) == 1);
    CHECK(ownerOf(t, ids.at(0)) == t.otherManager.id);
    CHECK(ownerOf(t, ids.at(1)) == t.manager.id);
}
