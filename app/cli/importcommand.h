// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace LeadPact::Cli {

class Context;

// import FILE --mapping PRESET.json [--update-by external_id] [--dry-run] [--partial]
//        [--errors FILE.csv] --as USER
int runImport(Context &context);

} // namespace LeadPact::Cli
