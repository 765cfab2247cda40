// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/userrepository.h"

#include <QCoreApplication>

namespace LeadPact {

class Database;

// Adds and deactivates team members; only admin and the head of sales may.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Database &db);

    QList<User> list() const { return m_users.list(); }
    User requireByLogin(const QString &login) const { return m_users.requireByLogin(login); }
    qint64 add(const User &user, const User &actor);
    void setActive(const QString &login, bool active, const User &actor);

private:
    void requireManager(const User &actor) const;

    Database &m_db;
    UserRepository m_users;
};

} // namespace LeadPact
