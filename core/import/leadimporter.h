// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importmapping.h"
#include "importresult.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QIODevice;

namespace LeadPact {

class Clock;
class Database;
class ImportRowParser;
struct User;

struct ImportOptions
{
    enum class Duplicates { Keep, Skip };

    bool partial = false; // import the valid rows and report the rest (default: all or nothing)
    bool dryRun = false;  // do everything, report, then roll back
    // Update mode (--update-by external_id): every row must name an existing lead, whose mapped
    // fields and outcome (won, owner) it updates; no lead is inserted.
    bool updateExisting = false;
    // A new lead with the phone or e-mail of a recent one: kept and flagged, or not imported.
    Duplicates duplicates = Duplicates::Keep;
    std::optional<int> duplicateWindowDays; // overrides the preset's
};

// Called now and then with the bytes read so far and the file size (-1 when unknown); returning
// false cancels the import and leaves the database as it was.
using ImportProgress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

// Imports leads from a CSV/TSV export through a mapping preset, inside one transaction: a new
// external id inserts a lead (phone normalised, New status, SLA deadline, a Created event); a
// known one updates the mapped fields (with an Edited event only when something changed), so a
// second run of the same file changes nothing. Rows that cannot be read are reported with file,
// row, column and reason; by default one such row leaves the database untouched.
//
// A new lead with the normalised phone or e-mail of a lead that arrived within the duplicate
// window (either side) is a possible duplicate: kept with possible_duplicate_of set to the
// latest such lead, or skipped (see DuplicateFinder).
//
// Update mode (ImportOptions::updateExisting, --update-by external_id) changes existing leads
// only and applies the outcome a row carries (won_at, deal_amount, deal_currency, owner) through
// the state machine with the importing user as the actor (see OutcomePlanner); a row that would
// break a rule is reported, never forced. Decisions, made for outcomes from another CRM:
// - A lead still New or InWork takes the implied legal path: first contact, qualified (need,
//   budget and decision-maker implied by the signed deal), won; one event per step, by the
//   importing user at the import time, whose comment names the file and row.
// - The first contact's time is unknown, so first_contact_at stays NULL (and its kind too):
//   NULL on a lead past New means "time unknown", not "never contacted"; SLA figures must
//   leave such leads out of on-time/late counts rather than invent a time. Nobody takes the
//   lead by that contact; the owner comes from the file, if it names one.
// - The lead keeps the outcome's own times: closed_at and qualified_at are won_at, paid_on is
//   won_at's day in the file's time zone. The amount may be unknown (NULL): metrics count such
//   deals as won with "amount unknown". The seller's declared monthly revenue is kept in its
//   own field, never as the deal amount.
// - Owners are matched by login; the preset's create_missing_owners creates an account per
//   unknown value (recorded as added by the importing user), otherwise the row is rejected.
class LeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    LeadImporter(Database &db, const Clock &clock);

    // Throws Error: Permission (actor may not import), Validation (unreadable file, a mapped
    // column missing from the header, no date format fits), Storage.
    ImportResult import(const QString &path,
                        const ImportMapping &mapping,
                        const ImportOptions &options,
                        const User &actor,
                        const ImportProgress &progress = {});
    // `device` must be open; `fileName` is what reports call it.
    ImportResult import(QIODevice &device,
                        const QString &fileName,
                        const ImportMapping &mapping,
                        const ImportOptions &options,
                        const User &actor,
                        const ImportProgress &progress = {});

private:
    // Refuses a mapping the mode cannot apply, and an actor who may not apply it.
    static void checkMode(const ImportRowParser &parser,
                          const ImportMapping &mapping,
                          const ImportOptions &options,
                          const User &actor,
                          const QString &fileName);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace LeadPact
