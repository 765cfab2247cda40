// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"

#include <QSqlQuery>

#include <optional>

namespace LeadPact {

class Database;

// Finds an earlier lead with the same normalised phone or e-mail that arrived within a window
// of days before or after the new one: a possible duplicate (the same person asking twice, or
// two forms catching one request). Looked up through the partial phone and e-mail indexes, so
// rows inserted earlier in the same transaction count too.
class DuplicateFinder
{
public:
    DuplicateFinder(Database &db, int windowDays);

    // The id of the earliest such lead, if any.
    std::optional<qint64> find(const Lead &lead);

    // For a load into an empty table whose indexes are rebuilt at the end (BulkLoad): flags
    // every lead with an earlier lead of the same phone or e-mail in the window, in one pass
    // over the rebuilt indexes. Returns how many leads it flagged.
    static qint64 flagAll(Database &db, int windowDays);

private:
    std::optional<qint64> lookup(QSqlQuery &query, const QString &key, const QDateTime &at);

    qint64 m_windowSeconds;
    QSqlQuery m_byPhone;
    QSqlQuery m_byEmail;
};

} // namespace LeadPact
