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
    return found;
}

std::optional<QDateTime> ImportTimeParser::parse(const QString &value) const
{
    const QString trimmed = value.trimmed();
    for (const QString &format : m_formats) {
        if (auto time = parse(trimmed, format, m_zone))
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
