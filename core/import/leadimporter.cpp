// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadimporter.h"

#include "csvreader.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "common/batchqueue.h"
#include "importrowparser.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <thread>

namespace LeadPact {

namespace {

struct ParsedRow
{
    ImportRowParser::Parsed parsed;
    qint64 bytesRead = 0; // after this row, for progress
};

// Stores parsed rows: inserts new external ids, updates known ones, tallies the result.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    ImportWriter(Database &db,
                 const LeadService &service,
                 const ImportRowParser &parser,
                 const ImportOptions &options,
                 const User &actor,
                 QDateTime now,
                 ImportResult &result)
        : m_service(service)
        , m_parser(parser)
        , m_options(options)
        , m_actor(actor)
        , m_now(std::move(now))
        , m_result(result)
        , m_leads(db)
        , m_events(db)
        , m_bulk(m_leads.count({}) == 0)
    {}

    bool isBulk() const { return m_bulk; }
    bool failed() const { return m_failed; }

    void write(ImportRowParser::Parsed &parsed)
    {
        ++m_result.rows;
        if (parsed.rejected) {
            ++m_result.rejected;
            if (m_result.rejectedRows.size() < ImportResult::maxRejectedDetails)
                m_result.rejectedRows.append(*parsed.rejected);
            if (!m_options.partial)
                m_failed = true; // all or nothing: the rest is only checked
            return;
        }
        if (m_failed)
            return;
        Lead &lead = *parsed.lead;
        if (const std::optional<Lead> before = existing(lead.externalId))
            update(*before, lead);
        else
            insert(lead);
    }

private:
    std::optional<Lead> existing(const QString &externalId)
    {
        if (externalId.isEmpty())
            return std::nullopt;
        // Into an empty table only an id seen earlier in this file can exist: skip the query.
        if (m_bulk) {
            const size_t key = qHash(externalId);
            if (!m_seen.contains(key)) {
                m_seen.insert(key);
                return std::nullopt;
            }
        }
        return m_leads.findByExternalId(externalId);
    }

    void insert(Lead &lead)
    {
        lead.id = m_leads.insert(lead);
        LeadEvent event;
        event.leadId = lead.id;
        event.at = m_now;
        event.actorId = m_actor.id;
        event.kind = EventKind::Created;
        event.toStatus = LeadStatus::New;
        if (lead.isIncomplete()) {
            event.comment = tr("Imported from %1 with incomplete minimum data, missing: %2")
                                .arg(m_result.file,
                                     lead.missingFieldCodes().join(QStringLiteral(", ")));
            ++m_result.incomplete;
        }
        m_events.append(event);
        ++m_result.inserted;
    }

    // Only the mapped fields change; status, owner and history stay as the team left them.
    void update(const Lead &before, const Lead &source)
    {
        Lead after = before;
        for (const ImportRowParser::Column &column : m_parser.columns()) {
            switch (column.field) {
            case ImportField::ReceivedAt:
                after.receivedAt = source.receivedAt;
                if (after.status == LeadStatus::New && after.receivedAt != before.receivedAt) {
                    after.statusChangedAt = after.receivedAt;
                    after.slaDueAt = m_service.slaPolicy().deadline(after.receivedAt);
                }
                if (after.receivedAt != before.receivedAt)
                    m_service.slaPolicy().stampFirstContact(after);
                break;
            case ImportField::Phone:
                after.phoneRaw = source.phoneRaw;
                after.phone = source.phone; // normalised by the parser
                break;
            default:
                setImportField(after, column.field, importFieldValue(source, column.field));
                break;
            }
        }
        if (after.isIncomplete())
            ++m_result.incomplete;
        const QJsonObject changes = diffLeads(before, after);
        if (changes.isEmpty()) {
            ++m_result.unchanged;
            return;
        }
        m_leads.update(after);
        LeadEvent event;
        event.leadId = after.id;
        event.at = m_now;
        event.actorId = m_actor.id;
        event.kind = EventKind::Edited;
        event.comment = tr("Updated by import of %1").arg(m_result.file);
        event.changes = changes;
        m_events.append(event);
        ++m_result.updated;
    }

    const LeadService &m_service;
    const ImportRowParser &m_parser;
    const ImportOptions &m_options;
    const User &m_actor;
    QDateTime m_now;
    ImportResult &m_result;
    LeadRepository m_leads;
    EventRepository m_events;
    bool m_bulk = false;
    bool m_failed = false;
    QSet<size_t> m_seen; // hashes of external ids inserted by this run (bulk mode)
};

} // namespace

LeadImporter::LeadImporter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

ImportResult LeadImporter::import(const QString &path,
                                  const ImportMapping &mapping,
                                  const ImportOptions &options,
                                  const User &actor,
                                  const ImportProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Validation,
                    tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    return import(file, QFileInfo(path).fileName(), mapping, options, actor, progress);
}

ImportResult LeadImporter::import(QIODevice &device,
                                  const QString &fileName,
                                  const ImportMapping &mapping,
                                  const ImportOptions &options,
                                  const User &actor,
                                  const ImportProgress &progress)
{
    if (!actor.active || !Permissions::mayImport(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("A user with the role \"%1\" may not import leads (user %2).")
                        .arg(roleTitle(actor.role), actor.login));
    }
    ImportResult result;
    result.file = fileName;
    result.dryRun = options.dryRun;

    CsvReader reader(device, {mapping.delimiter, mapping.encoding});
    const auto readFailed = [&] {
        return Error(Error::Kind::Validation,
                     tr("%1 cannot be read: %2").arg(fileName, reader.error().value_or(QString())));
    };
    const auto next = [&reader](ImportRecord &record) {
        if (!reader.readRecord(record.fields))
            return false;
        record.row = reader.recordNumber();
        record.line = reader.lineNumber();
        return true;
    };
    QStringList header;
    if (!reader.readRecord(header)) {
        if (reader.error())
            throw readFailed();
        throw Error(Error::Kind::Validation,
                    tr("%1 is empty: not even a header row.").arg(fileName));
    }
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();

    Transaction transaction(m_db);
    const LeadService service(m_db, m_clock);
    ImportRowParser parser(mapping, header, fileName, service);
    ImportWriter writer(m_db, service, parser, options, actor, m_clock.now(), result);
    std::optional<BulkLoad> bulk;
    if (writer.isBulk())
        bulk.emplace(m_db, QStringList {QStringLiteral("leads"), QStringLiteral("lead_events")});

    // "detect" looks at the first dated rows before any is parsed.
    QList<ImportRecord> pending;
    if (parser.needsDateSamples()) {
        ImportRecord record;
        qsizetype dated = 0;
        while (dated < 50 && pending.size() < 5000 && next(record)) {
            if (!parser.dateValue(record).isEmpty())
                ++dated;
            pending.append(record);
        }
        parser.detectDates(pending);
    }

    // One thread reads and parses (CSV, dates, phones), this one writes: the two halves of the
    // work overlap.
    BatchQueue<ParsedRow> queue;
    std::thread producer([&] {
        try {
            constexpr size_t batchSize = 1024;
            BatchQueue<ParsedRow>::Batch batch;
            batch.reserve(batchSize);
            const auto add = [&](const ImportRecord &record) {
                batch.push_back({parser.parse(record), reader.bytesRead()});
                if (batch.size() == batchSize) {
                    queue.push(std::move(batch));
                    batch = {};
                    batch.reserve(batchSize);
                }
            };
            for (const ImportRecord &record : std::as_const(pending))
                add(record);
            ImportRecord record;
            while (!queue.stopped() && next(record))
                add(record);
            if (!batch.empty())
                queue.push(std::move(batch));
            queue.finish();
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    const qint64 total = device.isSequential() ? -1 : device.size();
    try {
        for (auto batch = queue.pop(); !batch.empty(); batch = queue.pop()) {
            for (ParsedRow &row : batch)
                writer.write(row.parsed);
            if (progress && !progress(batch.back().bytesRead, total)) {
                result.cancelled = true;
                break;
            }
        }
    } catch (...) {
        queue.stop();
        producer.join();
        throw;
    }
    queue.stop();
    producer.join();
    if (result.cancelled)
        return result; // the transaction rolls back
    if (const std::exception_ptr error = queue.error())
        std::rethrow_exception(error);
    if (reader.error())
        throw readFailed();
    if (progress && !progress(reader.bytesRead(), total)) {
        result.cancelled = true;
        return result;
    }

    if (writer.failed()) {
        result.inserted = result.updated = result.unchanged = result.incomplete = 0;
        return result;
    }
    if (options.dryRun)
        return result;
    if (bulk)
        bulk->finish();
    transaction.commit();
    result.committed = true;
    return result;
}

} // namespace LeadPact
