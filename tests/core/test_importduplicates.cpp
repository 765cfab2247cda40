// SPDX-License-Identifier: GPL-3.0-or-later
// Possible duplicates on import: the same normalised phone or e-mail as an existing lead or an
// earlier row of the file, within the window of days; kept and flagged, or skipped.
#include "import/duplicatefinder.h"
#include "import/leadimporter.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

ImportMapping mapping()
{
    ImportMapping mapping;
    mapping.timeZone = u"Europe/Moscow"_s;
    mapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    mapping.columns = {{u"id"_s, ImportField::ExternalId},
                       {u"received"_s, ImportField::ReceivedAt},
                       {u"name"_s, ImportField::Name},
                       {u"phone"_s, ImportField::Phone},
                       {u"email"_s, ImportField::Email},
                       {u"source"_s, ImportField::Channel}};
    return mapping;
}

ImportResult importRows(TempDatabase &fx, const QByteArray &rows, const ImportOptions &options = {})
{
    const QString path = fx.dir() + u"/leads.csv"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("id;received;name;phone;email;source\n" + rows);
    file.close();
    return LeadImporter(fx.db(), fx.clock()).import(path, mapping(), options, fx.marketing);
}

std::optional<qint64> duplicateOf(TempDatabase &fx, const QString &externalId)
{
    const auto lead = LeadRepository(fx.db()).findByExternalId(externalId);
    REQUIRE(lead);
    return lead->possibleDuplicateOf;
}

int contactIndexes(TempDatabase &fx)
{
    return Test::rawValue(fx.db(),
                          u"SELECT count(*) FROM sqlite_master WHERE name IN ('idx_leads_phone', "
                          "'idx_leads_email')"_s)
        .toInt();
}

qint64 idOf(TempDatabase &fx, const QString &externalId)
{
    const auto lead = LeadRepository(fx.db()).findByExternalId(externalId);
    REQUIRE(lead);
    return lead->id;
}

// Against a lead already in the database (received on 1 November, phone +79123456789), with the
// file's own earlier rows: looked up row by row.
const QByteArray againstExisting
    = "D-1;20.11.2026 10:00;Анна;8 912 345-67-89;;seo\n"        // same phone, 19 days later
      "D-2;20.11.2026 11:00;Борис;;boris@example.ru;seo\n"      // new e-mail
      "D-3;21.11.2026 11:00;Борис Б.;;Boris@Example.RU;seo\n"   // same e-mail as D-2, a day on
      "D-4;21.11.2026 12:00;Вера;+7 912 000-99-99;;seo\n"       // new phone
      "D-5;31.12.2026 12:00;Анна;89123456789;;seo\n";           // same phone, 41+ days on

} // namespace

TEST_CASE("a lead with the phone or e-mail of a recent one is flagged", "[import][duplicates]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    Lead existing = Test::incomingLead(u"E-1"_s);
    existing.phoneRaw = u"+7 (912) 345-67-89"_s;
    existing.receivedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const qint64 existingId = service.receive(existing, fx.marketing).id;

    SECTION("kept and flagged by default")
    {
        CHECK(contactIndexes(fx) == 0); // made on first need
        const ImportResult result = importRows(fx, againstExisting);
        CHECK(contactIndexes(fx) == 2);
        CHECK(result.committed);
        CHECK(result.inserted == 5);
        CHECK(result.duplicates == 2);
        CHECK(result.duplicatesSkipped == 0);
        CHECK(duplicateOf(fx, u"D-1"_s) == existingId);
        CHECK_FALSE(duplicateOf(fx, u"D-2"_s));
        CHECK(duplicateOf(fx, u"D-3"_s) == idOf(fx, u"D-2"_s));
        CHECK_FALSE(duplicateOf(fx, u"D-4"_s));
        CHECK_FALSE(duplicateOf(fx, u"D-5"_s)); // 41 days after D-1, 60 after E-1
        const QList<LeadEvent> history = EventRepository(fx.db()).forLead(idOf(fx, u"D-1"_s));
        REQUIRE(history.size() == 1);
        CHECK(history.first().comment.contains(QString::number(existingId)));
        CHECK(result.summary().contains(u"2 possible duplicates"_s));

        // Re-importing updates by external id: nothing new is flagged or changed.
        const ImportResult again = importRows(fx, againstExisting);
        CHECK(again.unchanged == 5);
        CHECK(again.duplicates == 0);
        CHECK(again.inserted == 0);
    }
    SECTION("a wider window catches the later one too")
    {
        ImportOptions options;
        options.duplicateWindowDays = 60;
        const ImportResult result = importRows(fx, againstExisting, options);
        CHECK(result.duplicates == 3);
        // Both E-1 (60 days) and D-1 (41 days) are in the window: the latest is named.
        CHECK(duplicateOf(fx, u"D-5"_s) == idOf(fx, u"D-1"_s));
    }
    SECTION("skipped when asked")
    {
        ImportOptions options;
        options.duplicates = ImportOptions::Duplicates::Skip;
        const ImportResult result = importRows(fx, againstExisting, options);
        CHECK(result.committed);
        CHECK(result.inserted == 3);
        CHECK(result.duplicatesSkipped == 2);
        CHECK(result.duplicates == 0);
        CHECK_FALSE(LeadRepository(fx.db()).findByExternalId(u"D-1"_s));
        CHECK_FALSE(LeadRepository(fx.db()).findByExternalId(u"D-3"_s));
        CHECK(LeadRepository(fx.db()).count({}) == 4);
    }
}

TEST_CASE("into an empty database the file's own repeats are flagged after the load",
          "[import][duplicates]")
{
    TempDatabase fx;
    const QByteArray rows = "B-1;01.11.2026 10:00;Анна;89123456789;anna@example.ru;seo\n"
                            "B-2;06.11.2026 10:00;Анна;+79123456789;;seo\n"        // phone, 5 days
                            "B-3;20.11.2026 10:00;Анна;;ANNA@example.ru;seo\n"     // e-mail, 19 days
                            "B-4;20.02.2027 10:00;Анна;89123456789;;seo\n"         // 100+ days
                            "B-5;20.11.2026 10:00;Иван;89120000000;ivan@example.ru;seo\n";
    SECTION("kept and flagged")
    {
        ImportOptions dry;
        dry.dryRun = true;
        CHECK(importRows(fx, rows, dry).duplicates == 2);
        CHECK(LeadRepository(fx.db()).count({}) == 0);

        const ImportResult result = importRows(fx, rows);
        CHECK(result.inserted == 5);
        CHECK(result.duplicates == 2);
        CHECK(contactIndexes(fx) == 0); // a bulk load needs none
        CHECK(duplicateOf(fx, u"B-2"_s) == idOf(fx, u"B-1"_s));
        CHECK(duplicateOf(fx, u"B-3"_s) == idOf(fx, u"B-1"_s));
        CHECK_FALSE(duplicateOf(fx, u"B-1"_s));
        CHECK_FALSE(duplicateOf(fx, u"B-4"_s));
        CHECK_FALSE(duplicateOf(fx, u"B-5"_s));
    }
    SECTION("skipped")
    {
        ImportOptions options;
        options.duplicates = ImportOptions::Duplicates::Skip;
        const ImportResult result = importRows(fx, rows, options);
        CHECK(result.inserted == 3);
        CHECK(result.duplicatesSkipped == 2);
        CHECK_FALSE(LeadRepository(fx.db()).findByExternalId(u"B-2"_s));
    }
}

namespace {

// Every key the same hash: only the stored keys can tell the leads apart.
quint64 oneHashForAll(const QString &, size_t)
{
    return 7;
}

} // namespace

TEST_CASE("the in-memory finder never takes a shared hash for a shared phone or e-mail",
          "[import][duplicates]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    const QDateTime t0(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    const auto receive = [&](const QString &id, const QString &phone, const QString &email,
                             const QDateTime &at) {
        Lead lead = Test::incomingLead(id);
        lead.phoneRaw = phone;
        lead.email = email;
        lead.receivedAt = at;
        return service.receive(lead, fx.marketing);
    };
    const Lead a = receive(u"A"_s, u"+79120000001"_s, u"a@example.ru"_s, t0);
    const Lead b = receive(u"B"_s, u"+79120000002"_s, u"b@example.ru"_s, t0.addSecs(3600));
    REQUIRE(a.phone == u"+79120000001"_s);
    REQUIRE(b.phone == u"+79120000002"_s);
    const auto probe = [&](const QString &phone, const QString &email, const QDateTime &at) {
        Lead lead;
        lead.phone = phone;
        lead.email = email;
        lead.receivedAt = at;
        return lead;
    };

    for (const bool poorHash : {false, true}) {
        INFO("poor hash: " << poorHash);
        DuplicateFinder finder(fx.db(), 30, DuplicateFinder::Source::ThisFileOnly);
        if (poorHash)
            finder.setKeyHash(&oneHashForAll);
        finder.remember(a);
        finder.remember(b);
        const QDateTime later = t0.addSecs(7200);
        // A's phone: A, though B is newer and (with the poor hash) hashes alike.
        CHECK(finder.find(probe(u"+79120000001"_s, u"c@example.ru"_s, later)) == a.id);
        CHECK(finder.find(probe(QString(), u"b@example.ru"_s, later)) == b.id);
        CHECK_FALSE(finder.find(probe(u"+79990000000"_s, u"d@example.ru"_s, later)));
        // Outside the window: nothing, whatever the hash.
        CHECK_FALSE(finder.find(probe(u"+79120000001"_s, QString(), t0.addDays(31))));
        // B moves to A's phone: now B, the newer one, answers for it.
        LeadRepository repo(fx.db());
        const Lead before = repo.get(b.id);
        Lead moved = before;
        moved.phone = a.phone;
        repo.update(moved);
        finder.changed(before, moved);
        CHECK(finder.find(probe(u"+79120000001"_s, QString(), later)) == b.id);
        CHECK_FALSE(finder.find(probe(u"+79120000002"_s, QString(), later)));
        Lead back = repo.get(b.id); // B's own phone again, for the next round
        back.phone = b.phone;
        repo.update(back);
    }
}
