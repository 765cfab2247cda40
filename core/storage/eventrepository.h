// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/leadevent.h"
#include "statement.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace LeadPact {

class Database;

// Appends to and reads the lead event log. There is deliberately no update or delete: the
// database refuses both anyway.
class EventRepository
{
public:
    explicit EventRepository(Database &db);

    qint64 append(const LeadEvent &event);
    QList<LeadEvent> forLead(qint64 leadId) const;
    std::optional<LeadEvent> find(qint64 id) const;
    qint64 latestIdForLead(qint64 leadId) const; // 0 when the lead has none
    qint64 count() const;

private:
    Database &m_db;
    std::optional<Statement> m_append;
};

} // namespace LeadPact
