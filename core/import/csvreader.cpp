// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>
#include <QList>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <utility>

namespace LeadPact {

namespace {

// Bytes read from the device at a time; the first chunk is also the sample for detection.
constexpr qint64 ChunkBytes = qint64(64) * 1024;
// Records looked at to choose the delimiter.
constexpr int DelimiterSampleRecords = 20;
// A pipe that stays silent this long is taken as closed.
constexpr int ReadTimeoutMs = 30000;

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// UTF-16/32 text is full of NUL bytes: the "binary file" check must not apply to it.
bool isWideUnicode(const QByteArray &encoding)
{
    const QByteArray upper = encoding.toUpper();
    return upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("UCS-");
}

// uchardet's charset names, spelled the way the rest of LeadPact (and the header) spells them.
QByteArray normalizedEncoding(const QByteArray &detected)
{
    const QByteArray upper = detected.toUpper();
    if (upper.isEmpty() || upper == "ASCII" || upper == "UTF-8")
        return QByteArrayLiteral("UTF-8");
    if (upper == "WINDOWS-1251")
        return QByteArrayLiteral("windows-1251");
    return detected;
}

QByteArray detectEncoding(QByteArrayView sample)
{
    // A signature is more reliable than any statistics.
    if (sample.startsWith(Utf8Bom))
        return QByteArrayLiteral("UTF-8");
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return QByteArrayLiteral("UTF-16");
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.data(), static_cast<size_t>(sample.size()));
    uchardet_data_end(detector);
    const QByteArray charset(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return normalizedEncoding(charset);
}

// Qt's own codecs for the Unicode family and Latin-1; everything else (windows-1251, KOI8-R…)
// through ICU, which Debian's Qt is built with.
QStringDecoder decoderFor(const QByteArray &encoding)
{
    if (const auto builtin = QStringConverter::encodingForName(encoding.constData()))
        return QStringDecoder(*builtin);
    return QStringDecoder(encoding.constData());
}

// Counts '\n', CRLF and a lone '\r' as one line break each.
qint64 countLineBreaks(const QString &text, qsizetype from, qsizetype to)
{
    qint64 lines = 0;
    for (qsizetype i = from; i < to; ++i) {
        const bool loneCr = text.at(i) == u'\r'
                            && (i + 1 >= text.size() || text.at(i + 1) != u'\n');
        if (text.at(i) == u'\n' || loneCr)
            ++lines;
    }
    return lines;
}

} // namespace

struct CsvReader::Private
{
    enum class Scan { Record, EmptyLine, NeedMore, End, Failed };

    Private(QIODevice &device, Options options)
        : m_device(device)
        , m_options(std::move(options))
    {}

    void start();
    qint64 readChunk(qint64 maxBytes);
    void appendDecoded(QByteArrayView bytes);
    bool fill(qsizetype atLeast);
    [[nodiscard]] QChar detectDelimiter() const;
    [[nodiscard]] QList<int> sampleFieldCounts(QChar delimiter) const;
    Scan scan(QStringList &fields, qsizetype &next, qint64 &lines);
    Scan fail(QString message);

    QIODevice &m_device;
    Options m_options;
    QStringDecoder m_decoder;
    QByteArray m_encoding;
    QChar m_delimiter = u',';
    QByteArray m_raw; // the last chunk read, reused between reads
    QString m_text;   // decoded text; what lies before m_pos is consumed
    qsizetype m_pos = 0;
    qsizetype m_badPos = -1; // first character the decoder could not decode, in m_text
    qint64 m_badLine = 0;
    qint64 m_line = 1; // the physical line m_pos is on
    qint64 m_recordNumber = 0;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false; // the device has given its last byte
    std::optional<QString> m_error;
};

CsvReader::Private::Scan CsvReader::Private::fail(QString message)
{
    if (!m_error)
        m_error = std::move(message);
    return Scan::Failed;
}

void CsvReader::Private::start()
{
    if (!m_device.isReadable()) {
        fail(tr("the file is not open for reading"));
        return;
    }
    const qint64 sampleSize = readChunk(ChunkBytes);
    if (m_error)
        return;
    const QByteArrayView sample(m_raw.constData(), sampleSize);

    m_encoding = m_options.encoding.isEmpty() ? detectEncoding(sample) : m_options.encoding;
    if (!isWideUnicode(m_encoding) && sample.contains('\0')) {
        fail(tr("the file looks binary, not CSV"));
        return;
    }
    m_decoder = decoderFor(m_encoding);
    if (!m_decoder.isValid()) {
        fail(tr("unsupported encoding %1").arg(QString::fromLatin1(m_encoding)));
        return;
    }
    // QStringDecoder drops a leading BOM for the Unicode encodings; skip a UTF-8 one ourselves
    // too, so it never ends up in the first header name whatever the decoder does.
    const bool utf8Bom = m_encoding.compare("UTF-8", Qt::CaseInsensitive) == 0
                         && sample.startsWith(Utf8Bom);
    appendDecoded(utf8Bom ? sample.sliced(3) : sample);

    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter() : m_options.delimiter;
    if (m_delimiter == u'"' || isLineBreak(m_delimiter))
        fail(tr("%1 cannot be used as the delimiter").arg(m_delimiter));
}

// Reads up to maxBytes into m_raw, waiting on pipes; sets m_atEnd when the device is exhausted.
qint64 CsvReader::Private::readChunk(qint64 maxBytes)
{
    m_raw.resize(maxBytes);
    qint64 got = 0;
    while (got < maxBytes) {
        const qint64 n = m_device.read(m_raw.data() + got, maxBytes - got);
        if (n < 0) {
            fail(tr("cannot read the file: %1").arg(m_device.errorString()));
            m_atEnd = true;
            break;
        }
        if (n == 0) {
            if (!m_device.isSequential() || m_device.atEnd()
                || !m_device.waitForReadyRead(ReadTimeoutMs)) {
                m_atEnd = true;
                break;
            }
            continue;
        }
        got += n;
    }
    m_bytesRead += got;
    return got;
}

// Decodes straight into the tail of m_text (no temporary QString per chunk) and remembers
// where the first undecodable byte sequence is, so the error names its line.
void CsvReader::Private::appendDecoded(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const bool hadError = m_decoder.hasError();
    const qsizetype old = m_text.size();
    m_text.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_text.data() + old, bytes);
    m_text.resize(end - m_text.constData());
    if (!hadError && m_decoder.hasError() && m_badPos < 0) {
        m_badPos = m_text.indexOf(QChar(QChar::ReplacementCharacter), old);
        if (m_badPos < 0)
            m_badPos = qMax(old, m_text.size() - 1);
        m_badLine = m_line + countLineBreaks(m_text, m_pos, m_badPos);
    }
}

// Drops the consumed text and appends at least `atLeast` more bytes' worth: asking for as much
// as is already pending doubles the window, so a record spanning many chunks is rescanned
// only O(log n) times.
bool CsvReader::Private::fill(qsizetype atLeast)
{
    if (m_atEnd || m_error)
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        if (m_badPos >= 0)
            m_badPos -= m_pos;
        m_pos = 0;
    }
    const qint64 got = readChunk(qMax<qint64>(ChunkBytes, atLeast));
    appendDecoded(QByteArrayView(m_raw.constData(), got));
    return !m_error;
}

// Field counts of the first complete records when split by `delimiter`, quote-aware.
QList<int> CsvReader::Private::sampleFieldCounts(QChar delimiter) const
{
    QList<int> counts;
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    while (i < n && counts.size() < DelimiterSampleRecords) {
        if (isLineBreak(m_text.at(i))) { // an empty line
            ++i;
            continue;
        }
        int fields = 1;
        bool quoted = false;
        for (; i < n; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == delimiter)
                ++fields;
            else if (!quoted && isLineBreak(c))
                break;
        }
        if (i == n && !m_atEnd)
            break; // cut off by the end of the sample: its count would mislead
        counts.append(fields);
    }
    return counts;
}

// The candidate that splits every sampled record into the same number (> 1) of fields, the
// most fields winning a tie; for ragged samples, the one splitting the most records; else ','.
QChar CsvReader::Private::detectDelimiter() const
{
    static constexpr std::array<char16_t, 3> candidates {u',', u';', u'\t'};
    QChar consistent;
    int consistentFields = 1;
    QChar ragged = u',';
    qsizetype raggedScore = 0;
    for (const char16_t candidate : candidates) {
        const QList<int> counts = sampleFieldCounts(QChar(candidate));
        if (counts.isEmpty())
            continue;
        const bool same = std::all_of(counts.cbegin(), counts.cend(), [&counts](int c) {
            return c == counts.first();
        });
        if (same && counts.first() > consistentFields) {
            consistent = QChar(candidate);
            consistentFields = counts.first();
        }
        const qsizetype split = std::count_if(counts.cbegin(), counts.cend(), [](int c) {
            return c > 1;
        });
        if (split > raggedScore) {
            ragged = QChar(candidate);
            raggedScore = split;
        }
    }
    return consistent.isNull() ? ragged : consistent;
}

// Parses one record starting at m_pos without consuming it: on success `next` is where the
// following record starts and `lines` the physical lines this one spans. NeedMore means the
// record runs past the decoded text; the caller fills and rescans.
CsvReader::Private::Scan CsvReader::Private::scan(QStringList &fields,
                                                  qsizetype &next,
                                                  qint64 &lines)
{
    const QChar *s = m_text.constData();
    const qsizetype n = m_text.size();
    const QChar delimiter = m_delimiter;
    const qint64 maxField = m_options.maxFieldBytes;
    qsizetype i = m_pos;
    lines = 0;
    fields.clear();

    if (i == n)
        return m_atEnd ? Scan::End : Scan::NeedMore;
    if (isLineBreak(s[i])) {
        if (s[i] == u'\r' && i + 1 == n && !m_atEnd)
            return Scan::NeedMore; // maybe the CR of a CRLF
        if (s[i] == u'\r' && i + 1 < n && s[i + 1] == u'\n')
            ++i;
        next = i + 1;
        lines = 1;
        return Scan::EmptyLine;
    }

    const auto tooLong = [&] {
        return fail(
            tr("line %1: a field is longer than %2 bytes").arg(m_line + lines).arg(maxField));
    };
    for (;;) {
        QString field;
        if (i < n && s[i] == u'"') {
            const qint64 quoteLine = m_line + lines;
            qsizetype segment = ++i;
            for (;;) {
                for (; i < n && s[i] != u'"'; ++i) {
                    if (s[i] == u'\n' || (s[i] == u'\r' && (i + 1 == n || s[i + 1] != u'\n')))
                        ++lines;
                }
                if (field.size() + (i - segment) > maxField)
                    return tooLong();
                if (i == n) {
                    if (!m_atEnd)
                        return Scan::NeedMore;
                    return fail(tr("line %1: a quoted field is not closed").arg(quoteLine));
                }
                if (i + 1 == n && !m_atEnd)
                    return Scan::NeedMore;           // a "" escape may straddle the chunks
                if (i + 1 < n && s[i + 1] == u'"') { // "" stands for one quote
                    field.append(s + segment, i + 1 - segment);
                    i += 2;
                    segment = i;
                    continue;
                }
                field.append(s + segment, i - segment);
                ++i;
                break;
            }
        }
        // An unquoted field, or text after a closing quote ("ab"cd), which is kept as it is.
        const qsizetype start = i;
        while (i < n && s[i] != delimiter && !isLineBreak(s[i]))
            ++i;
        if (field.size() + (i - start) > maxField)
            return tooLong();
        if (i == n && !m_atEnd)
            return Scan::NeedMore;
        if (field.isEmpty())
            field = QString(s + start, i - start);
        else
            field.append(s + start, i - start);
        fields.append(std::move(field));

        if (i == n)
            break; // the last record without a line break is still a record
        if (s[i] == delimiter) {
            ++i;
            continue;
        }
        if (s[i] == u'\r') {
            if (i + 1 == n && !m_atEnd)
                return Scan::NeedMore;
            if (i + 1 < n && s[i + 1] == u'\n')
                ++i;
        }
        ++i;
        ++lines;
        break;
    }
    if (m_badPos >= 0 && m_badPos < i) {
        return fail(tr("line %1: the text is not valid %2")
                        .arg(m_badLine)
                        .arg(QString::fromLatin1(m_encoding)));
    }
    next = i;
    return Scan::Record;
}

CsvReader::CsvReader(QIODevice &device, Options options)
    : d(std::make_unique<Private>(device, std::move(options)))
{
    d->start();
}

CsvReader::~CsvReader() = default;

bool CsvReader::readRecord(QStringList &fields)
{
    using Scan = Private::Scan;
    while (!d->m_error) {
        qsizetype next = 0;
        qint64 lines = 0;
        switch (d->scan(fields, next, lines)) {
        case Scan::Record:
            d->m_recordLine = d->m_line;
            d->m_pos = next;
            d->m_line += lines;
            ++d->m_recordNumber;
            return true;
        case Scan::EmptyLine:
            d->m_pos = next;
            d->m_line += lines;
            break;
        case Scan::NeedMore:
            d->fill(d->m_text.size() - d->m_pos);
            break;
        case Scan::End:
        case Scan::Failed:
            fields.clear();
            return false;
        }
    }
    fields.clear();
    return false;
}

qint64 CsvReader::recordNumber() const
{
    return d->m_recordNumber;
}

qint64 CsvReader::lineNumber() const
{
    return d->m_recordLine;
}

QChar CsvReader::delimiter() const
{
    return d->m_delimiter;
}

QByteArray CsvReader::encoding() const
{
    return d->m_encoding;
}

const std::optional<QString> &CsvReader::error() const
{
    return d->m_error;
}

qint64 CsvReader::bytesRead() const
{
    return d->m_bytesRead;
}

} // namespace LeadPact
