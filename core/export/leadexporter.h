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

private:
    // Calls `row` with the fields of each lead the filter selects, page by page, in its order.
    qint64 forEachRow(const LeadFilter &filter, const QTimeZone &timeZone,
                      const std::function<void(const QStringList &)> &row) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace LeadPact
