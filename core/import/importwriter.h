// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "duplicatefinder.h"
#include "importoutcome.h"
#include "importrowparser.h"
#include "leadimporter.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <variant>

namespace LeadPact {

class LeadService;

// LeadImporter's writing half: stores parsed rows in the open transaction — inserts new
// external ids (flagging possible duplicates), updates known ones, and in update mode applies
// their outcomes through OutcomePlanner — and tallies the result.
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
                 ImportResult &result);

    // Into an empty table: the caller may drop the indexes until the end (BulkLoad).
    bool isBulk() const { return m_bulk; }
    // A row was rejected in all-or-nothing mode: the rest is only checked.
    bool failed() const { return m_failed; }
    // Frees what only the rows needed, before the indexes are rebuilt.
    void finishRows();

    void write(ImportRowParser::Parsed &parsed);

private:
    void reject(const RejectedRow &row);
    std::optional<Lead> existing(const QString &externalId);
    void insert(Lead &lead);
    Lead withMappedFields(const Lead &before, const Lead &source) const;
    LeadEvent editedEvent(const Lead &before, const Lead &after) const;
    void update(const Lead &before, const Lead &source);
    std::variant<std::optional<qint64>, RejectedRow> owner(const ImportRowParser::Parsed &parsed);
    qint64 createOwner(const QString &key);
    void updateExisting(ImportRowParser::Parsed &parsed);

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

} // namespace LeadPact
