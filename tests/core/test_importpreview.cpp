// SPDX-License-Identifier: GPL-3.0-or-later
// ImportSample and ImportPreview: detection shown and overridable, the first rows as the
// importer would store them (normalised phone, times in the user's zone, incomplete rows,
// rejected cells with their reason), agreement with a dry run of the real import, header-name
// guessing and the plain-words mapping problems.
#include "import/importpreview.h"
#include "import/leadimporter.h"
#include "importfixture.h"
#include "service/leadservice.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QSet>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

QByteArray windows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

// id;received;name;phone;source (the site-form mapping), Moscow time.
const QString formFile = u"id;received;name;phone;source\n"
                         "A-1;23.11.2026 09:30;Мария;8 (912) 345-67-89;seo\n"
                         "A-2;31.02.2026 10:00;Иван;+7 912 000-11-22;context\n"
                         "A-3;22.11.2026 18:40;;89123330000;seo\n"
                         "A-4;22.11.2026 18:45;Олег;12;seo\n"
                         "A-5;22.11.2026 18:50;Пётр\n"_s;

} // namespace

TEST_CASE("A sample shows the detected encoding, delimiter and header, and takes overrides",
          "[import][preview]")
{
    TempDatabase fx;
    const QString path = Test::writeTestFile(
        fx,
        u"cp1251.csv"_s,
        windows1251(u"id;Дата;Имя;Телефон;Канал\n1;01.11.2026;Анна;89120000001;сайт\n"_s));

    const ImportSample detected = ImportSample::read(path);
    CHECK(detected.encoding == "windows-1251");
    CHECK(detected.delimiter == u';');
    CHECK(detected.header == QStringList {u"id"_s, u"Дата"_s, u"Имя"_s, u"Телефон"_s, u"Канал"_s});
    REQUIRE(detected.records.size() == 1);
    CHECK(detected.records.at(0).fields.at(2) == u"Анна"_s);
    CHECK(detected.records.at(0).row == 2);
    CHECK(detected.fileName == u"cp1251.csv"_s);

    // KOI8-R reads the same bytes as other letters: 0xC4 (Д in Windows-1251) is 'д' in KOI8-R.
    const ImportSample koi = ImportSample::read(path, QChar(), "KOI8-R");
    CHECK(koi.encoding == "KOI8-R");
    CHECK(koi.header.at(1).at(0) == u'д');
    // Told a comma, the reader sees one column per line.
    const ImportSample comma = ImportSample::read(path, u',', {});
    CHECK(comma.delimiter == u',');
    CHECK(comma.header.size() == 1);

    CHECK_THROWS(ImportSample::read(fx.dir() + u"/missing.csv"_s));
    const QString empty = Test::writeTestFile(fx, u"empty.csv"_s, {});
    CHECK_THROWS(ImportSample::read(empty));
}

TEST_CASE("The preview shows the values the importer would store", "[import][preview]")
{
    TempDatabase fx;
    const QString path = Test::writeTestFile(fx, u"form.csv"_s, formFile.toUtf8());
    const ImportSample sample = ImportSample::read(path);
    const LeadService service(fx.db(), fx.clock());
    const ImportPreview preview(sample,
                                Test::siteFormMapping(),
                                service,
                                QTimeZone("Asia/Yekaterinburg"));
    REQUIRE(preview.error().isEmpty());
    REQUIRE(preview.columns().size() == 5);
    CHECK(preview.columns().at(3).field == ImportField::Phone);
    REQUIRE(preview.rows().size() == 5);

    // 09:30 in Moscow (UTC+3) is 06:30 UTC, 11:30 in Yekaterinburg (UTC+5).
    const ImportPreview::Row &first = preview.rows().at(0);
    CHECK(first.row == 2);
    CHECK(first.cells.at(1).text == u"2026-11-23 11:30"_s);
    CHECK(first.cells.at(2).text == u"Мария"_s);
    CHECK(first.cells.at(3).text == u"+79123456789"_s);
    CHECK(first.cells.at(3).problem.isEmpty());
    CHECK_FALSE(first.rejected);
    CHECK_FALSE(first.isIncomplete());

    // February has no 31st: the date cell carries the importer's reason, the row is rejected.
    const ImportPreview::Row &badDate = preview.rows().at(1);
    REQUIRE(badDate.rejected);
    CHECK(badDate.rejected->column == u"received"_s);
    CHECK(badDate.cells.at(1).text == u"31.02.2026 10:00"_s);
    CHECK(badDate.cells.at(1).problem == badDate.rejected->reason);
    CHECK(badDate.cells.at(1).problem.contains(u"dd.MM.yyyy HH:mm"_s));
    CHECK(badDate.cells.at(2).problem.isEmpty());

    // No name: imported, flagged incomplete.
    const ImportPreview::Row &noName = preview.rows().at(2);
    CHECK_FALSE(noName.rejected);
    CHECK(noName.missing == QStringList {ImportPreview::fieldTitle(ImportField::Name)});
    CHECK(noName.cells.at(3).text == u"+79123330000"_s);

    // "12" is no phone number: kept as typed, the lead incomplete, the cell explained.
    const ImportPreview::Row &badPhone = preview.rows().at(3);
    CHECK_FALSE(badPhone.rejected);
    CHECK(badPhone.cells.at(3).text == u"12"_s);
    CHECK_FALSE(badPhone.cells.at(3).problem.isEmpty());
    CHECK(badPhone.missing == QStringList {ImportPreview::fieldTitle(ImportField::Phone)});

    // Three fields instead of five: the row as a whole is wrong.
    const ImportPreview::Row &shortRow = preview.rows().at(4);
    REQUIRE(shortRow.rejected);
    CHECK(shortRow.rejected->column.isEmpty());

    CHECK(preview.rejectedCount() == 2);
    CHECK(preview.incompleteCount() == 2);
    // The bad date, the bad phone and the short row.
    CHECK(preview.problemCount() == 3);

    // Only the first rows are previewed.
    const ImportPreview two(sample, Test::siteFormMapping(), service, QTimeZone::utc(), 2);
    CHECK(two.rows().size() == 2);
    CHECK(two.rows().at(0).cells.at(1).text == u"2026-11-23 06:30"_s);
}

TEST_CASE("The preview and a dry run of the import reject the same rows", "[import][preview]")
{
    TempDatabase fx;
    const QString path = Test::writeTestFile(fx, u"form.csv"_s, formFile.toUtf8());
    const LeadService service(fx.db(), fx.clock());
    const ImportPreview preview(ImportSample::read(path),
                                Test::siteFormMapping(),
                                service,
                                QTimeZone::utc());
    ImportOptions options;
    options.dryRun = true;
    options.partial = true;
    const ImportResult result = LeadImporter(fx.db(), fx.clock())
                                    .import(path, Test::siteFormMapping(), options, fx.marketing);
    CHECK(result.rejected == preview.rejectedCount());
    CHECK(result.incomplete == preview.incompleteCount());
    QList<qint64> previewRejected;
    for (const ImportPreview::Row &row : preview.rows()) {
        if (row.rejected)
            previewRejected.append(row.row);
    }
    QList<qint64> importRejected;
    for (const RejectedRow &row : result.rejectedRows)
        importRejected.append(row.row);
    CHECK(previewRejected == importRejected);
    CHECK(previewRejected == QList<qint64> {3, 6});
    CHECK(LeadRepository(fx.db()).count({}) == 0);
}

TEST_CASE("The preview resolves \"detect\" as the import does and names refusals",
          "[import][preview]")
{
    TempDatabase fx;
    const LeadService service(fx.db(), fx.clock());
    const QString path = Test::writeTestFile(
        fx,
        u"mql.csv"_s,
        "mql_id,first_contact_date,origin\nm1,05-11-2026,social\nm2,30-10-2026,\n");
    ImportMapping mapping;
    mapping.columns = {{u"mql_id"_s, ImportField::ExternalId},
                       {u"first_contact_date"_s, ImportField::ReceivedAt},
                       {u"origin"_s, ImportField::Channel}};
    const ImportSample sample = ImportSample::read(path);
    const ImportPreview preview(sample, mapping, service, QTimeZone::utc());
    CHECK(preview.error().isEmpty());
    CHECK(preview.dateFormats() == QStringList {u"dd-MM-yyyy"_s});
    REQUIRE(preview.rows().size() == 2);
    CHECK(preview.rows().at(0).cells.at(1).text == u"2026-11-05 00:00"_s);

    // A mapped column the file lacks: no rows, the importer's own message.
    ImportMapping wrong = mapping;
    wrong.columns.append({u"phone"_s, ImportField::Phone});
    const ImportPreview missing(sample, wrong, service, QTimeZone::utc());
    CHECK(missing.rows().isEmpty());
    CHECK(missing.error().contains(u"phone"_s));

    // No known format reads "someday".
    const QString odd = Test::writeTestFile(fx,
                                            u"odd.csv"_s,
                                            "mql_id,first_contact_date,origin\nm1,someday,x\n");
    const ImportPreview undated(ImportSample::read(odd), mapping, service, QTimeZone::utc());
    CHECK(undated.rows().isEmpty());
    CHECK(undated.error().contains(u"someday"_s));
}

TEST_CASE("Headers are matched to lead fields by name", "[import][preview]")
{
    CHECK(ImportPreview::guessField(u"Телефон"_s) == ImportField::Phone);
    CHECK(ImportPreview::guessField(u" E-mail "_s) == ImportField::Email);
    CHECK(ImportPreview::guessField(u"utm_source"_s) == ImportField::UtmSource);
    CHECK(ImportPreview::guessField(u"UTM Campaign"_s) == ImportField::UtmCampaign);
    CHECK(ImportPreview::guessField(u"ФИО"_s) == ImportField::Name);
    CHECK(ImportPreview::guessField(u"landing_page_id"_s) == ImportField::LandingPage);
    CHECK_FALSE(ImportPreview::guessField(u"seller_id"_s));
    CHECK_FALSE(ImportPreview::guessField(QString()));

    // Each field once: the second phone-like column stays unmapped.
    const ImportMapping guessed = ImportPreview::guessMapping(
        {u"id"_s, u"Дата"_s, u"Имя"_s, u"Телефон"_s, u"Мобильный"_s, u"Канал"_s, u"Рост"_s});
    REQUIRE(guessed.columns.size() == 5);
    CHECK(guessed.columnFor(ImportField::ExternalId) == u"id"_s);
    CHECK(guessed.columnFor(ImportField::ReceivedAt) == u"Дата"_s);
    CHECK(guessed.columnFor(ImportField::Name) == u"Имя"_s);
    CHECK(guessed.columnFor(ImportField::Phone) == u"Телефон"_s);
    CHECK(guessed.columnFor(ImportField::Channel) == u"Канал"_s);
}

TEST_CASE("Mapping problems are explained before the import", "[import][preview]")
{
    const auto blocking = [](const QList<MappingProblem> &problems) {
        return std::count_if(problems.cbegin(), problems.cend(), [](const MappingProblem &p) {
            return p.blocking;
        });
    };
    CHECK(ImportPreview::problems(Test::siteFormMapping(), false).isEmpty());
    CHECK(ImportPreview::problems(Test::siteFormMapping(), true).isEmpty());
    CHECK(blocking(ImportPreview::problems(ImportMapping(), false)) == 1);

    ImportMapping phoneOnly;
    phoneOnly.columns = {{u"tel"_s, ImportField::Phone}};
    const QList<MappingProblem> loose = ImportPreview::problems(phoneOnly, false);
    CHECK(blocking(loose) == 0);
    REQUIRE(loose.size() == 3); // name and channel; received at; external id
    CHECK(loose.at(0).text.contains(ImportPreview::fieldTitle(ImportField::Name)));
    CHECK(loose.at(0).text.contains(ImportPreview::fieldTitle(ImportField::Channel)));
    CHECK_FALSE(loose.at(0).text.contains(ImportPreview::fieldTitle(ImportField::Phone)));
    // An update needs the external id.
    CHECK(blocking(ImportPreview::problems(phoneOnly, true)) == 1);

    ImportMapping deals = Test::siteFormMapping();
    deals.columns.append({u"won"_s, ImportField::WonAt});
    const QList<MappingProblem> outcome = ImportPreview::problems(deals, false);
    REQUIRE(blocking(outcome) == 1);
    CHECK(outcome.at(0).text.contains(ImportPreview::fieldTitle(ImportField::WonAt)));
    CHECK(ImportPreview::problems(deals, true).isEmpty());
}

TEST_CASE("The preview shows the outcomes an update file carries", "[import][preview]")
{
    TempDatabase fx;
    const LeadService service(fx.db(), fx.clock());
    const QString path = Test::writeTestFile(
        fx,
        u"lost.csv"_s,
        "id,lost,reason,comment\nA-1,2026-11-20T10:00:00Z,no_budget,Бюджет на 2027 год\n");
    ImportMapping mapping;
    mapping.columns = {{u"id"_s, ImportField::ExternalId},
                       {u"lost"_s, ImportField::LostAt},
                       {u"reason"_s, ImportField::LossReason},
                       {u"comment"_s, ImportField::LossComment}};
    const ImportPreview preview(ImportSample::read(path),
                                mapping,
                                service,
                                QTimeZone("Europe/Moscow"));
    REQUIRE(preview.error().isEmpty());
    REQUIRE(preview.rows().size() == 1);
    const ImportPreview::Row &row = preview.rows().at(0);
    // 10:00 UTC is 13:00 in Moscow.
    CHECK(row.cells.at(1).text == u"2026-11-20 13:00"_s);
    CHECK(row.cells.at(2).text == u"no_budget"_s);
    CHECK(row.cells.at(3).text == u"Бюджет на 2027 год"_s);
    CHECK(ImportPreview::guessField(u"Промокод"_s) == ImportField::PromoCode);
    CHECK(ImportPreview::guessField(u"Причина отказа"_s) == ImportField::LossReason);
    // Every field has a title of its own.
    QSet<QString> titles;
    for (const QString &code : importFieldCodes())
        titles.insert(ImportPreview::fieldTitle(*importFieldFromCode(code)));
    CHECK(titles.size() == importFieldCodes().size());
    CHECK_FALSE(titles.contains(QString()));
}
