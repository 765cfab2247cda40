// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports as they come: every delimiter and encoding, quoting, line ends, and the files that
// must fail loudly (binary, unclosed quote, over-long field) instead of importing half.
#include "import/csvreader.h"
#include "qtstringmaker.h"
#include "testconfig.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringEncoder>

#include <catch2/catch.hpp>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace LeadPact;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines; // lineNumber() of each record
    std::optional<QString> error;
    QChar delimiter;
    QByteArray encoding;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice &device, const CsvReader::Options &options = {})
{
    CsvReader reader(device, options);
    ReadResult result;
    result.delimiter = reader.delimiter();
    result.encoding = reader.encoding();
    QStringList fields;
    while (reader.readRecord(fields)) {
        REQUIRE(reader.recordNumber() == result.records.size() + 1);
        result.records.append(fields);
        result.lines.append(reader.lineNumber());
    }
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readAll(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readAll(buffer, options);
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList result;
    for (const char *field : fields)
        result.append(QString::fromUtf8(field));
    return result;
}

// Enough Russian text for uchardet to tell the Cyrillic code pages apart.
QString russianLeads()
{
    return QString::fromUtf8(
        "Имя;Телефон;Город;Комментарий\n"
        "Иванов Пётр Сергеевич;+7 916 123-45-67;Москва;перезвонить вечером\n"
        "Смирнова Анна;+7 495 000-00-00;Санкт-Петербург;нужна консультация\n"
        "Кузнецов Дмитрий;+7 383 222-33-44;Новосибирск;оставил заявку на сайте\n"
        "Попова Елена Викторовна;+7 343 555-66-77;Екатеринбург;интересует доставка\n");
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("csv: each delimiter is detected from the first lines", "[csv]")
{
    const auto [bytes, delimiter]
        = GENERATE(std::pair {QByteArray("name,phone,city\nAnn,+1 555,Boston\nBob,+1 556,\n"), u','},
                   std::pair {QByteArray("name;phone;city\nAnn;+1 555;Boston\nBob;+1 556;\n"), u';'},
                   std::pair {QByteArray("name\tphone\tcity\nAnn\t+1 555\tBoston\nBob\t+1 556\t\n"),
                              u'\t'});
    const ReadResult read = readAll(bytes);
    CHECK_FALSE(read.error.has_value());
    CHECK(read.delimiter == QChar(delimiter));
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(0) == row({"name", "phone", "city"}));
    CHECK(read.records.at(1) == row({"Ann", "+1 555", "Boston"}));
    CHECK(read.records.at(2) == row({"Bob", "+1 556", ""}));
}

TEST_CASE("csv: delimiter detection looks past delimiters inside quotes", "[csv]")
{
    // Commas only inside quotes, so ',' gives 1, 2, 1 fields and ';' a steady 2.
    const ReadResult read = readAll(QByteArray("name;note\n\"Smith, Ann\";hot\nBob;\"a, b\"\n"));
    CHECK(read.delimiter == QLatin1Char(';'));
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(1) == row({"Smith, Ann", "hot"}));
    CHECK(readAll(QByteArray("just one column\nand another\n")).delimiter == QLatin1Char(','));
}

TEST_CASE("csv: UTF-8 is read with or without a BOM", "[csv]")
{
    const QByteArray text = QString::fromUtf8("имя,город\nАнна,Москва\n").toUtf8();
    for (const QByteArray &bytes : {text, QByteArray(QByteArray("\xEF\xBB\xBF") + text)}) {
        const ReadResult read = readAll(bytes);
        CHECK_FALSE(read.error.has_value());
        CHECK(read.encoding == "UTF-8");
        REQUIRE(read.records.size() == 2);
        CHECK(read.records.at(0) == row({"имя", "город"})); // no BOM glued to the first name
        CHECK(read.records.at(1) == row({"Анна", "Москва"}));
    }
    const ReadResult ascii = readAll(QByteArray("a,b\n1,2\n"));
    CHECK(ascii.encoding == "UTF-8");
}

TEST_CASE("csv: UTF-16 with a BOM (Excel's \"Unicode text\") is read", "[csv]")
{
    const QString text = QString::fromUtf8("имя\tгород\r\nАнна\tМосква\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const ReadResult read = readAll(encoder(text));
    CHECK_FALSE(read.error.has_value());
    CHECK(read.encoding == "UTF-16");
    CHECK(read.delimiter == QLatin1Char('\t'));
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(0) == row({"имя", "город"}));
    CHECK(read.records.at(1) == row({"Анна", "Москва"}));
}

TEST_CASE("csv: Windows-1251 and KOI8-R Cyrillic are detected and decoded", "[csv]")
{
    const auto [encoding, reported] = GENERATE(std::pair {"windows-1251", "windows-1251"},
                                               std::pair {"KOI8-R", "KOI8-R"});
    CAPTURE(encoding);
    const ReadResult read = readAll(encoded(encoding, russianLeads()));
    CHECK_FALSE(read.error.has_value());
    CHECK(read.encoding == QByteArray(reported));
    CHECK(read.delimiter == QLatin1Char(';'));
    REQUIRE(read.records.size() == 5);
    CHECK(read.records.at(0).at(0) == QString::fromUtf8("Имя"));
    CHECK(read.records.at(1).at(0) == QString::fromUtf8("Иванов Пётр Сергеевич"));
    CHECK(read.records.at(2).at(2) == QString::fromUtf8("Санкт-Петербург"));
    CHECK(read.records.at(4).at(0) == QString::fromUtf8("Попова Елена Викторовна"));
}

TEST_CASE("csv: the encoding and the delimiter can be given instead of detected", "[csv]")
{
    // Two words are too little for statistics; the user knows better.
    CsvReader::Options options;
    options.encoding = QByteArrayLiteral("KOI8-R");
    options.delimiter = QLatin1Char('|');
    const ReadResult read = readAll(encoded("KOI8-R", QString::fromUtf8("Ёж|Юла,ещё\n")), options);
    CHECK_FALSE(read.error.has_value());
    CHECK(read.encoding == "KOI8-R");
    CHECK(read.delimiter == QLatin1Char('|'));
    REQUIRE(read.records.size() == 1);
    CHECK(read.records.at(0) == row({"Ёж", "Юла,ещё"}));

    options.encoding = QByteArrayLiteral("no-such-charset");
    const ReadResult unknown = readAll(QByteArray("a,b\n"), options);
    CHECK(unknown.records.isEmpty());
    REQUIRE(unknown.error.has_value());
    CHECK(unknown.error->contains(QStringLiteral("unsupported encoding no-such-charset")));
}

TEST_CASE("csv: quoted fields hold delimiters, quotes and line breaks", "[csv]")
{
    const ReadResult read = readAll(QByteArray("id,comment,phone\r\n"
                                               "1,\"Call back, after 6\",+7 900\r\n"
                                               "2,\"He said \"\"buy\"\"\",\"\"\r\n"
                                               "3,\"line one\r\nline two\nline three\",x\r\n"
                                               "4,last,y\r\n"));
    CHECK_FALSE(read.error.has_value());
    REQUIRE(read.records.size() == 5);
    CHECK(read.records.at(1) == row({"1", "Call back, after 6", "+7 900"}));
    CHECK(read.records.at(2) == row({"2", "He said \"buy\"", ""}));
    CHECK(read.records.at(3) == row({"3", "line one\r\nline two\nline three", "x"}));
    CHECK(read.records.at(4) == row({"4", "last", "y"}));
    CHECK(read.lines == QList<qint64> {1, 2, 3, 4, 7}); // record 4 starts three lines later
}

TEST_CASE("csv: CRLF, LF and lone CR line ends give the same records", "[csv]")
{
    const QList<QStringList> expected = {row({"a", "b"}), row({"1", " 2 "}), row({"3", ""})};
    for (const char *ending : {"\r\n", "\n", "\r"}) {
        CAPTURE(ending);
        const QByteArray eol(ending);
        const ReadResult read = readAll("a,b" + eol + "1, 2 " + eol + eol + "3," + eol);
        CHECK_FALSE(read.error.has_value());
        CHECK(read.records == expected); // fields are not trimmed; the empty line is skipped
        CHECK(read.lines == QList<qint64> {1, 2, 4});
    }
}

TEST_CASE("csv: a last line without a line break is still a record", "[csv]")
{
    const ReadResult read = readAll(QByteArray("a,b\r\n1,2\r\n3,\"4\""));
    CHECK_FALSE(read.error.has_value());
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(2) == row({"3", "4"}));
    CHECK(read.bytesRead == 15);
}

TEST_CASE("csv: a 10 MB field reads with the default limit and fails with a small one", "[csv]")
{
    const QByteArray big(10 * 1024 * 1024, 'x');
    const QByteArray bytes = "id,notes\n1,\"" + big + "\"\n2,short\n";
    const ReadResult read = readAll(bytes);
    CHECK_FALSE(read.error.has_value());
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(1).at(1).size() == big.size());
    CHECK(read.records.at(2) == row({"2", "short"}));

    CsvReader::Options options;
    options.maxFieldBytes = 1024 * 1024;
    const ReadResult limited = readAll(bytes, options);
    CHECK(limited.records.size() == 1);
    REQUIRE(limited.error.has_value());
    CHECK(limited.error->startsWith(QStringLiteral("line 2: ")));
    CHECK(limited.error->contains(QStringLiteral("longer than")));
    CHECK(limited.bytesRead < bytes.size()); // it stopped early instead of buffering it all

    const ReadResult unquoted = readAll("id,notes\n1," + big + "\n", options);
    REQUIRE(unquoted.error.has_value());
    CHECK(unquoted.error->contains(QStringLiteral("longer than")));
}

TEST_CASE("csv: a binary file is refused", "[csv]")
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24);
    const ReadResult read = readAll(png);
    CHECK(read.records.isEmpty());
    REQUIRE(read.error.has_value());
    CHECK(*read.error == QStringLiteral("the file looks binary, not CSV"));
}

TEST_CASE("csv: an empty file has no records and no error", "[csv]")
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("\n\r\n"), QByteArray("\xEF\xBB\xBF")}) {
        const ReadResult read = readAll(bytes);
        CHECK(read.records.isEmpty());
        CHECK_FALSE(read.error.has_value());
    }
}

TEST_CASE("csv: a header-only file is one record", "[csv]")
{
    for (const QByteArray &bytes : {QByteArray("mql_id,origin\r\n"), QByteArray("mql_id,origin")}) {
        const ReadResult read = readAll(bytes);
        CHECK_FALSE(read.error.has_value());
        REQUIRE(read.records.size() == 1);
        CHECK(read.records.at(0) == row({"mql_id", "origin"}));
    }
}

TEST_CASE("csv: an unclosed quote is an error naming its line", "[csv]")
{
    const ReadResult read = readAll(QByteArray("a,b\n1,2\n\n3,\"never closed\n4,5\n"));
    CHECK(read.records.size() == 2);
    REQUIRE(read.error.has_value());
    CHECK(*read.error == QStringLiteral("line 4: a quoted field is not closed"));
}

TEST_CASE("csv: ragged rows are returned as they are", "[csv]")
{
    const ReadResult read = readAll(QByteArray("a,b,c\n1,2\n1,2,3,4\n5,6,7\n"));
    CHECK_FALSE(read.error.has_value());
    CHECK(read.delimiter == QLatin1Char(','));
    REQUIRE(read.records.size() == 4);
    CHECK(read.records.at(1) == row({"1", "2"}));
    CHECK(read.records.at(2) == row({"1", "2", "3", "4"}));
}

TEST_CASE("csv: bytes not valid in the encoding are an error naming the line", "[csv]")
{
    CsvReader::Options options;
    options.encoding = QByteArrayLiteral("UTF-8");
    const ReadResult read = readAll(QByteArray("name,city\nAnna,Moscow\nPetr,Tv\xFFr\n"), options);
    CHECK(read.records.size() == 2);
    REQUIRE(read.error.has_value());
    CHECK(*read.error == QStringLiteral("line 3: the text is not valid UTF-8"));

    // Detected as UTF-8 from the first 64 KiB; a Windows-1251 line glued on much further down.
    QByteArray bytes = "name,city\n";
    for (int i = 0; i < 5000; ++i)
        bytes += QString::fromUtf8("Анна,Москва\n").toUtf8();
    bytes += encoded("windows-1251", QString::fromUtf8("Пётр,Тверь\n"));
    const ReadResult late = readAll(bytes);
    CHECK(late.encoding == "UTF-8");
    CHECK(late.records.size() == 5001);
    REQUIRE(late.error.has_value());
    CHECK(*late.error == QStringLiteral("line 5002: the text is not valid UTF-8"));
}

TEST_CASE("csv: records spanning read chunks come out whole", "[csv]")
{
    QByteArray bytes = "id;text;phone\r\n";
    const int rows = 20000; // well over 64 KiB, so boundaries fall inside quotes and CRLFs
    for (int i = 1; i <= rows; ++i) {
        bytes += QByteArray::number(i) + ";\"first, \"\"line\"\"\r\nsecond line\";+7 9"
                 + QByteArray::number(i) + "\r\n";
    }
    const ReadResult read = readAll(bytes);
    CHECK_FALSE(read.error.has_value());
    CHECK(read.delimiter == QLatin1Char(';'));
    REQUIRE(read.records.size() == rows + 1);
    bool allRight = true;
    for (int i = 1; i <= rows && allRight; ++i) {
        const QStringList expected {QString::number(i),
                                    QStringLiteral("first, \"line\"\r\nsecond line"),
                                    QStringLiteral("+7 9") + QString::number(i)};
        allRight = read.records.at(i) == expected && read.lines.at(i) == 2 * i;
        if (!allRight) { // only the first wrong record, not 20,000 lines of report
            CAPTURE(i);
            CHECK(read.records.at(i) == expected);
            CHECK(read.lines.at(i) == 2 * i);
        }
    }
    CHECK(allRight);
    CHECK(read.bytesRead == bytes.size());
}

TEST_CASE("csv: The Olist marketing-qualified leads read as 8,000 rows of 4 fields", "[csv]")
{
    QFile file(QStringLiteral(LEADPACT_SHARED_DIR)
               + QStringLiteral("/datasets/olist-marketing-funnel/"
                                "olist_marketing_qualified_leads_dataset.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ReadResult read = readAll(file);
    CHECK_FALSE(read.error.has_value());
    CHECK(read.delimiter == QLatin1Char(','));
    CHECK(read.encoding == "UTF-8");
    REQUIRE(read.records.size() == 8001);
    CHECK(read.records.at(0) == row({"mql_id", "first_contact_date", "landing_page_id", "origin"}));
    CHECK(std::all_of(read.records.cbegin(), read.records.cend(), [](const QStringList &record) {
        return record.size() == 4;
    }));
    CHECK(read.records.at(1).at(0).size() == 32); // an md5-like id, no CR left on any field
    CHECK_FALSE(read.records.at(1).at(3).endsWith(QLatin1Char('\r')));
    CHECK(read.lines.last() == 8001);
    CHECK(read.bytesRead == file.size());
}
