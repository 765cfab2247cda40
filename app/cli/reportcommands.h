// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

// report daily [--date DATE] [--xlsx FILE]   (on screen, as text or --json, without a file)
int runReport(Context &context, const QString &verb);

} // namespace LeadPact::Cli
