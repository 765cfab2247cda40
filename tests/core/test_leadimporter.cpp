// SPDX-License-Identifier: GPL-3.0-or-later
// LeadImporter: inserts, idempotent re-import, updates with an Edited event, all-or-nothing
// rollback with rejected rows named, --partial, dry run, cancel, incomplete leads, the Olist MQL
// file, and the CLI's import command.
#include "clirunner.h"
#include "coretesthelpers.h"
#include "importfixture.h"
#include "import/leadimporter.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"
#include "testconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

const QByteArray header = "id;received;name;phone;source\n";
const QByteArray validRows = "A-1;23.11.2026 09:15;Мария;8 (912) 345-67-89;seo\n"
                             "A-2;23.11.2026 01:00;Иван;+7 912 000-11-22;context\n"
                             "A-3;22.11.2026 18:40;Ольга;89123330000;seo\n";

QString writeCsv(const TempDatabase &fx,
                 const QByteArray &data,
                 const QString &name = u"leads.csv"_s)
{
    return Test::writeTestFile(fx, name, data);
}

ImportMapping formMapping()
{
    return Test::siteFormMapping();
}

ImportResult importFile(TempDatabase &fx,
                        const QString &path,
                        ImportOptions options = {},
                        const ImportProgress &progress = {})
{
    return LeadImporter(fx.db(), fx.clock())
        .import(path, formMapping(), options, fx.marketing, progress);
}

qint64 leadCount(TempDatabase &fx)
{
    return LeadRepository(fx.db()).count({});
}

qint64 eventCount(TempDatabase &fx)
{
    return EventRepository(fx.db()).count();
}

} // namespace

TEST_CASE("a valid file inserts leads with normalised phones, UTC times and events", "[import]")
{
    TempDatabase fx;
    const ImportResult result = importFile(fx, writeCsv(fx, header + validRows));
    CHECK(result.committed);
    CHECK(result.rows == 3);
    CHECK(result.inserted == 3);
    CHECK(result.updated == 0);
    CHECK(result.rejected == 0);
    CHECK(result.incomplete == 0);
    CHECK(result.delimiter == u';');
    CHECK(leadCount(fx) == 3);

    LeadRepository leads(fx.db());
    const auto lead = leads.findByExternalId(u"A-2"_s);
    REQUIRE(lead);
    CHECK(lead->name == u"Иван"_s);
    CHECK(lead->phone == u"+79120001122"_s);
    CHECK(lead->phoneRaw == u"+7 912 000-11-22"_s);
    CHECK(lead->channel == u"context"_s);
    CHECK(lead->status == LeadStatus::New);
    // 01:00 in Moscow is the previous day in UTC.
    CHECK(lead->receivedAt == QDateTime(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC));
    CHECK(lead->slaDueAt.isValid());
    // Loaded in bulk (the table was empty): the search index took the new leads in one pass.
    LeadFilter byPhone;
    byPhone.search = u"8 912 000"_s;
    const QList<Lead> found = leads.list(byPhone, 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().externalId == u"A-2"_s);

    const QList<LeadEvent> history = EventRepository(fx.db()).forLead(lead->id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().kind == EventKind::Created);
    CHECK(history.first().actorId == fx.marketing.id);
}

TEST_CASE("re-importing the same file changes nothing", "[import]")
{
    TempDatabase fx;
    const QString path = writeCsv(fx, header + validRows);
    REQUIRE(importFile(fx, path).inserted == 3);
    const qint64 events = eventCount(fx);

    const ImportResult again = importFile(fx, path);
    CHECK(again.committed);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(leadCount(fx) == 3);
    CHECK(eventCount(fx) == events);
}

TEST_CASE("a changed re-import updates the mapped fields and records an Edited event", "[import]")
{
    TempDatabase fx;
    REQUIRE(importFile(fx, writeCsv(fx, header + validRows)).inserted == 3);
    const QByteArray changed = "A-1;23.11.2026 09:15;Мария Иванова;8 (912) 345-67-89;seo\n"
                               "A-2;23.11.2026 01:00;Иван;+7 912 000-11-22;context\n"
                               "A-4;23.11.2026 11:00;Пётр;89125550000;email\n";
    const ImportResult result = importFile(fx, writeCsv(fx, header + changed));
    CHECK(result.inserted == 1);
    CHECK(result.updated == 1);
    CHECK(result.unchanged == 1);
    CHECK(leadCount(fx) == 4);

    const auto lead = LeadRepository(fx.db()).findByExternalId(u"A-1"_s);
    REQUIRE(lead);
    CHECK(lead->name == u"Мария Иванова"_s);
    CHECK(lead->version == 1);
    const QList<LeadEvent> history = EventRepository(fx.db()).forLead(lead->id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().kind == EventKind::Edited);
    CHECK(history.last().actorId == fx.marketing.id);
    CHECK(history.last().changes.value(u"name"_s).toObject().value(u"to"_s).toString()
          == u"Мария Иванова"_s);
    CHECK(history.last().changes.size() == 1);
}

TEST_CASE("one unreadable row leaves the database untouched and is reported", "[import]")
{
    TempDatabase fx;
    SECTION("a bad date in row 3")
    {
        const QByteArray rows = "A-1;23.11.2026 09:15;Мария;89123456789;seo\n"
                                "A-2;31.11.2026 10:00;Иван;89120001122;seo\n"
                                "A-3;22.11.2026 18:40;Ольга;89123330000;seo\n";
        const ImportResult result = importFile(fx, writeCsv(fx, header + rows));
        CHECK_FALSE(result.committed);
        CHECK(result.inserted == 0);
        CHECK(result.rejected == 1);
        REQUIRE(result.rejectedRows.size() == 1);
        const RejectedRow &row = result.rejectedRows.first();
        CHECK(row.file == u"leads.csv"_s);
        CHECK(row.row == 3);
        CHECK(row.line == 3);
        CHECK(row.column == u"received"_s);
        CHECK(row.value == u"31.11.2026 10:00"_s);
        CHECK(row.reason.contains(u"dd.MM.yyyy HH:mm"_s));
    }
    SECTION("a wrong column count in row 3")
    {
        const QByteArray rows = "A-1;23.11.2026 09:15;Мария;89123456789;seo\n"
                                "A-2;23.11.2026 10:00;Иван;89120001122\n"
                                "A-3;22.11.2026 18:40;Ольга;89123330000;seo\n";
        const ImportResult result = importFile(fx, writeCsv(fx, header + rows));
        CHECK_FALSE(result.committed);
        CHECK(result.inserted == 0);
        REQUIRE(result.rejectedRows.size() == 1);
        CHECK(result.rejectedRows.first().row == 3);
        CHECK(result.rejectedRows.first().column.isEmpty());
        CHECK(result.rejectedRows.first().reason.contains(u"5"_s));
        CHECK(result.rejectedRows.first().reason.contains(u"4"_s));
    }
    CHECK(leadCount(fx) == 0);
    CHECK(eventCount(fx) == 0);
}

TEST_CASE("partial import takes the valid rows and reports the rest, also as an error CSV",
          "[import]")
{
    TempDatabase fx;
    const QByteArray rows = "A-1;23.11.2026 09:15;Мария;89123456789;seo\n"
                            "A-2;yesterday;Иван;89120001122;seo\n"
                            "A-3;22.11.2026 18:40;Ольга;89123330000\n"
                            "A-4;22.11.2026 19:40;\"Пётр, \"\"ООО\"\"\";89123330001;seo\n";
    ImportOptions options;
    options.partial = true;
    const ImportResult result = importFile(fx, writeCsv(fx, header + rows), options);
    CHECK(result.committed);
    CHECK(result.inserted == 2);
    CHECK(result.rejected == 2);
    CHECK(leadCount(fx) == 2);
    CHECK(LeadRepository(fx.db()).findByExternalId(u"A-4"_s)->name == u"Пётр, \"ООО\""_s);

    const QString errors = fx.dir() + u"/errors.csv"_s;
    result.writeErrorCsv(errors);
    QFile file(errors);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(data.startsWith("\xEF\xBB\xBF"
                          "file,row,line,column,value,reason\r\n"));
    CHECK(data.contains("leads.csv,3,3,received,yesterday,"));
    CHECK(data.contains("leads.csv,4,4,,,"));
}

TEST_CASE("a dry run counts everything and changes nothing", "[import]")
{
    TempDatabase fx;
    ImportOptions options;
    options.dryRun = true;
    const ImportResult result = importFile(fx, writeCsv(fx, header + validRows), options);
    CHECK(result.dryRun);
    CHECK_FALSE(result.committed);
    CHECK(result.inserted == 3);
    CHECK(leadCount(fx) == 0);
    CHECK(eventCount(fx) == 0);
}

TEST_CASE("cancelling from the progress callback changes nothing", "[import]")
{
    TempDatabase fx;
    QByteArray data = header;
    for (int i = 0; i < 3000; ++i)
        data += "C-" + QByteArray::number(i) + ";23.11.2026 09:15;Лид;8912"
                + QByteArray::number(1000000 + i) + ";seo\n";
    const QString path = writeCsv(fx, data);
    int calls = 0;
    const ImportResult result = importFile(fx, path, {}, [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        ++calls;
        return false;
    });
    CHECK(calls == 1);
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(leadCount(fx) == 0);
    CHECK(eventCount(fx) == 0);

    // The same file without cancelling goes in whole, and the progress reaches the end.
    qint64 last = 0;
    const ImportResult full = importFile(fx, path, {}, [&](qint64 done, qint64) {
        last = done;
        return true;
    });
    CHECK(full.inserted == 3000);
    CHECK(last == QFileInfo(path).size());
}

TEST_CASE("leads without name, phone or channel are stored and flagged", "[import]")
{
    TempDatabase fx;
    const QByteArray rows = "B-1;23.11.2026 09:15;;89123456789;seo\n"
                            "B-2;23.11.2026 09:16;Иван;not a phone;seo\n"
                            "B-3;23.11.2026 09:17;Ольга;89123330000;\n";
    const ImportResult result = importFile(fx, writeCsv(fx, header + rows));
    CHECK(result.inserted == 3);
    CHECK(result.incomplete == 3);
    LeadFilter incomplete;
    incomplete.incomplete = true;
    CHECK(LeadRepository(fx.db()).count(incomplete) == 3);
    LeadRepository leads(fx.db());
    CHECK(leads.findByExternalId(u"B-1"_s)->missingFieldCodes() == QStringList {u"name"_s});
    CHECK(leads.findByExternalId(u"B-2"_s)->missingFieldCodes() == QStringList {u"phone"_s});
    CHECK(leads.findByExternalId(u"B-2"_s)->phoneRaw == u"not a phone"_s);
    CHECK(leads.findByExternalId(u"B-3"_s)->missingFieldCodes() == QStringList {u"channel"_s});
}

TEST_CASE("a file without a mapped column, or an importer without the right, is refused", "[import]")
{
    TempDatabase fx;
    const QString path = writeCsv(fx, "id;received;name;phone\nA-1;23.11.2026 09:15;М;8912\n");
    const auto missing = caughtError([&] { importFile(fx, path); });
    REQUIRE(missing);
    CHECK(missing->kind() == Error::Kind::Validation);
    CHECK(missing->message().contains(u"source"_s));
    CHECK(missing->message().contains(u"leads.csv"_s));

    const QString good = writeCsv(fx, header + validRows);
    const auto refused = caughtError(
        [&] { LeadImporter(fx.db(), fx.clock()).import(good, formMapping(), {}, fx.manager); });
    REQUIRE(refused);
    CHECK(refused->kind() == Error::Kind::Permission);
    CHECK(leadCount(fx) == 0);
}

TEST_CASE("detected dates: the first format that reads every sample", "[import]")
{
    TempDatabase fx;
    ImportMapping mapping = formMapping();
    mapping.dateFormats = {u"detect"_s};
    mapping.timeZone = u"UTC"_s;
    const QString path = writeCsv(fx,
                                  "id,received,name,phone,source\n"
                                  "D-1,1795427460,Анна,89123456789,seo\n"
                                  "D-2,,Борис,89123456780,seo\n"
                                  "D-3,1795427520,Вера,89123456781,seo\n");
    ImportOptions options;
    options.partial = true;
    const ImportResult result
        = LeadImporter(fx.db(), fx.clock()).import(path, mapping, options, fx.marketing);
    CHECK(result.inserted == 2);
    REQUIRE(result.rejectedRows.size() == 1);
    CHECK(result.rejectedRows.first().row == 3);
    CHECK(LeadRepository(fx.db()).findByExternalId(u"D-3"_s)->receivedAt
          == QDateTime(QDate(2026, 11, 23), QTime(9, 52), Qt::UTC));
}

TEST_CASE("the Olist MQL file imports with the shipped preset", "[import][olist]")
{
    const QString csvPath = QStringLiteral(
        LEADPACT_SHARED_DIR
        "/datasets/olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv");
    // The expectation, computed from the file itself with a plain split.
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QHash<QString, qint64> expectedByChannel;
    qint64 expectedRows = 0;
    qint64 withoutChannel = 0;
    csv.readLine(); // header: mql_id, first_contact_date, landing_page_id, origin
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        REQUIRE(fields.size() == 4);
        ++expectedRows;
        if (fields.at(3).isEmpty())
            ++withoutChannel;
        else
            ++expectedByChannel[fields.at(3)];
    }
    REQUIRE(expectedRows == 8000);

    TempDatabase fx;
    const ImportMapping mapping = ImportMapping::load(
        QStringLiteral(LEADPACT_SOURCE_DIR "/resources/import/olist-mql.json"));
    LeadImporter importer(fx.db(), fx.clock());
    const ImportResult result = importer.import(csvPath, mapping, {}, fx.marketing);
    CHECK(result.committed);
    CHECK(result.rejected == 0);
    CHECK(result.inserted == 8000);
    CHECK(result.incomplete == 8000); // no name, no phone in the MQL file
    CHECK(leadCount(fx) == 8000);

    LeadRepository leads(fx.db());
    for (auto it = expectedByChannel.cbegin(); it != expectedByChannel.cend(); ++it) {
        LeadFilter filter;
        filter.channel = it.key();
        INFO(it.key().toStdString());
        CHECK(leads.count(filter) == it.value());
    }
    QStringList channels = leads.channels();
    channels.removeAll(QString());
    QStringList expectedChannels = expectedByChannel.keys();
    channels.sort();
    expectedChannels.sort();
    CHECK(channels == expectedChannels);
    LeadFilter incomplete;
    incomplete.incomplete = true;
    CHECK(leads.count(incomplete) == 8000);
    CHECK(withoutChannel == 60);
    const auto first = leads.findByExternalId(u"dac32acd4db4c29c230538b72f8dd87d"_s);
    REQUIRE(first);
    CHECK(first->channel == u"social"_s);
    CHECK(first->receivedAt == QDateTime(QDate(2018, 2, 1), QTime(2, 0), Qt::UTC));
    CHECK(first->missingFieldCodes() == (QStringList {u"name"_s, u"phone"_s}));

    // A second run finds every lead by mql_id and changes nothing.
    const ImportResult again = importer.import(csvPath, mapping, {}, fx.marketing);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 8000);
}

TEST_CASE("cli import: dry run, errors as CSV and JSON, exit codes", "[import][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"cli.sqlite"_s);
    const auto run = [&](const QStringList &arguments) {
        const Test::CliRun result = Test::runCli(db, arguments);
        return std::tuple(result.exitCode, result.out, result.err);
    };
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return file.fileName();
    };
    REQUIRE(std::get<0>(run({u"init"_s})) == 0);
    const QString mapping = dir.filePath(u"form.json"_s);
    formMapping().save(mapping);
    const QString good = write(u"good.csv"_s, header + validRows);
    const QString bad = write(u"bad.csv"_s, header + "A-9;bad;X;8912;seo\n" + validRows);

    auto [code, out, err] = run(
        {u"import"_s, good, u"--mapping"_s, mapping, u"--dry-run"_s, u"--as"_s, u"system"_s});
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(out.contains(u"3 inserted"_s));

    std::tie(code, out, err) = run({u"import"_s,
                                    bad,
                                    u"--mapping"_s,
                                    mapping,
                                    u"--as"_s,
                                    u"system"_s,
                                    u"--errors"_s,
                                    dir.filePath(u"e.csv"_s)});
    CHECK(code == 1);
    CHECK(err.trimmed().count(u'\n') == 0);
    CHECK(err.contains(u"row 2"_s));
    CHECK(QFile::exists(dir.filePath(u"e.csv"_s)));

    std::tie(code, out, err) = run({u"import"_s,
                                    bad,
                                    u"--mapping"_s,
                                    mapping,
                                    u"--partial"_s,
                                    u"--json"_s,
                                    u"--as"_s,
                                    u"system"_s});
    CHECK(code == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(json.value(u"inserted"_s).toInt() == 3);
    CHECK(json.value(u"rejected"_s).toInt() == 1);
    CHECK(json.value(u"committed"_s).toBool());
    CHECK(json.value(u"rejected_rows"_s).toArray().first().toObject().value(u"column"_s)
          == u"received"_s);

    std::tie(code, out, err) = run(
        {u"import"_s, good, u"--mapping"_s, mapping, u"--as"_s, u"system"_s});
    CHECK(code == 0);
    CHECK(out.contains(u"0 inserted, 0 updated, 3 unchanged"_s));

    std::tie(code, out, err) = run({u"import"_s, good, u"--as"_s, u"system"_s});
    CHECK(code == 2);

    // Update mode: a deals file wins an existing lead, as the head of sales.
    REQUIRE(std::get<0>(run({u"users"_s, u"add"_s, u"rop"_s, u"--role"_s, u"head_of_sales"_s,
                             u"--as"_s, u"system"_s}))
            == 0);
    const QString old = write(u"old.csv"_s, header + "O-1;02.03.2024 10:00;Анна;89120001100;seo\n");
    REQUIRE(std::get<0>(run({u"import"_s, old, u"--mapping"_s, mapping, u"--as"_s, u"system"_s}))
            == 0);
    ImportMapping dealMapping;
    dealMapping.timeZone = u"Europe/Moscow"_s;
    dealMapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    dealMapping.columns = {{u"id"_s, ImportField::ExternalId},
                           {u"won"_s, ImportField::WonAt},
                           {u"amount"_s, ImportField::DealAmount}};
    const QString dealPreset = dir.filePath(u"deals.json"_s);
    dealMapping.save(dealPreset);
    const QString deals = write(u"deals.csv"_s, "id;won;amount\nO-1;05.03.2024 12:00;1500\n");
    std::tie(code, out, err) = run(
        {u"import"_s, deals, u"--mapping"_s, dealPreset, u"--as"_s, u"rop"_s});
    CHECK(code == 1);
    CHECK(err.contains(u"--update-by"_s));
    std::tie(code, out, err) = run({u"import"_s, deals, u"--mapping"_s, dealPreset, u"--update-by"_s,
                                    u"external_id"_s, u"--as"_s, u"rop"_s, u"--json"_s});
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(u"outcomes"_s).toInt() == 1);
    std::tie(code, out, err) = run({u"leads"_s, u"list"_s, u"--status"_s, u"won"_s, u"--json"_s});
    CHECK(code == 0);
    CHECK(out.contains(u"O-1"_s));
    std::tie(code, out, err) = run({u"import"_s, deals, u"--mapping"_s, dealPreset, u"--update-by"_s,
                                    u"external_id"_s, u"--as"_s, u"rop"_s});
    CHECK(code == 0);
    CHECK(out.contains(u"1 unchanged"_s));
    std::tie(code, out, err) = run({u"import"_s, good, u"--mapping"_s, mapping, u"--duplicates"_s,
                                    u"maybe"_s, u"--as"_s, u"system"_s});
    CHECK(code == 2);
}
