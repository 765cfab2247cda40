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
void addSearchIndex(Database &db);              // step 5
void addIncompleteIndexes(Database &db);        // step 6

} // namespace Schema
} // namespace LeadPact
