// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace LeadPact::Cli {

class Context;

// demo --leads N [--seed S] [--weeks W] [--end DATE]
int runDemo(Context &context);

} // namespace LeadPact::Cli
