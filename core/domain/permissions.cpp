// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "lead.h"

namespace LeadPact {

bool Permissions::roleMay(Role role, LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact:
    case LeadAction::Qualify:
    case LeadAction::Reject:
    case LeadAction::MarkWon:
    case LeadAction::MarkLost:
        return isSalesRole(role);
    case LeadAction::Dispute:
        return role == Role::Marketing;
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        return role == Role::HeadOfSales;
    }
    return false;
}

std::optional<QString> Permissions::refusal(const User &user, LeadAction action, const Lead &lead)
{
    if (!user.active)
        return tr("User %1 is deactivated and may not change leads.").arg(user.login);
    if (!roleMay(user.role, action)) {
        return tr("A user with the role \"%1\" may not perform \"%2\" (user %3).")
            .arg(roleTitle(user.role), actionTitle(action), user.login);
    }
    if (user.role == Role::Manager && lead.ownerId && *lead.ownerId != user.id) {
        return tr("Lead %1 belongs to another manager; %2 may not perform \"%3\" on it.")
            .arg(lead.id)
            .arg(user.login, actionTitle(action));
    }
    return std::nullopt;
}

bool Permissions::mayEditCatalog(Role role)
{
    return role == Role::Admin || role == Role::HeadOfSales;
}

bool Permissions::mayManageUsers(Role role)
{
    return role == Role::Admin || role == Role::HeadOfSales;
}

bool Permissions::mayReassign(Role role)
{
    return role == Role::HeadOfSales || role == Role::Admin;
}

bool Permissions::mayEditPolicy(Role role)
{
    return role == Role::Admin || role == Role::HeadOfSales;
}

bool Permissions::mayImport(Role role)
{
    return role == Role::Admin || role == Role::Marketing || role == Role::HeadOfSales;
}

bool Permissions::mayEditMeeting(Role role)
{
    return role == Role::Admin || role == Role::Marketing || role == Role::HeadOfSales;
}

} // namespace LeadPact
