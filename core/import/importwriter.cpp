// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "service/leadservice.h"
#include "storage/reasonrepository.h"

namespace LeadPact {

ImportWriter::ImportWriter(Database &db,
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
    , m_checkDuplicates(
          !options.updateExisting
          && (mapping.columnFor(ImportField::Phone) || mapping.columnFor(ImportField::Email)))
    , m_bulk(!options.updateExisting && m_leads.count({}) == 0)
{
    if (m_checkDuplicates) {
        m_duplicates.emplace(db,
                             m_windowDays,
                             m_bulk ? DuplicateFinder::Source::ThisFileOnly
                                    : DuplicateFinder::Source::Database);
    }
    if (options.updateExisting) {
        m_outcomes.emplace(parser,
                           mapping.timeZone,
                           actor,
                           ReasonRepository(db).catalog(),
                           m_now,
                           result.file);
    }
}

void ImportWriter::finishRows()
{
    if (m_duplicates)
        m_duplicates->release();
}

void ImportWriter::write(ImportRowParser::Parsed &parsed)
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

void ImportWriter::reject(const RejectedRow &row)
{
    ++m_result.rejected;
    if (m_result.rejectedRows.size() < ImportResult::maxRejectedDetails)
        m_result.rejectedRows.append(row);
    if (!m_options.partial)
        m_failed = true; // all or nothing: the rest is only checked
}

std::optional<Lead> ImportWriter::existing(const QString &externalId)
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

void ImportWriter::insert(Lead &lead)
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
Lead ImportWriter::withMappedFields(const Lead &before, const Lead &source) const
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

LeadEvent ImportWriter::editedEvent(const Lead &before, const Lead &after) const
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

void ImportWriter::update(const Lead &before, const Lead &source)
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
    if (m_duplicates)
        m_duplicates->changed(before, after);
    m_events.append(event);
    ++m_result.updated;
}

// The owner a row names: its id, a placeholder (-1) for an account still to be created, or
// the reason the row cannot be applied.
std::variant<std::optional<qint64>, RejectedRow> ImportWriter::owner(
    const ImportRowParser::Parsed &parsed)
{
    const QString key = parsed.outcome.owner;
    if (key.isEmpty())
        return std::optional<qint64>();
    const auto rejected = [&](const QString &reason) {
        return RejectedRow {m_result.file,
                            parsed.row,
                            parsed.line,
                            m_parser.headerOf(ImportField::Owner),
                            key,
                            reason};
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

qint64 ImportWriter::createOwner(const QString &key)
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

void ImportWriter::updateExisting(ImportRowParser::Parsed &parsed)
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
    // The row is valid with any new account: create it and plan again with its id.
    if (ownerId == -1) {
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
} // namespace LeadPact
