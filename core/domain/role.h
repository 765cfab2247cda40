// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace LeadPact {

// What a person does in the SLA. Core permission checks key off this, never off a login.
enum class Role { Manager, HeadOfSales, Marketing, Admin };

inline constexpr std::array<Role, 4> allRoles = {Role::Manager, Role::HeadOfSales,
                                                 Role::Marketing, Role::Admin};

QString roleCode(Role role); // "manager", "head_of_sales", "marketing", "admin"
QString roleTitle(Role role);
std::optional<Role> roleFromString(QStringView text);
bool isSalesRole(Role role);

// A person who logs in (or, in SQLite mode, says who they are).
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Manager;
    bool active = true;
};

} // namespace LeadPact
