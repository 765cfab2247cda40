// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

// Reads the date/time values of an imported file: one format (or a list tried in order) and the
// source time zone, giving UTC. Named formats: "iso8601" (an explicit offset or Z wins over the
// source zone), "unix" (seconds since 1970, always UTC), and Qt format strings such as
// "dd.MM.yyyy HH:mm", "dd-MM-yyyy", "M/d/yyyy h:mm" (a format without hours means midnight in
// the source zone). "detect" is resolved from samples with detect().
class ImportTimeParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportTimeParser)

public:
    static const QString iso8601;
    static const QString unixSeconds;
    static const QString detectFormats;
    // The formats "detect" tries, in order.
    static QStringList knownFormats();

    // Throws Error(Validation) for an unknown time zone.
    ImportTimeParser(QStringList formats, const QString &timeZone);

    // Whether "detect" still has to be resolved (see detect()).
    bool needsSamples() const;
    // Resolves "detect" into the first known format that reads every sample; returns false
    // when none does (then parse() fails every value).
    bool detect(const QStringList &samples);
    const QStringList &formats() const { return m_formats; }
    // Gives this copy a time zone object of its own, for a copy used on another thread.
    void useOwnTimeZone() { m_zone = QTimeZone(m_zone.id()); }

    // The value as UTC, or nothing when no format reads it.
    std::optional<QDateTime> parse(const QString &value) const;
    static std::optional<QDateTime> parse(const QString &value,
                                          const QString &format,
                                          const QTimeZone &zone);

private:
    // A Qt format made only of numeric fields (d dd M MM yyyy H HH h hh m mm s ss) and
    // punctuation, read by hand: QDateTimeParser costs microseconds a value, which showed in
    // the import of a million rows. A value of any other shape goes to Qt, so the fast path
    // only ever answers where Qt would answer the same.
    struct Field
    {
        char16_t kind = 0;       // 'd', 'M', 'y', 'H', 'm', 's'; 0: a literal character
        bool fixedWidth = false; // "dd": exactly two digits; "d": one or two, no leading zero
        QChar literal;
    };
    using CompiledFormat = std::optional<QList<Field>>;
    static CompiledFormat compile(const QString &format);
    static bool readFast(QStringView value, const QList<Field> &fields, QDate &date, QTime &time);
    void compileFormats();

    QStringList m_formats;
    QList<CompiledFormat> m_compiled; // per format; nothing: Qt reads it
    QTimeZone m_zone;
};

} // namespace LeadPact
