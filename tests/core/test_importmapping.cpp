// SPDX-License-Identifier: GPL-3.0-or-later
// ImportMapping presets (JSON round trip, errors naming file and key) and ImportTimeParser
// (every date format, detection, the source time zone).
#include "coretesthelpers.h"
#include "import/importmapping.h"
#include "import/importtimeparser.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

TEST_CASE("a mapping preset survives a JSON round trip", "[import]")
{
    QTemporaryDir dir;
    ImportMapping mapping;
    mapping.name = u"Tilda form"_s;
    mapping.delimiter = u'\t';
    mapping.encoding = "windows-1251";
    mapping.timeZone = u"Europe/Moscow"_s;
    mapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s, u"unix"_s};
    mapping.columns = {{u"Имя"_s, ImportField::Name},
                       {u"Телефон"_s, ImportField::Phone},
                       {u"id"_s, ImportField::ExternalId}};
    const QString path = dir.filePath(u"tilda.json"_s);
    mapping.save(path);

    const ImportMapping loaded = ImportMapping::load(path);
    CHECK(loaded.name == mapping.name);
    CHECK(loaded.delimiter == u'\t');
    CHECK(loaded.encoding == "windows-1251");
    CHECK(loaded.timeZone == u"Europe/Moscow"_s);
    CHECK(loaded.dateFormats == mapping.dateFormats);
    REQUIRE(loaded.columns.size() == 3);
    CHECK(loaded.columnFor(ImportField::Name) == u"Имя"_s);
    CHECK(loaded.columnFor(ImportField::Phone) == u"Телефон"_s);
    CHECK(loaded.columnFor(ImportField::ExternalId) == u"id"_s);
    CHECK_FALSE(loaded.columnFor(ImportField::Email));
    CHECK(loaded.toJson() == mapping.toJson());
}

TEST_CASE("defaults: UTC, detected dates and delimiter", "[import]")
{
    const ImportMapping mapping = ImportMapping::fromJson(QJsonDocument::fromJson(
                                                              R"({"columns": {"Phone": "phone"}})")
                                                              .object(),
                                                          u"x.json"_s);
    CHECK(mapping.timeZone == u"UTC"_s);
    CHECK(mapping.dateFormats == QStringList {u"detect"_s});
    CHECK(mapping.delimiter.isNull());
    CHECK(mapping.encoding.isEmpty());
}

TEST_CASE("a bad preset is refused naming the file and the key", "[import]")
{
    QTemporaryDir dir;
    const auto errorFor = [&](const QByteArray &json) {
        const QString path = writeFile(dir, u"bad.json"_s, json);
        const auto error = caughtError([&] { ImportMapping::load(path); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Validation);
        CHECK(error->message().contains(path));
        return error->message();
    };
    CHECK(errorFor(R"({"columns": {"a": "nmae"}})").contains(u"columns.a"_s));
    CHECK(errorFor(R"({"columns": {"a": "name", "b": "name"}})").contains(u"columns.b"_s));
    CHECK(errorFor(R"({"colums": {"a": "name"}})").contains(u"\"colums\""_s));
    CHECK(errorFor(R"({"columns": {}})").contains(u"\"columns\""_s));
    CHECK(errorFor(R"({"time_zone": "Mars/Olympus", "columns": {"a": "name"}})")
              .contains(u"time_zone"_s));
    CHECK(errorFor(R"({"delimiter": "|", "columns": {"a": "name"}})").contains(u"delimiter"_s));
    CHECK(errorFor(R"({"date_formats": 5, "columns": {"a": "name"}})").contains(u"date_formats"_s));
    CHECK(errorFor("{not json").contains(u"JSON"_s));
    const auto missing = caughtError([] { ImportMapping::load(u"/nonexistent/p.json"_s); });
    REQUIRE(missing);
    CHECK(missing->message().contains(u"/nonexistent/p.json"_s));
}

TEST_CASE("mapped columns missing from a header are named", "[import]")
{
    ImportMapping mapping;
    mapping.columns = {{u"Phone"_s, ImportField::Phone}, {u"Source"_s, ImportField::Channel}};
    CHECK(mapping.missingColumns({u" phone "_s, u"source"_s}).isEmpty());
    CHECK(mapping.missingColumns({u"phone"_s, u"name"_s}) == QStringList {u"Source"_s});
}

TEST_CASE("every date format reads its values as UTC", "[import]")
{
    const QTimeZone utcZone = QTimeZone::utc();
    const auto parse = [&](const char *value, const char *format) {
        return ImportTimeParser::parse(QString::fromUtf8(value), QString::fromUtf8(format), utcZone);
    };
    CHECK(parse("2026-11-23T09:41:07", "iso8601")
          == QDateTime(QDate(2026, 11, 23), QTime(9, 41, 7), Qt::UTC));
    CHECK(parse("2026-11-23 09:41:07", "iso8601")
          == QDateTime(QDate(2026, 11, 23), QTime(9, 41, 7), Qt::UTC));
    CHECK(parse("2026-11-23T12:41:07+03:00", "iso8601")
          == QDateTime(QDate(2026, 11, 23), QTime(9, 41, 7), Qt::UTC));
    CHECK(parse("2026-11-23", "iso8601") == utc(2026, 11, 23));
    CHECK(parse("23.11.2026 09:41", "dd.MM.yyyy HH:mm") == utc(2026, 11, 23, 9, 41));
    CHECK(parse("23-11-2026", "dd-MM-yyyy") == utc(2026, 11, 23));
    CHECK(parse("11/3/2026 9:05", "M/d/yyyy h:mm") == utc(2026, 11, 3, 9, 5));
    CHECK(parse("1795427460", "unix") == utc(2026, 11, 23, 9, 51));

    CHECK_FALSE(parse("23.11.2026", "iso8601"));
    CHECK_FALSE(parse("2026-11-23", "dd-MM-yyyy"));
    CHECK_FALSE(parse("31.02.2026 10:00", "dd.MM.yyyy HH:mm"));
    CHECK_FALSE(parse("yesterday", "unix"));
    CHECK_FALSE(parse("", "iso8601"));
}

TEST_CASE("formats are tried in order", "[import]")
{
    const ImportTimeParser parser({u"dd.MM.yyyy HH:mm"_s, u"unix"_s}, u"UTC"_s);
    CHECK(parser.parse(u"23.11.2026 09:41"_s) == utc(2026, 11, 23, 9, 41));
    CHECK(parser.parse(u" 1795427460 "_s) == utc(2026, 11, 23, 9, 51));
    CHECK_FALSE(parser.parse(u"2026-11-23"_s));
}

TEST_CASE("detect picks the first format that reads every sample", "[import]")
{
    const auto detected = [](const QStringList &samples) {
        ImportTimeParser parser({u"detect"_s}, u"UTC"_s);
        CHECK(parser.needsSamples());
        return parser.detect(samples) ? parser.formats().value(0) : u"(none)"_s;
    };
    CHECK(detected({u"2026-11-23T09:00:00"_s, u"2026-11-24 10:00"_s}) == u"iso8601"_s);
    CHECK(detected({u"23.11.2026 09:41"_s}) == u"dd.MM.yyyy HH:mm"_s);
    CHECK(detected({u"01-02-2018"_s, u"20-10-2017"_s}) == u"dd-MM-yyyy"_s);
    CHECK(detected({u"11/3/2026 9:05"_s, u"12/24/2026 18:30"_s}) == u"M/d/yyyy h:mm"_s);
    CHECK(detected({u"1795427460"_s, u"1795427461"_s}) == u"unix"_s);
    CHECK(detected({u"23.11.2026 09:41"_s, u"2026-11-23"_s}) == u"(none)"_s);
    CHECK(detected({}) == u"(none)"_s);
}

TEST_CASE("the source time zone is applied, across a day boundary", "[import]")
{
    // 23:30 on 22 Nov in Vladivostok (UTC+10) is 13:30 UTC the same day; 01:00 on 23 Nov in
    // Moscow (UTC+3) is still 22 Nov in UTC.
    const ImportTimeParser moscow({u"dd.MM.yyyy HH:mm"_s}, u"Europe/Moscow"_s);
    CHECK(moscow.parse(u"23.11.2026 01:00"_s) == utc(2026, 11, 22, 22, 0));
    const ImportTimeParser saoPaulo({u"dd-MM-yyyy"_s}, u"America/Sao_Paulo"_s);
    CHECK(saoPaulo.parse(u"01-02-2018"_s) == utc(2018, 2, 1, 2, 0)); // summer time, UTC-2
    const ImportTimeParser newYork({u"M/d/yyyy h:mm"_s}, u"America/New_York"_s);
    CHECK(newYork.parse(u"12/31/2026 22:15"_s) == utc(2027, 1, 1, 3, 15));
    // An explicit offset or Unix time ignores the source zone.
    const ImportTimeParser iso({u"iso8601"_s, u"unix"_s}, u"Europe/Moscow"_s);
    CHECK(iso.parse(u"2026-11-23T00:30:00Z"_s) == utc(2026, 11, 23, 0, 30));
    CHECK(iso.parse(u"2026-11-23T00:30:00"_s) == utc(2026, 11, 22, 21, 30));
    CHECK(iso.parse(u"1795427460"_s) == utc(2026, 11, 23, 9, 51));

    const auto error = caughtError([] { ImportTimeParser({}, u"Nowhere/City"_s); });
    REQUIRE(error);
    CHECK(error->message().contains(u"Nowhere/City"_s));
}

TEST_CASE("the shipped Olist preset loads", "[import]")
{
    const ImportMapping mapping = ImportMapping::load(
        QStringLiteral(LEADPACT_SOURCE_DIR "/resources/import/olist-mql.json"));
    CHECK(mapping.timeZone == u"America/Sao_Paulo"_s);
    CHECK(mapping.columnFor(ImportField::ExternalId) == u"mql_id"_s);
    CHECK(mapping.columnFor(ImportField::ReceivedAt) == u"first_contact_date"_s);
    CHECK(mapping.columnFor(ImportField::LandingPage) == u"landing_page_id"_s);
    CHECK(mapping.columnFor(ImportField::Channel) == u"origin"_s);
}
