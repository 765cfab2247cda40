// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for CsvReader and the mapper behind it: any bytes, every record read,
// invariants checked, and every record of the detected reading mapped onto lead fields by
// ImportRowParser (each header column takes a field in turn; several date formats; phones
// through libphonenumber), which must give a lead or a rejection naming its row. Besides
// the plain run it parses the input twice more with fixed options, once as it is and once behind
// blank lines that put a chunk boundary at an input-chosen offset, and requires the same records:
// the refill-and-rescan path is otherwise out of reach of small fuzz inputs.
#include "import/csvreader.h"
#include "import/importmapping.h"
#include "import/importrowparser.h"
#include "domain/error.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QBuffer>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

using LeadPact::CsvReader;

struct Result
{
    QList<QStringList> records;
    QList<qint64> lines;
    bool failed = false;
};

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "CsvReader invariant violated: %s\n", what);
    std::abort();
}

Result readAll(const QByteArray &bytes, const CsvReader::Options &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    Result result;
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.readRecord(fields)) {
        if (fields.isEmpty())
            violated("a record without fields");
        if (reader.recordNumber() != result.records.size() + 1)
            violated("recordNumber does not count the records");
        if (reader.lineNumber() <= lastLine)
            violated("lineNumber does not grow");
        for (const QString &field : fields) {
            if (field.size() > options.maxFieldBytes)
                violated("a field longer than maxFieldBytes");
        }
        lastLine = reader.lineNumber();
        result.records.append(fields);
        result.lines.append(lastLine);
    }
    if (!fields.isEmpty())
        violated("fields left over after the last record");
    if (reader.bytesRead() > bytes.size())
        violated("more bytes read than there are");
    result.failed = reader.error().has_value();
    if (result.failed && reader.error()->isEmpty())
        violated("an empty error message");
    if (!result.failed && reader.bytesRead() != bytes.size())
        violated("stopped before the end without an error");
    return result;
}

// Maps the records as an import would: the first is the header, each column takes the next
// lead field (outcomes need update mode, so they are left out), dates in any of four formats.
void mapAll(const Result &read)
{
    if (read.records.isEmpty())
        return;
    // One migrated in-memory database for the whole run: the parser asks the service for the
    // SLA deadline of each new lead.
    static const std::unique_ptr<LeadPact::Database> db = [] {
        auto opened = LeadPact::Database::openSqlite(QStringLiteral(":memory:"));
        LeadPact::Migrations::migrate(*opened);
        return opened;
    }();
    static const LeadPact::LeadService service(*db, LeadPact::Clock::system());
    static const QList<LeadPact::ImportField> fields = [] {
        QList<LeadPact::ImportField> leadFields;
        for (const QString &code : LeadPact::importFieldCodes()) {
            const auto field = LeadPact::importFieldFromCode(code);
            if (field && !LeadPact::isOutcomeField(*field))
                leadFields.append(*field);
        }
        return leadFields;
    }();

    const QStringList &header = read.records.first();
    LeadPact::ImportMapping mapping;
    mapping.timeZone = QStringLiteral("Europe/Moscow");
    mapping.dateFormats = {QStringLiteral("iso8601"), QStringLiteral("dd.MM.yyyy HH:mm"),
                           QStringLiteral("M/d/yyyy h:mm"), QStringLiteral("unix")};
    QStringList taken;
    for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i) {
        // A column is found by its trimmed name, case aside: the first of equal names only.
        const QString name = header.at(i).trimmed();
        if (name.isEmpty() || taken.contains(name, Qt::CaseInsensitive))
            continue;
        taken.append(name);
        mapping.columns.append({name, fields.at(i)});
    }
    std::optional<LeadPact::ImportRowParser> parser;
    try {
        parser.emplace(mapping, header, QStringLiteral("fuzz.csv"), service);
    } catch (const LeadPact::Error &error) {
        if (error.message().isEmpty())
            violated("the mapper refused the header without a message");
        return;
    }
    for (qsizetype i = 1; i < read.records.size(); ++i) {
        const LeadPact::ImportRecord record {read.records.at(i), qint64(i + 1), read.lines.at(i)};
        const LeadPact::ImportRowParser::Parsed parsed = parser->parse(record);
        if (parsed.row != record.row || parsed.line != record.line)
            violated("a parsed row lost its row or line number");
        if (parsed.rejected.has_value() == parsed.lead.has_value())
            violated("a row neither rejected nor turned into a lead, or both");
        if (parsed.rejected
            && (parsed.rejected->reason.isEmpty() || parsed.rejected->row != record.row))
            violated("a rejection without its reason or row");
        if (parsed.lead && parsed.lead->status != LeadPact::LeadStatus::New)
            violated("an imported lead that is not New");
        if (parsed.lead && !parsed.lead->phone.isEmpty() && !parsed.lead->phone.startsWith(u'+'))
            violated("a stored phone that is not E.164");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    mapAll(readAll(input, CsvReader::Options {})); // detected encoding and delimiter, mapped

    CsvReader::Options fixed;
    fixed.delimiter = QLatin1Char(',');
    fixed.encoding = QByteArrayLiteral("UTF-8");
    fixed.maxFieldBytes = 1000;
    const Result plain = readAll(input, fixed);

    // A BOM in the middle is text, a NUL past the sample escapes the binary check, and a literal
    // U+FFFD before a bad byte sequence in the same chunk is taken for it: all three legitimately
    // change the outcome, so they are left out of the comparison.
    if (input.startsWith("\xEF\xBB\xBF") || input.contains('\0') || input.contains("\xEF\xBF\xBD"))
        return 0;
    // One byte picks the offset, so mutations move the boundary across the whole of a short input.
    const qsizetype boundary = size > 0 ? data[0] % static_cast<qsizetype>(size) : 0;
    const qsizetype padding = 64 * 1024 - boundary;
    const Result shifted = readAll(QByteArray(padding, '\n') + input, fixed);
    if (plain.failed != shifted.failed)
        violated("a chunk boundary changes whether the input is an error");
    if (plain.records != shifted.records)
        violated("a chunk boundary changes the records");
    for (qsizetype i = 0; i < plain.lines.size(); ++i) {
        if (shifted.lines.at(i) != plain.lines.at(i) + padding)
            violated("a chunk boundary changes the line numbers");
    }
    return 0;
}
