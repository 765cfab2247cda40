// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

// metrics --from DATE --to DATE [--preset week|month|quarter] [--channel C] [--campaign X]
//         [--manager LOGIN] [--json]
int runMetrics(Context &context);
// spend set --channel C --month YYYY-MM --amount N [--currency RUB] --as USER
// spend remove --channel C --month YYYY-MM [--currency RUB] --as USER
// spend list [--json]
int runSpend(Context &context, const QString &verb);

} // namespace LeadPact::Cli
