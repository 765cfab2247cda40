// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
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

    // The value as UTC, or nothing when no format reads it.
    std::optional<QDateTime> parse(const QString &value) const;
    static std::optional<QDateTime> parse(const QString &value,
                                          const QString &format,
                                          const QTimeZone &zone);

private:
    QStringList m_formats;
    QTimeZone m_zone;
};

} // namespace LeadPact
