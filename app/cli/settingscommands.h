// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

// policy show | policy set FILE.json --as USER
int runPolicy(Context &context, const QString &verb);
// distribution show | distribution set --on|--off [--managers a,b] --as USER | distribution run
int runDistribution(Context &context, const QString &verb);

} // namespace LeadPact::Cli
