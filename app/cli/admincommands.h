// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact::Cli {

class Context;

int runInit(Context &context);
// reasons list|add|archive|unarchive
int runReasons(Context &context, const QString &verb);
// users list|add
int runUsers(Context &context, const QString &verb);

} // namespace LeadPact::Cli
