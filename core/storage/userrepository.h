// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace LeadPact {

class Database;

// The team: who may log in and with which role.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db);

    // Adds a user and returns the id; throws Error(Validation) on a bad login, Error(Conflict)
    // when the login is taken.
    // `createdBy` and `createdAt` record who added the account and when.
    qint64 add(const User &user,
               std::optional<qint64> createdBy = std::nullopt,
               const QDateTime &createdAt = {});
    std::optional<User> findByLogin(const QString &login) const;
    std::optional<User> findById(qint64 id) const;
    // Throws Error(NotFound) listing the known logins.
    User requireByLogin(const QString &login) const;
    QList<User> list() const;
    void setActive(qint64 id, bool active);

private:
    Database &m_db;
};

} // namespace LeadPact
