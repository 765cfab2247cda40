// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for CsvReader: any bytes, every record read, invariants checked. Besides
// the plain run it parses the input twice more with fixed options, once as it is and once behind
// blank lines that put a chunk boundary at an input-chosen offset, and requires the same records:
// the refill-and-rescan path is otherwise out of reach of small fuzz inputs.
#include "import/csvreader.h"

#include <QBuffer>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    readAll(input, CsvReader::Options {}); // detection of encoding and delimiter

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
