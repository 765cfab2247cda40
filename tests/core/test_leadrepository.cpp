// SPDX-License-Identifier: GPL-3.0-or-later
// LeadRepository: every field survives a round trip, each LeadFilter criterion and order works
// in SQL, count() agrees with list(), external ids are unique.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "storage/leadfilter.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

QDateTime utc(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute, second), Qt::UTC);
}

QList<QString> externalIds(const QList<Lead> &leads)
{
    QList<QString> ids;
    for (const Lead &lead : leads)
        ids.append(lead.externalId);
    return ids;
}

// Five leads that differ in status, owner, channel, completeness, arrival and SLA deadline.
class FilterFixture
{
public:
    FilterFixture()
        : leads(fx.db())
    {
        add(u"L1"_s, utc(8, 0), utc(8, 15), u"seo"_s, fx.manager.id, LeadStatus::New);
        add(u"L2"_s, utc(8, 30), utc(7, 0), u"context"_s, fx.otherManager.id, LeadStatus::InWork);
        add(u"L3"_s, utc(9, 0), utc(9, 15), u"seo"_s, std::nullopt, LeadStatus::New, false);
        add(u"L4"_s, utc(9, 30), utc(9, 45), u"context"_s, fx.manager.id, LeadStatus::Qualified);
        add(u"L5"_s, utc(10, 0), utc(8, 20), u"email"_s, std::nullopt, LeadStatus::New);
    }

    // The external ids of list(filter), checking that count() agrees.
    QList<QString> ids(const LeadFilter &filter, int limit = 100, int offset = 0)
    {
        const QList<Lead> found = leads.list(filter, limit, offset);
        if (limit >= 100 && offset == 0)
            CHECK(leads.count(filter) == found.size());
        return externalIds(found);
    }

    TempDatabase fx;
    LeadRepository leads;

private:
    void add(const QString &externalId,
             const QDateTime &received,
             const QDateTime &due,
             const QString &channel,
             std::optional<qint64> owner,
             LeadStatus status,
             bool complete = true)
    {
        Lead lead = Test::incomingLead(externalId);
        lead.receivedAt = received;
        lead.slaDueAt = due;
        lead.channel = channel;
        lead.ownerId = owner;
        lead.status = status;
        if (!complete)
            lead.name.clear();
        if (status == LeadStatus::Qualified)
            lead.needConfirmed = lead.budgetConfirmed = lead.authorityConfirmed = true;
        leads.insert(lead);
    }
};

} // namespace

TEST_CASE("Every lead field survives insert and get", "[storage][leadrepository]")
{
    TempDatabase fx;
    LeadRepository leads(fx.db());
    const QTimeZone moscow(3 * 3600);

    Lead in;
    in.externalId = u"crm-000123"_s;
    in.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(12, 30, 15, 999), moscow);
    in.name = u"Мария \"Маша\" O'Brien"_s;
    in.phone = u"+79123456789"_s;
    in.phoneRaw = u"8 (912) 345-67-89"_s;
    in.email = u"maria@example.ru"_s;
    in.company = u"ООО Ромашка"_s;
    in.channel = u"exhibition"_s;
    in.campaign = u"Autumn Expo 2026"_s;
    in.landingPage = u"https://example.ru/expo?utm=1"_s;
    in.utmSource = u"expo"_s;
    in.utmMedium = u"offline"_s;
    in.utmCampaign = u"autumn26"_s;
    in.ownerId = fx.manager.id;
    in.status = LeadStatus::Won;
    in.statusChangedAt = utc(10, 1, 2);
    in.slaDueAt = QDateTime(QDate(2026, 11, 2), QTime(9, 45, 15), Qt::UTC);
    in.firstContactAt = QDateTime(QDate(2026, 11, 2), QTime(9, 40), Qt::UTC);
    in.firstContactKind = ContactKind::Email;
    in.needConfirmed = in.budgetConfirmed = in.authorityConfirmed = true;
    in.expectedAmountMinor = 12'345'678'901LL; // beyond 32 bits
    in.qualifiedAt = QDateTime(QDate(2026, 11, 5), QTime(11, 0), Qt::UTC);
    in.rejectionReasonId = Test::reasonId(fx.db(), ReasonKind::Rejection, u"competitor"_s);
    in.rejectionComment = u"looked like a competitor"_s;
    in.rejectedAt = QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
    in.disputeComment = u"a real client"_s;
    in.disputedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
    in.lossReasonId = Test::reasonId(fx.db(), ReasonKind::Loss, u"timing"_s);
    in.lossComment = u"first lost, then came back"_s;
    in.dealAmountMinor = 9'876'543'210LL;
    in.dealCurrency = u"EUR"_s;
    in.paidOn = QDate(2026, 11, 20);
    in.closedAt = QDateTime(QDate(2026, 11, 21), QTime(16, 30), Qt::UTC);
    in.notes = u"line one\nline two; DROP TABLE leads; --"_s;

    const qint64 id = leads.insert(in);
    REQUIRE(id > 0);
    const Lead out = leads.get(id);

    CHECK(out.id == id);
    CHECK(out.externalId == in.externalId);
    // Times come back in UTC, whole seconds, the same instant.
    CHECK(out.receivedAt.timeSpec() == Qt::UTC);
    CHECK(out.receivedAt == QDateTime(QDate(2026, 11, 2), QTime(9, 30, 15), Qt::UTC));
    CHECK(out.name == in.name);
    CHECK(out.phone == in.phone);
    CHECK(out.phoneRaw == in.phoneRaw);
    CHECK(out.email == in.email);
    CHECK(out.company == in.company);
    CHECK(out.channel == in.channel);
    CHECK(out.campaign == in.campaign);
    CHECK(out.landingPage == in.landingPage);
    CHECK(out.utmSource == in.utmSource);
    CHECK(out.utmMedium == in.utmMedium);
    CHECK(out.utmCampaign == in.utmCampaign);
    CHECK(out.ownerId == in.ownerId);
    CHECK(out.status == LeadStatus::Won);
    CHECK(out.statusChangedAt == in.statusChangedAt);
    CHECK(out.slaDueAt == in.slaDueAt);
    CHECK(out.firstContactAt == in.firstContactAt);
    CHECK(out.firstContactKind == ContactKind::Email);
    CHECK((out.needConfirmed && out.budgetConfirmed && out.authorityConfirmed));
    CHECK(out.expectedAmountMinor == in.expectedAmountMinor);
    CHECK(out.qualifiedAt == in.qualifiedAt);
    CHECK(out.rejectionReasonId == in.rejectionReasonId);
    CHECK(out.rejectionComment == in.rejectionComment);
    CHECK(out.rejectedAt == in.rejectedAt);
    CHECK(out.disputeComment == in.disputeComment);
    CHECK(out.disputedAt == in.disputedAt);
    CHECK(out.lossReasonId == in.lossReasonId);
    CHECK(out.lossComment == in.lossComment);
    CHECK(out.dealAmountMinor == in.dealAmountMinor);
    CHECK(out.dealCurrency == in.dealCurrency);
    CHECK(out.paidOn == in.paidOn);
    CHECK(out.closedAt == in.closedAt);
    CHECK(out.notes == in.notes);
    CHECK(out.version == 0);
    CHECK(out.closedAt.timeSpec() == Qt::UTC);
}

TEST_CASE("Absent optional fields come back absent", "[storage][leadrepository]")
{
    TempDatabase fx;
    LeadRepository leads(fx.db());
    Lead in;
    in.receivedAt = utc(9, 0);
    const Lead out = leads.get(leads.insert(in));
    CHECK(out.externalId.isEmpty());
    CHECK(out.name.isEmpty());
    CHECK_FALSE(out.ownerId.has_value());
    CHECK(out.status == LeadStatus::New);
    CHECK(out.statusChangedAt == in.receivedAt); // defaults to the arrival
    CHECK_FALSE(out.slaDueAt.isValid());
    CHECK_FALSE(out.firstContactAt.isValid());
    CHECK_FALSE(out.firstContactKind.has_value());
    CHECK_FALSE((out.needConfirmed || out.budgetConfirmed || out.authorityConfirmed));
    CHECK_FALSE(out.expectedAmountMinor.has_value());
    CHECK_FALSE(out.rejectionReasonId.has_value());
    CHECK_FALSE(out.lossReasonId.has_value());
    CHECK_FALSE(out.dealAmountMinor.has_value());
    CHECK(out.dealCurrency.isEmpty());
    CHECK_FALSE(out.paidOn.isValid());
    CHECK_FALSE(out.closedAt.isValid());

    CHECK_FALSE(leads.find(out.id + 1000).has_value());
    const auto missing = caughtError([&] { leads.get(out.id + 1000); });
    REQUIRE(missing);
    CHECK(missing->kind() == Error::Kind::NotFound);
}

TEST_CASE("list() filters by each LeadFilter criterion in SQL", "[storage][leadrepository]")
{
    FilterFixture f;
    using Ids = QList<QString>;
    LeadFilter filter;
    filter.order = LeadFilter::Order::NewestFirst;
    CHECK(f.ids(filter) == Ids {u"L5"_s, u"L4"_s, u"L3"_s, u"L2"_s, u"L1"_s});

    SECTION("statuses")
    {
        filter.statuses = {LeadStatus::New};
        CHECK(f.ids(filter) == Ids {u"L5"_s, u"L3"_s, u"L1"_s});
        filter.statuses = {LeadStatus::InWork, LeadStatus::Qualified};
        CHECK(f.ids(filter) == Ids {u"L4"_s, u"L2"_s});
        filter.statuses = {LeadStatus::Won};
        CHECK(f.ids(filter).isEmpty());
    }
    SECTION("owner and unassigned")
    {
        filter.ownerId = f.fx.manager.id;
        CHECK(f.ids(filter) == Ids {u"L4"_s, u"L1"_s});
        filter.ownerId = f.fx.otherManager.id;
        CHECK(f.ids(filter) == Ids {u"L2"_s});
        filter.ownerId.reset();
        filter.unassignedOnly = true;
        CHECK(f.ids(filter) == Ids {u"L5"_s, u"L3"_s});
    }
    SECTION("channel")
    {
        filter.channel = u"seo"_s;
        CHECK(f.ids(filter) == Ids {u"L3"_s, u"L1"_s});
        filter.channel = u"radio"_s;
        CHECK(f.ids(filter).isEmpty());
    }
    SECTION("incomplete")
    {
        filter.incomplete = true;
        CHECK(f.ids(filter) == Ids {u"L3"_s});
        filter.incomplete = false;
        CHECK(f.ids(filter) == Ids {u"L5"_s, u"L4"_s, u"L2"_s, u"L1"_s});
    }
    SECTION("received range: from inclusive, to exclusive")
    {
        filter.receivedFrom = utc(8, 30);
        filter.receivedTo = utc(9, 30);
        CHECK(f.ids(filter) == Ids {u"L3"_s, u"L2"_s});
        filter.receivedTo = {};
        CHECK(f.ids(filter) == Ids {u"L5"_s, u"L4"_s, u"L3"_s, u"L2"_s});
        filter.receivedFrom = {};
        filter.receivedTo = utc(8, 30);
        CHECK(f.ids(filter) == Ids {u"L1"_s});
    }
    SECTION("criteria combine")
    {
        filter.statuses = {LeadStatus::New};
        filter.channel = u"seo"_s;
        filter.unassignedOnly = true;
        CHECK(f.ids(filter) == Ids {u"L3"_s});
    }
    SECTION("SLA urgency: leads waiting for first contact first, each group by deadline")
    {
        filter.order = LeadFilter::Order::SlaUrgency;
        // New L1 08:15, L5 08:20, L3 09:15; then the answered L2 07:00 (in work), L4 09:45.
        CHECK(f.ids(filter) == Ids {u"L1"_s, u"L5"_s, u"L3"_s, u"L2"_s, u"L4"_s});
        filter.statuses = {LeadStatus::New};
        CHECK(f.ids(filter) == Ids {u"L1"_s, u"L5"_s, u"L3"_s});
    }
    SECTION("limit and offset page through the order")
    {
        CHECK(f.ids(filter, 2) == Ids {u"L5"_s, u"L4"_s});
        CHECK(f.ids(filter, 2, 2) == Ids {u"L3"_s, u"L2"_s});
        CHECK(f.ids(filter, 2, 4) == Ids {u"L1"_s});
        CHECK(f.ids(filter, 2, 5).isEmpty());
        CHECK(f.leads.count(filter) == 5);
        filter.order = LeadFilter::Order::SlaUrgency;
        CHECK(f.ids(filter, 3, 1) == Ids {u"L5"_s, u"L3"_s, u"L2"_s});
    }
}

TEST_CASE("findByExternalId finds the lead from the source system", "[storage][leadrepository]")
{
    FilterFixture f;
    const auto l3 = f.leads.findByExternalId(u"L3"_s);
    REQUIRE(l3);
    CHECK(l3->externalId == u"L3"_s);
    CHECK(l3->receivedAt == utc(9, 0));
    CHECK(f.leads.get(l3->id).externalId == u"L3"_s);
    CHECK_FALSE(f.leads.findByExternalId(u"L9"_s).has_value());
    CHECK_FALSE(f.leads.findByExternalId(u"l3"_s).has_value());
}

TEST_CASE("An external id is stored once; leads without one are not limited",
          "[storage][leadrepository]")
{
    TempDatabase fx;
    LeadRepository leads(fx.db());
    leads.insert(Test::incomingLead(u"form-42"_s));
    const auto error = caughtError([&] { leads.insert(Test::incomingLead(u"form-42"_s)); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(leads.count({}) == 1);

    // No external id is stored as NULL, which never clashes.
    leads.insert(Test::incomingLead());
    leads.insert(Test::incomingLead());
    CHECK(leads.count({}) == 3);
}
