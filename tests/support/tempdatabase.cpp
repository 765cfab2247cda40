// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include "storage/migrations.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace LeadPact::Test {

namespace {

User makeUser(UserRepository &users, const char *login, Role role)
{
    User user;
    user.login = QLatin1String(login);
    user.displayName = QLatin1String(login);
    user.role = role;
    user.id = users.add(user);
    return user;
}

} // namespace

TempDatabase::TempDatabase()
    : m_clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC))
{
    reopen();
    Migrations::migrate(*m_db);
    UserRepository users(*m_db);
    Transaction transaction(*m_db);
    manager = makeUser(users, "anna", Role::Manager);
    otherManager = makeUser(users, "boris", Role::Manager);
    head = makeUser(users, "rop", Role::HeadOfSales);
    marketing = makeUser(users, "mark", Role::Marketing);
    admin = makeUser(users, "admin", Role::Admin);
    transaction.commit();
}

void TempDatabase::reopen(Database::Access access)
{
    m_db.reset();
    m_db = Database::openSqlite(path(), access);
}

} // namespace LeadPact::Test
