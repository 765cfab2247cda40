// SPDX-License-Identifier: GPL-3.0-or-later
// LeadService: receiving a lead (phone, SLA deadline), the happy path to a won deal, optimistic
// concurrency and missing leads.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

TEST_CASE("receive normalises the phone, keeps the raw value and sets the SLA deadline",
          "[leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    Lead incoming;
    incoming.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 41, 7), Qt::UTC);
    incoming.name = u"  Мария Иванова "_s;
    incoming.phoneRaw = u"8 (912) 345-67-89"_s;
    incoming.email = u" Maria@Example.RU "_s;
    incoming.channel = u" seo "_s;

    const Lead received = service.receive(incoming, fx.marketing);
    CHECK(received.id > 0);
    CHECK(received.phone == u"+79123456789"_s);
    CHECK(received.phoneRaw == u"8 (912) 345-67-89"_s);
    CHECK(received.name == u"Мария Иванова"_s);
    CHECK(received.email == u"maria@example.ru"_s);
    CHECK(received.channel == u"seo"_s);
    CHECK(received.status == LeadStatus::New);
    CHECK(received.statusChangedAt == incoming.receivedAt);
    CHECK(received.slaDueAt == incoming.receivedAt.addSecs(15 * 60));
    CHECK_FALSE(received.ownerId.has_value());

    const Lead stored = service.lead(received.id);
    CHECK(stored.phone == u"+79123456789"_s);
    CHECK(stored.phoneRaw == u"8 (912) 345-67-89"_s);
    CHECK(stored.receivedAt == incoming.receivedAt);
    CHECK(stored.slaDueAt == QDateTime(QDate(2026, 11, 23), QTime(9, 56, 7), Qt::UTC));
    CHECK(stored.version == 0);
}

TEST_CASE("receive takes the arrival time from the clock and honours the SLA policy",
          "[leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    CHECK(service.slaPolicy().firstContactMinutes == 15);

    Lead noTime = Test::incomingLead();
    noTime.receivedAt = {};
    const Lead stamped = service.receive(noTime, fx.marketing);
    CHECK(stamped.receivedAt == fx.clock().now());
    CHECK(stamped.slaDueAt == fx.clock().now().addSecs(15 * 60));

    SlaPolicy halfHour;
    halfHour.firstContactMinutes = 30;
    service.setSlaPolicy(halfHour);
    Lead moscow = Test::incomingLead();
    moscow.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(12, 30), QTimeZone(3 * 3600));
    const Lead received = service.receive(moscow, fx.marketing);
    const QDateTime utc(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    CHECK(received.receivedAt == utc);
    CHECK(received.receivedAt.timeSpec() == Qt::UTC);
    CHECK(service.lead(received.id).slaDueAt == utc.addSecs(30 * 60));
}

TEST_CASE("The happy path: contact, qualify, won", "[leadservice][workflow]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);

    fx.clock().advanceSecs(7 * 60);
    TransitionRequest contact;
    contact.action = LeadAction::LogContact;
    contact.contactKind = ContactKind::Call;
    const TransitionOutcome contacted = service.perform(lead.id, contact, fx.manager);
    CHECK(contacted.lead.status == LeadStatus::InWork);
    CHECK(contacted.lead.version == 1);
    Lead stored = service.lead(lead.id);
    CHECK(stored.status == LeadStatus::InWork);
    CHECK(stored.firstContactAt == fx.clock().now()); // the request took the clock's time
    CHECK(stored.firstContactKind == ContactKind::Call);
    CHECK(stored.ownerId == fx.manager.id);
    CHECK(stored.version == 1);

    fx.clock().advanceSecs(24 * 3600);
    TransitionRequest qualify;
    qualify.action = LeadAction::Qualify;
    qualify.needConfirmed = qualify.budgetConfirmed = qualify.authorityConfirmed = true;
    qualify.expectedAmountMinor = 30000000;
    service.perform(lead.id, qualify, fx.manager);
    stored = service.lead(lead.id);
    CHECK(stored.status == LeadStatus::Qualified);
    CHECK(stored.qualifiedAt == fx.clock().now());
    CHECK(stored.expectedAmountMinor == 30000000);
    CHECK(stored.version == 2);

    fx.clock().advanceSecs(6 * 24 * 3600);
    TransitionRequest won;
    won.action = LeadAction::MarkWon;
    won.amountMinor = 29900000;
    won.currency = u"RUB"_s;
    won.paidOn = fx.clock().now().date().addDays(-1);
    const TransitionOutcome closed = service.perform(lead.id, won, fx.manager);
    CHECK(closed.lead.version == 3);
    stored = service.lead(lead.id);
    CHECK(stored.status == LeadStatus::Won);
    CHECK(stored.dealAmountMinor == 29900000);
    CHECK(stored.dealCurrency == u"RUB"_s);
    CHECK(stored.paidOn == QDate(2026, 11, 29));
    CHECK(stored.closedAt == fx.clock().now());
    CHECK(stored.statusChangedAt == fx.clock().now());
    CHECK(stored.version == 3);

    const QList<LeadEvent> history = service.history(lead.id);
    REQUIRE(history.size() == 4);
    CHECK(history.at(3).toStatus == LeadStatus::Won);
    CHECK(history.at(3).at == fx.clock().now());
}

TEST_CASE("check() reports problems without changing anything", "[leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    TransitionRequest reject;
    reject.action = LeadAction::Reject;
    const QList<TransitionProblem> problems = service.check(lead, reject, fx.manager);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().kind == Error::Kind::Validation);
    CHECK(problems.first().message.contains(u"no_budget"_s));
    CHECK(service.check(lead, Test::validRequest(LeadAction::Reject, {}), fx.manager).isEmpty());
    CHECK(service.lead(lead.id).version == 0);
    CHECK(service.history(lead.id).size() == 1);
}

TEST_CASE("Updating a stale copy of a lead is a Conflict", "[leadservice][storage]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    LeadRepository leads(fx.db());
    const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
    Lead stale = leads.get(lead.id);
    REQUIRE(stale.version == 0);

    Test::driveTo(fx, service, lead.id, LeadStatus::InWork); // version 1 now
    stale.notes = u"written from an old screen"_s;
    const auto error = caughtError([&] { leads.update(stale); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(QString::number(lead.id)));

    const Lead current = leads.get(lead.id);
    CHECK(current.notes.isEmpty());
    CHECK(current.status == LeadStatus::InWork);
    CHECK(current.version == 1);

    // The fresh copy writes and bumps the version.
    Lead fresh = current;
    fresh.notes = u"written from a fresh screen"_s;
    leads.update(fresh);
    CHECK(leads.get(lead.id).version == 2);
    CHECK(leads.get(lead.id).notes == fresh.notes);
}

TEST_CASE("perform on a missing lead is NotFound and writes nothing", "[leadservice]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const qint64 eventsBefore = EventRepository(fx.db()).count();
    const auto error = caughtError([&] {
        service.perform(424242,
                        Test::validRequest(LeadAction::LogContact, fx.clock().now()),
                        fx.manager);
    });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
    CHECK(error->message().contains(u"424242"_s));
    CHECK(EventRepository(fx.db()).count() == eventsBefore);
    CHECK(fx.db().transactionDepth() == 0);

    const auto lookup = caughtError([&] { service.lead(424242); });
    REQUIRE(lookup);
    CHECK(lookup->kind() == Error::Kind::NotFound);
}
