// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importmapping.h"
#include "importresult.h"
#include "importrowparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace LeadPact {

class LeadService;

// The start of a file as the importer reads it: what the reader detected (or was told), the
// header and the first records — as many as the importer looks at to resolve "detect" date
// formats, so a preview resolves them exactly as the import will.
struct ImportSample
{
    Q_DECLARE_TR_FUNCTIONS(ImportSample)

public:
    // The importer samples up to this many dated records (within the first maxRecords) to
    // resolve "detect" (see LeadImporter::import).
    static constexpr int datedSamples = 50;
    static constexpr int maxRecords = 5000;

    QString fileName; // as reports name it (no folder)
    QByteArray encoding;
    QChar delimiter;
    QStringList header;
    QList<ImportRecord> records;
    qint64 fileSize = 0;
    // The reader stopped on bad input within the sample ("line 17: …"); the records before it
    // are there.
    std::optional<QString> error;

    // Reads the header and the first maxRecords records of `path` with the given delimiter
    // and encoding (null/empty: detect). Throws Error(Validation) when the file cannot be
    // opened or read at all, or is empty.
    static ImportSample read(const QString &path,
                             QChar delimiter = {},
                             const QByteArray &encoding = {});
};

// Something about a mapping the user should know before importing: `blocking` ones make the
// import fail (or refuse), the others only explain what will happen.
struct MappingProblem
{
    bool blocking = false;
    QString text;
};

// The first rows of a file as the importer would store them: the same CsvReader records run
// through the same ImportRowParser (normalised phone, parsed times, …), shown per mapped
// column, with the reason of every cell the importer would reject. So the wizard's preview
// and the import can never disagree.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    static constexpr int defaultRows = 20;

    struct Cell
    {
        QString text;    // the value as stored (or, in a rejected row, as in the file)
        QString problem; // empty when the cell is fine
    };
    struct Row
    {
        qint64 row = 0;      // record number (the header is row 1)
        qint64 line = 0;     // physical line
        QList<Cell> cells;   // one per column()
        QStringList missing; // minimum-data fields the lead lacks (flagged incomplete)
        std::optional<RejectedRow> rejected;
        bool isIncomplete() const { return !missing.isEmpty(); }
    };

    // Parses the first `rows` records of `sample` through `mapping`; times are shown in
    // `displayZone`. A mapping the importer would refuse outright (a mapped column the header
    // lacks, an unknown time zone, no date format fits) gives no rows and error().
    ImportPreview(const ImportSample &sample,
                  const ImportMapping &mapping,
                  const LeadService &service,
                  const QTimeZone &displayZone,
                  int rows = defaultRows);

    const QList<ImportRowParser::Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const QString &error() const { return m_error; }
    // The date formats the import will use ("detect" resolved).
    const QStringList &dateFormats() const { return m_dateFormats; }
    // Cells with a problem, rows rejected and rows flagged incomplete in the sample.
    int problemCount() const { return m_problems; }
    int rejectedCount() const { return m_rejected; }
    int incompleteCount() const { return m_incomplete; }

    // The lead field a header most likely holds ("Телефон", "E-mail", "utm_source"…), by
    // name; nothing when no field fits.
    static std::optional<ImportField> guessField(const QString &header);
    // A mapping of every header guessField recognises (each field at most once).
    static ImportMapping guessMapping(const QStringList &header);
    // What the user should know about `mapping` for an import in this mode, in plain words.
    static QList<MappingProblem> problems(const ImportMapping &mapping, bool updateExisting);
    // The field's name for people ("Phone", "Received at", …), translated.
    static QString fieldTitle(ImportField field);
    static QString formatTime(const QDateTime &utc, const QTimeZone &zone);

private:
    Row previewRow(const ImportRecord &record,
                   const ImportRowParser &parser,
                   const QTimeZone &displayZone) const;

    QList<ImportRowParser::Column> m_columns;
    QList<Row> m_rows;
    QString m_error;
    QStringList m_dateFormats;
    int m_problems = 0;
    int m_rejected = 0;
    int m_incomplete = 0;
};

} // namespace LeadPact
