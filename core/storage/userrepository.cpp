// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "database.h"
#include "domain/error.h"
#include "sqlvalues.h"

#include <QRegularExpression>

namespace LeadPact {

namespace {

const QString selectUsers = QStringLiteral("SELECT id, login, display_name, role, active FROM users");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromString(q.value(3).toString()).value_or(Role::Manager);
    u.active = q.value(4).toInt() != 0;
    return u;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

qint64 UserRepository::add(const User &user, std::optional<qint64> createdBy, const QDateTime &createdAt)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        throw Error(Error::Kind::Validation,
                    tr("Login \"%1\" is not valid: use 2–64 lowercase letters, digits, dots, "
                       "dashes or underscores (field \"login\").")
                        .arg(user.login));
    }
    if (findByLogin(user.login)) {
        throw Error(Error::Kind::Conflict, tr("Login \"%1\" is already taken.").arg(user.login));
    }
    // Without an author the statement also works on a schema older than version 6 (the
    // migration tests add users at every version).
    const bool recorded = createdBy || createdAt.isValid();
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               recorded ? QStringLiteral("INSERT INTO users (login, display_name, "
                                                         "role, active, created_by, created_at) "
                                                         "VALUES (?, ?, ?, ?, ?, ?)")
                                        : QStringLiteral("INSERT INTO users (login, display_name, "
                                                         "role, active) VALUES (?, ?, ?, ?)"));
    q.addBindValue(user.login);
    q.addBindValue(user.displayName.isEmpty() ? user.login : user.displayName);
    q.addBindValue(roleCode(user.role));
    q.addBindValue(user.active ? 1 : 0);
    if (recorded) {
        q.addBindValue(Sql::fromId(createdBy));
        q.addBindValue(Sql::fromTime(createdAt));
    }
    Sql::exec(q, tr("add user %1").arg(user.login));
    return q.lastInsertId().toLongLong();
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(), selectUsers + QStringLiteral(" WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    Sql::exec(q, tr("find user %1").arg(login));
    if (q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<User> UserRepository::findById(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(), selectUsers + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q, tr("find user %1").arg(id));
    if (q.next())
        return readUser(q);
    return std::nullopt;
}

User UserRepository::requireByLogin(const QString &login) const
{
    if (auto user = findByLogin(login))
        return *user;
    QStringList logins;
    for (const User &user : list())
        logins.append(user.login);
    throw Error(Error::Kind::NotFound, tr("There is no user \"%1\". Known users: %2.")
                                           .arg(login, logins.join(QStringLiteral(", "))));
}

QList<User> UserRepository::list() const
{
    QSqlQuery q = Sql::exec(m_db.connection(), selectUsers + QStringLiteral(" ORDER BY login"));
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

void UserRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    Sql::exec(q, tr("change user %1").arg(id));
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("There is no user with id %1.").arg(id));
}

} // namespace LeadPact
