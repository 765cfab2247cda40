// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadimporter.h"

#include "campaigns/campaignattributor.h"
#include "csvreader.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "importrowparser.h"
#include "importwriter.h"
#include "orderedpipeline.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <thread>
#include <vector>

namespace LeadPact {

namespace {

struct ReadRecord
{
    ImportRecord record;
    qint64 bytesRead = 0; // after this record, for progress
};

struct ParsedRow
{
    ImportRowParser::Parsed parsed;
    qint64 bytesRead = 0; // after this row, for progress
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

void LeadImporter::checkMode(const ImportRowParser &parser,
                             const ImportMapping &mapping,
                             const ImportOptions &options,
                             const User &actor,
                             const QString &fileName)
{
    if (!options.updateExisting) {
        if (parser.hasOutcomes()) {
            throw Error(Error::Kind::Validation,
                        tr("%1: the mapping sets outcomes (won_at, deal_amount, deal_currency, "
                           "owner, lost_at, loss_reason, loss_comment), which only an update "
                           "applies: import it with --update-by external_id.")
                            .arg(fileName));
        }
        return;
    }
    if (parser.headerOf(ImportField::ExternalId).isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("%1: an update finds leads by external id, but the mapping has no "
                       "external_id column.")
                        .arg(fileName));
    }
    const auto refuse = [&](const QString &what) {
        return Error(Error::Kind::Permission,
                     tr("A user with the role \"%1\" may not %2 (user %3).")
                         .arg(roleTitle(actor.role), what, actor.login));
    };
    if (!parser.headerOf(ImportField::WonAt).isEmpty()
        && !Permissions::roleMay(actor.role, LeadAction::MarkWon))
        throw refuse(tr("import won deals"));
    if (!parser.headerOf(ImportField::LostAt).isEmpty()
        && !Permissions::roleMay(actor.role, LeadAction::MarkLost))
        throw refuse(tr("import lost deals"));
    if (parser.headerOf(ImportField::LostAt).isEmpty()
        && (!parser.headerOf(ImportField::LossReason).isEmpty()
            || !parser.headerOf(ImportField::LossComment).isEmpty())) {
        throw Error(Error::Kind::Validation,
                    tr("%1: the mapping has a loss reason or comment column but no lost_at "
                       "column: a loss needs its date.")
                        .arg(fileName));
    }
    if (!parser.headerOf(ImportField::Owner).isEmpty()) {
        if (!Permissions::mayReassign(actor.role))
            throw refuse(tr("import lead owners"));
        if (mapping.createMissingOwners && !Permissions::mayManageUsers(actor.role))
            throw refuse(tr("create accounts for missing owners"));
    }
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
    const qint64 eventsBefore = CampaignAttributor::lastEventId(m_db); // campaigns, below
    const LeadService service(m_db, m_clock);
    ImportRowParser parser(mapping, header, fileName, service);
    checkMode(parser, mapping, options, actor, fileName);
    ImportWriter writer(m_db, service, parser, mapping, options, actor, m_clock.now(), result);
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

    // One thread reads the file, as many as there are cores parse it (dates, phones: the
    // costly part), and this one writes the rows in file order: the halves of the work overlap.
    constexpr size_t batchSize = 512;
    OrderedPipeline<ReadRecord, ParsedRow> pipeline(8);
    // However this function leaves, the threads stop before what they use goes away.
    struct Threads
    {
        OrderedPipeline<ReadRecord, ParsedRow> &pipeline;
        std::vector<std::thread> threads;
        void join()
        {
            pipeline.stop();
            for (std::thread &thread : threads) {
                if (thread.joinable())
                    thread.join();
            }
        }
        ~Threads() { join(); }
    } threads {pipeline, {}};
    threads.threads.emplace_back([&] {
        try {
            std::vector<ReadRecord> batch;
            batch.reserve(batchSize);
            const auto add = [&](ImportRecord record, qint64 bytesRead) {
                batch.push_back({std::move(record), bytesRead});
                if (batch.size() < batchSize)
                    return true;
                const bool more = pipeline.push(std::move(batch));
                batch = {};
                batch.reserve(batchSize);
                return more;
            };
            bool more = true;
            for (ImportRecord &record : pending) {
                if (!(more = add(std::move(record), reader.bytesRead())))
                    break;
            }
            pending.clear();
            ImportRecord record;
            while (more && next(record))
                more = add(std::move(record), reader.bytesRead());
            if (more && !batch.empty())
                pipeline.push(std::move(batch));
            pipeline.finishInput();
        } catch (...) {
            pipeline.fail(std::current_exception());
        }
    });
    const unsigned parserCount = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    for (unsigned i = 0; i < parserCount; ++i) {
        threads.threads.emplace_back([&pipeline, parser]() mutable {
            try {
                parser.useOwnTimeZone();
                while (auto job = pipeline.take()) {
                    std::vector<ParsedRow> rows;
                    rows.reserve(job->items.size());
                    for (const ReadRecord &read : job->items)
                        rows.push_back({parser.parse(read.record), read.bytesRead});
                    pipeline.deliver(job->sequence, std::move(rows));
                }
            } catch (...) {
                pipeline.fail(std::current_exception());
            }
        });
    }
    const qint64 total = device.isSequential() ? -1 : device.size();
    for (auto batch = pipeline.next(); !batch.empty(); batch = pipeline.next()) {
        for (ParsedRow &row : batch)
            writer.write(row.parsed);
        if (progress && !progress(batch.back().bytesRead, total)) {
            result.cancelled = true;
            break;
        }
        pipeline.recycle(std::move(batch));
    }
    threads.join();
    if (result.cancelled)
        return result; // the transaction rolls back
    if (const std::exception_ptr error = pipeline.error())
        std::rethrow_exception(error);
    if (reader.error())
        throw readFailed();
    if (progress && !progress(reader.bytesRead(), total)) {
        result.cancelled = true;
        return result;
    }

    if (writer.failed()) {
        result.inserted = result.updated = result.unchanged = result.incomplete = 0;
        result.duplicates = result.duplicatesSkipped = result.outcomes = result.ownersCreated = 0;
        return result;
    }
    writer.finishRows();
    // One set-based pass attributes the rows this import wrote to registry campaigns (a dry
    // run too, so its counts say how many would be; the rollback takes them back).
    result.attributed = CampaignAttributor(m_db, service.slaPolicy().calendar.timeZone())
                            .attributeTouched(eventsBefore, actor, m_clock.now());
    if (options.dryRun)
        return result;
    if (bulk)
        bulk->finish();
    transaction.commit();
    result.committed = true;
    return result;
}

} // namespace LeadPact
