// SPDX-License-Identifier: GPL-3.0-or-later
// Minimum data (marketing's side of the SLA): a lead without name, phone or channel is stored
// anyway, flagged incomplete, with the missing fields listed.
#include "coretesthelpers.h"
#include "domain/lead.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

Lead withData(const QString &name, const QString &phone, const QString &channel)
{
    Lead lead;
    lead.name = name;
    lead.phone = phone;
    lead.channel = channel;
    return lead;
}

} // namespace

TEST_CASE("missingFields lists every absent minimum-data field in a fixed order", "[minimumdata]")
{
    const QString name = u"Ivan"_s;
    const QString phone = u"+79123456789"_s;
    const QString channel = u"seo"_s;

    CHECK(withData(name, phone, channel).missingFields().isEmpty());
    CHECK_FALSE(withData(name, phone, channel).isIncomplete());

    CHECK(withData({}, phone, channel).missingFieldCodes() == QStringList {u"name"_s});
    CHECK(withData(name, {}, channel).missingFieldCodes() == QStringList {u"phone"_s});
    CHECK(withData(name, phone, {}).missingFieldCodes() == QStringList {u"channel"_s});
    CHECK(withData({}, {}, channel).missingFieldCodes() == QStringList {u"name"_s, u"phone"_s});
    CHECK(withData(name, {}, {}).missingFieldCodes() == QStringList {u"phone"_s, u"channel"_s});
    CHECK(withData({}, {}, {}).missingFields()
          == QList<LeadField> {LeadField::Name, LeadField::Phone, LeadField::Channel});
    CHECK(withData({}, {}, {}).isIncomplete());
}

TEST_CASE("Whitespace-only name or channel counts as missing", "[minimumdata]")
{
    CHECK(withData(u"   "_s, u"+79123456789"_s, u"seo"_s).missingFieldCodes()
          == QStringList {u"name"_s});
    CHECK(withData(u"Ivan"_s, u"+79123456789"_s, u"\t "_s).missingFieldCodes()
          == QStringList {u"channel"_s});
}

TEST_CASE("An unreadable phone is kept raw but the lead is flagged", "[minimumdata][leadservice]")
{
    TempDatabase fx;
    const LeadService service(fx.db(), fx.clock());
    Lead incoming = Test::incomingLead();
    incoming.phone.clear();
    incoming.phoneRaw = u"call me maybe"_s;
    const Lead prepared = service.prepareNew(incoming);
    CHECK(prepared.phone.isEmpty());
    CHECK(prepared.phoneRaw == u"call me maybe"_s);
    CHECK(prepared.missingFieldCodes() == QStringList {u"phone"_s});

    // A raw value given only in `phone` is treated as the raw value too.
    Lead onlyPhone = Test::incomingLead();
    onlyPhone.phoneRaw.clear();
    onlyPhone.phone = u"12"_s;
    const Lead preparedOnlyPhone = service.prepareNew(onlyPhone);
    CHECK(preparedOnlyPhone.phoneRaw == u"12"_s);
    CHECK(preparedOnlyPhone.phone.isEmpty());
    CHECK(preparedOnlyPhone.isIncomplete());
}

TEST_CASE("An incomplete lead is stored, flagged and found by the incomplete filter",
          "[minimumdata][storage]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const LeadRepository leads(fx.db());

    const Lead complete = service.receive(Test::incomingLead(u"form-1"_s), fx.marketing);
    Lead partial = Test::incomingLead(u"form-2"_s);
    partial.name = u"  "_s;
    partial.phone.clear();
    partial.phoneRaw = u"not a number"_s;
    const Lead stored = service.receive(partial, fx.marketing);

    REQUIRE(stored.id > 0);
    const Lead reread = leads.get(stored.id);
    CHECK(reread.externalId == u"form-2"_s);
    CHECK(reread.phoneRaw == u"not a number"_s);
    CHECK(reread.isIncomplete());
    CHECK(reread.missingFieldCodes() == QStringList {u"name"_s, u"phone"_s});
    CHECK_FALSE(leads.get(complete.id).isIncomplete());

    // The flag is stored with the row, so SQL can filter on it.
    CHECK(Test::rawValue(fx.db(), u"SELECT missing_fields FROM leads WHERE id = ?"_s, {stored.id})
              .toString()
          == u"name,phone"_s);

    LeadFilter incomplete;
    incomplete.incomplete = true;
    const QList<Lead> found = leads.list(incomplete, 100);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == stored.id);
    CHECK(leads.count(incomplete) == 1);

    LeadFilter completeOnly;
    completeOnly.incomplete = false;
    const QList<Lead> completeFound = leads.list(completeOnly, 100);
    REQUIRE(completeFound.size() == 1);
    CHECK(completeFound.first().id == complete.id);

    const QList<LeadEvent> history = EventRepository(fx.db()).forLead(stored.id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().kind == EventKind::Created);
    CHECK(history.first().toStatus == LeadStatus::New);
    CHECK(history.first().actorId == fx.marketing.id);
    CHECK(history.first().comment.contains(u"name"_s));
    CHECK(history.first().comment.contains(u"phone"_s));
    CHECK_FALSE(history.first().comment.contains(u"channel"_s));

    const QList<LeadEvent> completeHistory = EventRepository(fx.db()).forLead(complete.id);
    REQUIRE(completeHistory.size() == 1);
    CHECK(completeHistory.first().comment.isEmpty());
}

TEST_CASE("A lead without a channel is stored and flagged too", "[minimumdata][storage]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    Lead noChannel = Test::incomingLead();
    noChannel.channel = u" "_s;
    const Lead stored = service.receive(noChannel, fx.marketing);
    const Lead reread = LeadRepository(fx.db()).get(stored.id);
    CHECK(reread.missingFieldCodes() == QStringList {u"channel"_s});
    CHECK(reread.phone == u"+79123456789"_s);
    LeadFilter filter;
    filter.incomplete = true;
    CHECK(LeadRepository(fx.db()).count(filter) == 1);
}
