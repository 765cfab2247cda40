// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace LeadPact {

class Database;

// The schema, one function per migration step. Released steps are never edited: a change is
// a new step.
namespace Schema {

void createCore(Database &db);                  // step 1
void addSettingsAndReportIndexes(Database &db); // step 2
void addSearchKey(Database &db);                // step 3
void addUrgencyIndex(Database &db);             // step 4
void addFirstContactWorkTime(Database &db);     // step 5
void addMarketingSpend(Database &db);           // step 6
void addMetricsIndex(Database &db);             // step 7
// A won lead needs its payment date and close time; the amount only when known (outcomes
// imported from another CRM may lack it). Rebuilds the leads table in SQLite.
void relaxWonNeedsPayment(Database &db);        // step 8
void addImportColumns(Database &db);            // step 9
void addSearchIndex(Database &db);              // step 10
void addMeetingNotes(Database &db);             // step 11
void addDailyReportIndex(Database &db);         // step 12
void addIncompleteIndexes(Database &db);        // step 13
// The campaign registry and its log; leads get a promo code and the campaign they are
// attributed to.
void addCampaigns(Database &db);                // step 14

// Not a step: the phone and e-mail indexes the duplicate check of an import needs, created on
// first need (inside the caller's write transaction).
void ensureContactIndexes(Database &db);

} // namespace Schema
} // namespace LeadPact
