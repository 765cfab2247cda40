// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "importmapping.h"
#include "importresult.h"
#include "importtimeparser.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace LeadPact {

class LeadService;

// One record of the source file as the reader returned it.
struct ImportRecord
{
    QStringList fields;
    qint64 row = 0;
    qint64 line = 0;
};

// A record turned into a lead ready to store (phone normalised, New, SLA deadline), or the
// reason it cannot be. parse() only reads shared state, so a reading thread may call it while
// another writes the previous rows.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    struct Column
    {
        int index = 0;
        QString header; // as in the file
        ImportField field = ImportField::Notes;
    };
    // What a row says happened to the lead in the other CRM (update mode only).
    struct Outcome
    {
        QDateTime wonAt; // invalid: no outcome in this row
        QString wonText; // as in the file
        std::optional<qint64> amountMinor;
        QString currency;
        QString owner; // as in the file; empty: no owner given
        QDateTime lostAt; // invalid: the row does not say the deal was lost
        QString lostText;
        QString lossReason; // as in the file: a code or a title
        QString lossComment;
    };
    struct Parsed
    {
        qint64 row = 0;
        qint64 line = 0;
        std::optional<Lead> lead;
        Outcome outcome;
        std::optional<RejectedRow> rejected;
    };

    // Binds the mapping to the header; throws Error(Validation) naming a mapped column the
    // header lacks, or the time zone.
    ImportRowParser(const ImportMapping &mapping,
                    const QStringList &header,
                    QString fileName,
                    const LeadService &service);

    // "detect" resolves against the first dated records; throws when no format fits.
    bool needsDateSamples() const;
    void detectDates(const QList<ImportRecord> &records);
    // The trimmed received_at value of a record (empty when unmapped or missing).
    QString dateValue(const ImportRecord &record) const;

    Parsed parse(const ImportRecord &record) const;
    // For a copy that parses on another thread: a time zone object of its own (the rest is
    // implicitly shared, safe to copy across threads, or the thread-safe LeadService).
    void useOwnTimeZone() { m_times.useOwnTimeZone(); }
    const QList<Column> &columns() const { return m_columns; }
    // The header of the column mapped to `field` (empty when unmapped), for row reports.
    QString headerOf(ImportField field) const;
    bool hasOutcomes() const;

private:
    QString m_file;
    QString m_timeZone;
    QString m_currency;
    const LeadService &m_service;
    ImportTimeParser m_times;
    QList<Column> m_columns;
    std::optional<int> m_dateColumn;
    int m_columnCount = 0;
};

// Writes `value` into the lead field it maps to (received_at needs parsing: not here).
void setImportField(Lead &lead, ImportField field, const QString &value);
// The value of a mapped text field (not received_at or phone).
QString importFieldValue(const Lead &lead, ImportField field);

} // namespace LeadPact
