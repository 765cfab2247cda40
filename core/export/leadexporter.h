// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadfilter.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

class QIODevice;

namespace LeadPact {

class Clock;
class Database;

struct LeadExportOptions
{
    // "UTF-8" (written with a BOM, so Excel reads it as UTF-8) or "windows-1251" for old Excel
    // on Russian Windows; characters the charset lacks become '?'.
    QByteArray encoding = QByteArrayLiteral("UTF-8");
    // ';' is the list separator Excel expects on a Russian system.
    QChar delimiter = QLatin1Char(';');
    // Times are written in this zone (the user's), as "yyyy-MM-dd HH:mm".
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// Told after every page how many leads are written of how many; returning false cancels the
// export, and the target file is then neither created nor changed.
using LeadExportProgress = std::function<bool(qint64 written, qint64 total)>;

// Writes the leads a LeadFilter selects, in its order, as CSV for people who work in Excel:
// data, status, reasons with their titles, SLA figures (state, deadline, first contact, margin
// in minutes), outcome and dates in the user's time zone. Reads page by page, so a million
// leads never sit in memory.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)

public:
    LeadExporter(Database &db, const Clock &clock);

    // Returns how many leads were written. Throws Error(Validation) for an unknown encoding,
    // Error(Storage) when the file cannot be written.
    qint64 writeCsv(const LeadFilter &filter, const QString &path, const LeadExportOptions &options);
    qint64 writeCsv(const LeadFilter &filter, QIODevice &out, const LeadExportOptions &options);

    // The same columns as an Excel workbook (one sheet; ids, margins and amounts as numbers),
    // streamed row by row. Throws Error(Storage) when the file cannot be written.
    qint64 writeXlsx(const LeadFilter &filter, const QString &path, const QTimeZone &timeZone);

    // The header row, in the interface language.
    static QStringList columnTitles();

    void setProgress(LeadExportProgress progress) { m_progress = std::move(progress); }
    // True when the last export stopped because the progress callback said so: the count it
    // returned is what had been read, and the file was not written.
    bool wasCancelled() const { return m_cancelled; }

private:
    // Calls `row` with the fields of each lead the filter selects, page by page, in its order.
    qint64 forEachRow(const LeadFilter &filter, const QTimeZone &timeZone,
                      const std::function<void(const QStringList &)> &row);

    Database &m_db;
    const Clock &m_clock;
    LeadExportProgress m_progress;
    bool m_cancelled = false;
};

} // namespace LeadPact
