// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadaction.h"
#include "role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace LeadPact {

struct Lead;

// Who may do what. The one place the core answers "is this person allowed?": only sales
// reject, only marketing disputes, only the head of sales decides a dispute, only admin and the
// head of sales edit the catalog.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Whether the role may ever perform the action.
    static bool roleMay(Role role, LeadAction action);
    // Why this user may not perform the action on this lead, or nothing when allowed. A manager
    // works on their own leads and on unassigned ones (logging contact takes the lead).
    static std::optional<QString> refusal(const User &user, LeadAction action, const Lead &lead);

    static bool mayEditCatalog(Role role);
    static bool mayManageUsers(Role role);
    static bool mayReassign(Role role);
    static bool mayEditPolicy(Role role);
    static bool mayImport(Role role);
    // The weekly sync's notes: problems, ideas, action items (a manager may close their own).
    static bool mayEditMeeting(Role role);
};

} // namespace LeadPact
