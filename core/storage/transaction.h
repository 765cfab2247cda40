// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact {

class Database;

// RAII write transaction: begins on construction (taking the write lock up front), rolls back
// on destruction unless commit() was called. Nested guards become savepoints, so a function
// that needs atomicity can open one whether or not its caller already has.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = true;
};

} // namespace LeadPact
