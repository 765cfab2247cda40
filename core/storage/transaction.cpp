// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "domain/error.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QDebug>

namespace LeadPact {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly()) {
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("Storage", "The database %1 is open read-only.")
                        .arg(db.location()));
    }
    if (db.m_transactionDepth == 0) {
        Sql::exec(db.connection(), db.dialect().beginWrite());
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(db.m_transactionDepth);
        Sql::exec(db.connection(), QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        rollback();
    } catch (const Error &error) {
        qWarning() << "rollback failed:" << error.message();
    }
}

void Transaction::commit()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty() && m_db.cancelRequested()) {
        // Stopped from another thread: the destructor rolls back.
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("Storage",
                                                "Stopped before saving: nothing was changed."));
    }
    if (m_savepoint.isEmpty())
        Sql::exec(m_db.connection(), QStringLiteral("COMMIT"));
    else
        Sql::exec(m_db.connection(), QStringLiteral("RELEASE ") + m_savepoint);
    m_active = false;
    --m_db.m_transactionDepth;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_savepoint.isEmpty()) {
        // An interrupted write may have made SQLite roll the whole transaction back already.
        if (m_db.transactionOpen())
            Sql::exec(m_db.connection(), QStringLiteral("ROLLBACK"));
    } else if (m_db.transactionOpen()) {
        Sql::exec(m_db.connection(), QStringLiteral("ROLLBACK TO ") + m_savepoint);
        Sql::exec(m_db.connection(), QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace LeadPact
