// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

// leads list …
int runLeadsList(Context &context);
// lead show ID
int runLeadShow(Context &context);
// lead contact|qualify|reject|dispute|confirm|return|won|lost ID --as USER …
int runLeadAction(Context &context, const QString &action);

} // namespace LeadPact::Cli
