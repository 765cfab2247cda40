// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadimporter.h"

#include "csvreader.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "common/batchqueue.h"
#include "duplicatefinder.h"
#include "importoutcome.h"
#include "importrowparser.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <thread>
#include <variant>

namespace LeadPact {

namespace {

struct ParsedRow
{
    ImportRowParser::Parsed parsed;
    qint64 bytesRead = 0; // after this row, for progress
};

// Stores parsed rows: inserts new external ids, updates known ones (in update mode: applies
// their outcomes too), tallies the result.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    ImportWriter(Database &db,
                 const LeadService &service,
                 const ImportRowParser &parser,
                 const ImportMapping &mapping,
                 const ImportOptions &options,
                 const User &actor,
                 QDateTime now,
                 ImportResult &result)
        : m_service(service)
        , m_parser(parser)
        , m_mapping(mapping)
        , m_options(options)
        , m_actor(actor)
        , m_now(std::move(now))
        , m_result(result)
        , m_leads(db)
        , m_events(db)
        , m_users(db)
        , m_windowDays(options.duplicateWindowDays.value_or(mapping.duplicateWindowDays))
        , m_checkDuplicates(!options.updateExisting
                            && (mapping.columnFor(ImportField::Phone)
                                || mapping.columnFor(ImportField::Email)))
        , m_bulk(!options.updateExisting && m_leads.count({}) == 0)
    {
        if (m_checkDuplicates) {
            m_duplicates.emplace(db, m_windowDays,
                                 m_bulk ? DuplicateFinder::Source::ThisFileOnly
                                        : DuplicateFinder::Source::Database);
        }
        if (options.updateExisting) {
            m_outcomes.emplace(parser, mapping.timeZone, actor, ReasonRepository(db).catalog(),
                               m_now, result.file);
        }
    }

    bool isBulk() const { return m_bulk; }
    bool failed() const { return m_failed; }
    // Frees what only the rows needed, before the indexes are rebuilt.
    void finishRows()
    {
        if (m_duplicates)
            m_duplicates->release();
    }

    void write(ImportRowParser::Parsed &parsed)
    {
        ++m_result.rows;
        if (parsed.rejected) {
            reject(*parsed.rejected);
            return;
        }
        if (m_options.updateExisting) {
            updateExisting(parsed);
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
    void reject(const RejectedRow &row)
    {
        ++m_result.rejected;
        if (m_result.rejectedRows.size() < ImportResult::maxRejectedDetails)
            m_result.rejectedRows.append(row);
        if (!m_options.partial)
            m_failed = true; // all or nothing: the rest is only checked
    }

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
        QStringList notes;
        if (m_duplicates) {
            if (const std::optional<qint64> earlier = m_duplicates->find(lead)) {
                if (m_options.duplicates == ImportOptions::Duplicates::Skip) {
                    ++m_result.duplicatesSkipped;
                    return;
                }
                lead.possibleDuplicateOf = earlier;
                ++m_result.duplicates;
                notes.append(tr("possible duplicate of lead %1").arg(*earlier));
            }
        }
        lead.id = m_leads.insert(lead);
        if (m_duplicates)
            m_duplicates->remember(lead);
        LeadEvent event;
        event.leadId = lead.id;
        event.at = m_now;
        event.actorId = m_actor.id;
        event.kind = EventKind::Created;
        event.toStatus = LeadStatus::New;
        if (lead.isIncomplete()) {
            notes.prepend(tr("incomplete minimum data, missing: %1")
                              .arg(lead.missingFieldCodes().join(QStringLiteral(", "))));
            ++m_result.incomplete;
        }
        if (!notes.isEmpty())
            event.comment = tr("Imported from %1 with %2").arg(m_result.file, notes.join(u"; "));
        m_events.append(event);
        ++m_result.inserted;
    }

    // Only the mapped fields change; status, owner and history stay as the team left them.
    Lead withMappedFields(const Lead &before, const Lead &source) const
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
                break;
            case ImportField::Phone:
                after.phoneRaw = source.phoneRaw;
                after.phone = source.phone; // normalised by the parser
                break;
            case ImportField::DeclaredMonthlyRevenue:
                after.declaredMonthlyRevenueMinor = source.declaredMonthlyRevenueMinor;
                break;
            default:
                if (!isOutcomeField(column.field))
                    setImportField(after, column.field, importFieldValue(source, column.field));
                break;
            }
        }
        return after;
    }

    LeadEvent editedEvent(const Lead &before, const Lead &after) const
    {
        LeadEvent event;
        event.leadId = after.id;
        event.at = m_now;
        event.actorId = m_actor.id;
        event.kind = EventKind::Edited;
        event.comment = tr("Updated by import of %1").arg(m_result.file);
        event.changes = diffLeads(before, after);
        return event;
    }

    void update(const Lead &before, const Lead &source)
    {
        const Lead after = withMappedFields(before, source);
        if (after.isIncomplete())
            ++m_result.incomplete;
        const LeadEvent event = editedEvent(before, after);
        if (event.changes.isEmpty()) {
            ++m_result.unchanged;
            return;
        }
        m_leads.update(after);
        m_events.append(event);
        ++m_result.updated;
    }

    // The owner a row names: its id, a placeholder (-1) for an account still to be created, or
    // the reason the row cannot be applied.
    std::variant<std::optional<qint64>, RejectedRow> owner(const ImportRowParser::Parsed &parsed)
    {
        const QString key = parsed.outcome.owner;
        if (key.isEmpty())
            return std::optional<qint64>();
        const auto rejected = [&](const QString &reason) {
            return RejectedRow {m_result.file, parsed.row, parsed.line,
                                m_parser.headerOf(ImportField::Owner), key, reason};
        };
        if (const auto known = m_owners.constFind(key); known != m_owners.cend())
            return std::optional<qint64>(*known);
        const std::optional<User> user = m_users.findByLogin(key);
        if (!user) {
            if (!m_mapping.createMissingOwners) {
                return rejected(tr("no user has the login \"%1\" (the preset may create "
                                   "missing owners with \"create_missing_owners\")")
                                    .arg(key));
            }
            return std::optional<qint64>(-1);
        }
        if (!user->active || !isSalesRole(user->role))
            return rejected(tr("user %1 is not an active sales manager").arg(user->login));
        m_owners.insert(key, user->id);
        return std::optional<qint64>(user->id);
    }

    qint64 createOwner(const QString &key)
    {
        User user;
        user.login = key.toLower();
        user.displayName = m_mapping.ownerDisplayName.arg(key.left(8));
        user.role = *m_mapping.createMissingOwners;
        const qint64 id = m_users.add(user, m_actor.id, m_now);
        m_owners.insert(key, id);
        ++m_result.ownersCreated;
        return id;
    }

    void updateExisting(ImportRowParser::Parsed &parsed)
    {
        const Lead &source = *parsed.lead;
        const std::optional<Lead> before = source.externalId.isEmpty()
                                               ? std::nullopt
                                               : m_leads.findByExternalId(source.externalId);
        if (!before) {
            reject({m_result.file,
                    parsed.row,
                    parsed.line,
                    m_parser.headerOf(ImportField::ExternalId),
                    source.externalId,
                    tr("no lead has this external id (an update changes existing leads only)")});
            return;
        }
        const auto resolved = owner(parsed);
        if (const auto *problem = std::get_if<RejectedRow>(&resolved)) {
            reject(*problem);
            return;
        }
        std::optional<qint64> ownerId = std::get<std::optional<qint64>>(resolved);
        const Lead edited = withMappedFields(*before, source);
        OutcomePlan plan = m_outcomes->plan(edited, parsed, ownerId);
        if (plan.rejected) {
            reject(*plan.rejected);
            return;
        }
        if (m_failed)
            return; // only checking now
        if (ownerId == -1) { // valid with any new account: create it and plan again with its id
            ownerId = createOwner(parsed.outcome.owner);
            plan = m_outcomes->plan(edited, parsed, ownerId);
        }
        QList<LeadEvent> events;
        if (LeadEvent edit = editedEvent(*before, edited); !edit.changes.isEmpty()) {
            edit.comment = tr("Imported from %1, row %2").arg(m_result.file).arg(parsed.row);
            events.append(edit);
        }
        events.append(plan.events);
        if (events.isEmpty()) {
            ++m_result.unchanged;
            return;
        }
        m_leads.update(plan.lead);
        for (const LeadEvent &event : std::as_const(events))
            m_events.append(event);
        ++m_result.updated;
        if (plan.outcomeApplied)
            ++m_result.outcomes;
    }

    const LeadService &m_service;
    const ImportRowParser &m_parser;
    const ImportMapping &m_mapping;
    const ImportOptions &m_options;
    const User &m_actor;
    QDateTime m_now;
    ImportResult &m_result;
    LeadRepository m_leads;
    EventRepository m_events;
    UserRepository m_users;
    int m_windowDays = 30;
    bool m_checkDuplicates = false;
    bool m_bulk = false;
    bool m_failed = false;
    QSet<size_t> m_seen; // hashes of external ids inserted by this run (bulk mode)
    std::optional<DuplicateFinder> m_duplicates;
    std::optional<OutcomePlanner> m_outcomes;
    QHash<QString, qint64> m_owners; // owner values of the file -> user ids
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
                           "owner), which only an update applies: import it with --update-by "
                           "external_id.")
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
        result.duplicates = result.duplicatesSkipped = result.outcomes = result.ownersCreated = 0;
        return result;
    }
    writer.finishRows();
    if (options.dryRun)
        return result;
    if (bulk)
        bulk->finish();
    transaction.commit();
    result.committed = true;
    return result;
}

} // namespace LeadPact
