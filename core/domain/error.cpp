// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace LeadPact {

Error::Error(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{}

} // namespace LeadPact
