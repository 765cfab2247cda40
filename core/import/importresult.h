// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LeadPact {

// A source row that could not be imported, and exactly where and why.
struct RejectedRow
{
    QString file;
    qint64 row = 0;  // record number; the header is row 1
    qint64 line = 0; // physical line the record starts on
    QString column;  // the source header, empty when the row as a whole is wrong
    QString value;
    QString reason;
};

// What an import did (or, after a dry run or a rollback, would have done).
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)

public:
    QString file;
    qint64 rows = 0; // data records read (the header not counted)
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;  // same external id, nothing new
    qint64 incomplete = 0; // accepted leads lacking name, phone or channel (stored, flagged)
    qint64 rejected = 0;   // rows rejected (rejectedRows keeps the first maxRejectedDetails)
    qint64 duplicates = 0;        // new leads flagged as possible duplicates (kept)
    qint64 duplicatesSkipped = 0; // rows not imported as possible duplicates (--duplicates skip)
    qint64 outcomes = 0;          // leads that took an outcome (update mode)
    qint64 ownersCreated = 0;     // accounts created for owners the database did not know
    qint64 attributed = 0;        // leads the import attributed to registry campaigns
    QList<RejectedRow> rejectedRows;
    QByteArray encoding;
    QChar delimiter;
    bool dryRun = false;
    bool cancelled = false;
    bool committed = false; // false: the database is exactly as before

    static constexpr int maxRejectedDetails = 100000;

    QJsonObject toJson() const;
    // One line for people: "8000 rows: 8000 inserted, … — committed".
    QString summary() const;
    // The rejected rows as CSV for Excel (UTF-8 with BOM): file,row,line,column,value,reason.
    // Throws Error(Storage) when the file cannot be written.
    void writeErrorCsv(const QString &path) const;
};

} // namespace LeadPact
