// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace LeadPact::Cli {

class Context;

// export --csv FILE [filters] [--encoding utf-8|windows-1251] [--delimiter ;|,|tab] [--tz ZONE]
int runExport(Context &context);

} // namespace LeadPact::Cli
