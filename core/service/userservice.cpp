// SPDX-License-Identifier: GPL-3.0-or-later
#include "userservice.h"

#include "domain/error.h"
#include "domain/permissions.h"
#include "storage/transaction.h"

namespace LeadPact {

UserService::UserService(Database &db)
    : m_db(db)
    , m_users(db)
{}

void UserService::requireManager(const User &actor) const
{
    if (!actor.active || !Permissions::mayManageUsers(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("Only an administrator or the head of sales may manage users (user %1 is "
                       "\"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
}

qint64 UserService::add(const User &user, const User &actor)
{
    requireManager(actor);
    Transaction transaction(m_db);
    const qint64 id = m_users.add(user, actor.id, QDateTime::currentDateTimeUtc());
    transaction.commit();
    return id;
}

void UserService::setActive(const QString &login, bool active, const User &actor)
{
    requireManager(actor);
    const User user = m_users.requireByLogin(login);
    Transaction transaction(m_db);
    m_users.setActive(user.id, active);
    transaction.commit();
}

} // namespace LeadPact
