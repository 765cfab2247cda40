// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadfilter.h"

#include <QString>

class QCommandLineParser;

namespace LeadPact {
class Database;
}

namespace LeadPact::Cli {

class Context;

// The lead filter options shared by `leads list` and `export`: --status, --owner, --channel,
// --incomplete, --newest.
void addFilterOptions(QCommandLineParser &parser);
// Throws UsageError for an unknown status, Error(NotFound) for an unknown owner.
LeadFilter filterFromOptions(const QCommandLineParser &parser, Database &db);

// leads list …
int runLeadsList(Context &context);
// lead show ID
int runLeadShow(Context &context);
// lead contact|qualify|reject|dispute|confirm|return|won|lost ID --as USER …
int runLeadAction(Context &context, const QString &action);

} // namespace LeadPact::Cli
