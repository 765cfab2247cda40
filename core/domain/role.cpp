// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

namespace LeadPact {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::HeadOfSales: return QStringLiteral("head_of_sales");
    case Role::Marketing: return QStringLiteral("marketing");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Manager: return QCoreApplication::translate("Role", "Sales manager");
    case Role::HeadOfSales: return QCoreApplication::translate("Role", "Head of sales");
    case Role::Marketing: return QCoreApplication::translate("Role", "Marketing");
    case Role::Admin: return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

std::optional<Role> roleFromString(QStringView text)
{
    QString normalized = text.trimmed().toString().toLower();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Role role : allRoles) {
        if (normalized == roleCode(role))
            return role;
    }
    if (normalized == QLatin1String("headofsales") || normalized == QLatin1String("rop"))
        return Role::HeadOfSales;
    return std::nullopt;
}

bool isSalesRole(Role role)
{
    return role == Role::Manager || role == Role::HeadOfSales;
}

} // namespace LeadPact
