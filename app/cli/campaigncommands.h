// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

// campaign add --name NAME [fields…] --as USER | campaign edit ID|NAME [fields…] --as USER |
// campaign list [--all] | campaign show ID|NAME | campaign attribute ID|NAME --as USER
int runCampaign(Context &context, const QString &verb);

} // namespace LeadPact::Cli
