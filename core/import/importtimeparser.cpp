// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtimeparser.h"

#include "domain/error.h"

namespace LeadPact {

const QString ImportTimeParser::iso8601 = QStringLiteral("iso8601");
const QString ImportTimeParser::unixSeconds = QStringLiteral("unix");
const QString ImportTimeParser::detectFormats = QStringLiteral("detect");

QStringList ImportTimeParser::knownFormats()
{
    return {iso8601,
            QStringLiteral("dd.MM.yyyy HH:mm"),
            QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("dd-MM-yyyy"),
            QStringLiteral("M/d/yyyy h:mm"),
            QStringLiteral("M/d/yyyy"),
            unixSeconds};
}

ImportTimeParser::ImportTimeParser(QStringList formats, const QString &timeZone)
    : m_formats(std::move(formats))
    , m_zone(timeZone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8()))
{
    if (!m_zone.isValid()) {
        throw Error(Error::Kind::Validation,
                    tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Moscow.")
                        .arg(timeZone));
    }
    if (m_formats.isEmpty())
        m_formats.append(detectFormats);
    compileFormats();
}

ImportTimeParser::CompiledFormat ImportTimeParser::compile(const QString &format)
{
    if (format == iso8601 || format == unixSeconds || format == detectFormats)
        return std::nullopt;
    QList<Field> fields;
    bool hasDay = false;
    bool hasMonth = false;
    bool hasYear = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'')
            return std::nullopt; // quoted text: Qt's job
        if (!c.isLetterOrNumber()) {
            fields.append({0, false, c});
            ++i;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        i += run;
        Field field;
        switch (c.unicode()) {
        case u'd':
        case u'M':
        case u'H':
        case u'h':
        case u'm':
        case u's':
            if (run > 2)
                return std::nullopt; // day and month names
            field.kind = c == u'h' ? u'H' : c.unicode();
            field.fixedWidth = run == 2;
            break;
        case u'y':
            if (run != 4)
                return std::nullopt; // two-digit years have a century rule: Qt's job
            field.kind = u'y';
            field.fixedWidth = true;
            break;
        default:
            return std::nullopt; // AM/PM, milliseconds, time zones, other letters
        }
        for (const Field &earlier : std::as_const(fields)) {
            if (earlier.kind == field.kind)
                return std::nullopt; // a field given twice must agree: Qt's job
        }
        hasDay = hasDay || field.kind == u'd';
        hasMonth = hasMonth || field.kind == u'M';
        hasYear = hasYear || field.kind == u'y';
        fields.append(field);
    }
    if (!hasDay || !hasMonth || !hasYear)
        return std::nullopt; // a partial date takes Qt's defaults
    return fields;
}

void ImportTimeParser::compileFormats()
{
    m_compiled.clear();
    for (const QString &format : std::as_const(m_formats))
        m_compiled.append(compile(format));
}

// Reads a value shaped exactly like the format ("01.11.2026 08:15" for "dd.MM.yyyy HH:mm")
// into a valid date and time; false for anything else, which Qt then reads (or refuses).
bool ImportTimeParser::readFast(QStringView value,
                                const QList<Field> &fields,
                                QDate &date,
                                QTime &time)
{
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    const qsizetype n = value.size();
    qsizetype i = 0;
    const auto digit = [&](qsizetype at) {
        return at < n && value[at] >= u'0' && value[at] <= u'9' ? int(value[at].unicode() - u'0')
                                                                : -1;
    };
    for (const Field &field : fields) {
        if (field.kind == 0) {
            if (i >= n || value[i] != field.literal)
                return false;
            ++i;
            continue;
        }
        int number = 0;
        if (field.kind == u'y') {
            for (int k = 0; k < 4; ++k) {
                const int d = digit(i + k);
                if (d < 0)
                    return false;
                number = number * 10 + d;
            }
            i += 4;
        } else {
            const int first = digit(i);
            const int next = digit(i + 1);
            if (first < 0)
                return false;
            if (field.fixedWidth) {
                if (next < 0)
                    return false;
                number = first * 10 + next;
                i += 2;
            } else if (next >= 0) {
                if (first == 0)
                    return false; // "05" for "d": leave the leniency to Qt
                number = first * 10 + next;
                i += 2;
            } else {
                number = first;
                i += 1;
            }
        }
        if (digit(i) >= 0)
            return false; // more digits than the field takes
        switch (field.kind) {
        case u'd':
            day = number;
            break;
        case u'M':
            month = number;
            break;
        case u'y':
            year = number;
            break;
        case u'H':
            hour = number;
            break;
        case u'm':
            minute = number;
            break;
        case u's':
            second = number;
            break;
        }
    }
    if (i != n || !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second))
        return false;
    date = QDate(year, month, day);
    time = QTime(hour, minute, second);
    return true;
}

bool ImportTimeParser::needsSamples() const
{
    return m_formats.contains(detectFormats);
}

bool ImportTimeParser::detect(const QStringList &samples)
{
    QStringList resolved;
    const QStringList candidates = knownFormats();
    for (const QString &format : std::as_const(m_formats)) {
        if (format != detectFormats) {
            resolved.append(format);
            continue;
        }
        for (const QString &candidate : candidates) {
            const bool readsAll
                = std::all_of(samples.cbegin(), samples.cend(), [&](const QString &sample) {
                      return parse(sample, candidate, m_zone).has_value();
                  });
            if (readsAll && !samples.isEmpty()) {
                resolved.append(candidate);
                break;
            }
        }
    }
    const bool found = !resolved.isEmpty();
    m_formats = resolved;
    compileFormats();
    return found;
}

std::optional<QDateTime> ImportTimeParser::parse(const QString &value) const
{
    const QString trimmed = value.trimmed();
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (const CompiledFormat &compiled = m_compiled.at(i)) {
            QDate date;
            QTime time;
            if (readFast(trimmed, *compiled, date, time))
                return QDateTime(date, time, m_zone).toUTC();
        }
        if (auto time = parse(trimmed, m_formats.at(i), m_zone))
            return time;
    }
    return std::nullopt;
}

std::optional<QDateTime> ImportTimeParser::parse(const QString &value,
                                                 const QString &format,
                                                 const QTimeZone &zone)
{
    if (value.isEmpty())
        return std::nullopt;
    if (format == unixSeconds) {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        // Anything past the year 9999 is not a lead's arrival but a millisecond value or junk.
        if (!ok || seconds < 0 || seconds > 253402300799LL)
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    if (format == iso8601) {
        // Qt reads "2018-02-26T19:58:54", "…Z", "…+03:00" and plain dates; exports often put a
        // space between date and time.
        QString text = value;
        if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
            text[10] = QLatin1Char('T');
        if (text.size() < 10 || text.at(4) != QLatin1Char('-'))
            return std::nullopt;
        // Without an offset the value is in the source zone. Reading date and time apart keeps
        // Qt from converting through the system's local time (a stat of /etc/localtime a row).
        const QStringView rest = QStringView(text).mid(10);
        const bool hasOffset = rest.contains(QLatin1Char('Z')) || rest.contains(QLatin1Char('+'))
                               || rest.contains(QLatin1Char('-'));
        if (!hasOffset) {
            const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
            const QTime time = rest.isEmpty() ? QTime(0, 0)
                                              : QTime::fromString(rest.mid(1), Qt::ISODate);
            if (!date.isValid() || !time.isValid()
                || (!rest.isEmpty() && rest.at(0) != QLatin1Char('T')))
                return std::nullopt;
            return QDateTime(date, time, zone).toUTC();
        }
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!time.isValid())
            return std::nullopt;
        return time.toUTC(); // the value names its own offset
    }
    const bool hasTime = format.contains(QLatin1Char('h'), Qt::CaseInsensitive);
    if (!hasTime) {
        const QDate date = QDate::fromString(value, format);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), zone).toUTC();
    }
    // "dd.MM.yyyy HH:mm": date and time read apart, for the same reason as above.
    const QStringList formatParts = format.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList valueParts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype timeStart = 0;
    while (timeStart < formatParts.size()
           && !formatParts.at(timeStart).contains(QLatin1Char('h'), Qt::CaseInsensitive))
        ++timeStart;
    if (timeStart > 0 && valueParts.size() == formatParts.size()) {
        const QDate date = QDate::fromString(valueParts.mid(0, timeStart).join(QLatin1Char(' ')),
                                             formatParts.mid(0, timeStart).join(QLatin1Char(' ')));
        const QTime time = QTime::fromString(valueParts.mid(timeStart).join(QLatin1Char(' ')),
                                             formatParts.mid(timeStart).join(QLatin1Char(' ')));
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, zone).toUTC();
    }
    const QDateTime local = QDateTime::fromString(value, format);
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

} // namespace LeadPact
