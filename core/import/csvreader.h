// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace LeadPact {

// Reads CSV/TSV exports of forms, ad platforms and other CRMs as a stream, one record at a time,
// never holding the file in memory: delimiter (',' ';' tab) and encoding (UTF-8 with or without
// BOM, Windows-1251, KOI8-R; detected with uchardet) are detected unless given; quoted fields
// may hold delimiters, quotes ("") and line breaks; CRLF and LF both end records.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        QChar delimiter;     // null: detect from the first lines
        QByteArray encoding; // empty: detect ("UTF-8", "windows-1251", "KOI8-R", …)
        qint64 maxFieldBytes = 16 * 1024 * 1024; // a longer field is an error, not a memory blow-up
    };

    // `device` must be open for reading and outlive the reader.
    CsvReader(QIODevice &device, Options options);
    ~CsvReader();

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record into `fields`. Returns false at the end of the data or on an error
    // (then error() says what and where). An empty line is skipped.
    bool readRecord(QStringList &fields);

    // 1-based number of the record last returned (the header is record 1), and the physical
    // line it started on (they differ when quoted fields span lines).
    qint64 recordNumber() const;
    qint64 lineNumber() const;

    QChar delimiter() const;
    QByteArray encoding() const;
    // Set when reading stopped on bad input: "line 17: a quoted field is not closed", a binary
    // file, an over-long field, bytes not valid in the encoding…
    const std::optional<QString> &error() const;
    // Bytes consumed so far, for progress bars.
    qint64 bytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace LeadPact
