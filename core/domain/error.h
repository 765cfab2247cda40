// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace LeadPact {

// The one error type of the core. Every refused operation and every failed storage call throws
// it, carrying a translated message that names what is wrong and where, ready to show a user.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        Validation, // bad input: a missing or malformed field
        Permission, // the user's role does not allow the action
        Transition, // the status state machine refuses the change
        NotFound,   // no such lead, user, reason…
        Conflict,   // someone else changed the record first, or a unique key clash
        Locked,     // the database file is held for writing by another process
        Storage,    // the database refused or failed
    };

    Error(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace LeadPact
