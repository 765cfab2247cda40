// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reason.h"

#include <QCoreApplication>
#include <QHash>

namespace LeadPact {

class Database;

// Stores the rejection and loss catalogs. There is no delete: a reason in use is archived (the
// database refuses deleting one anyway).
class ReasonRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReasonRepository)

public:
    explicit ReasonRepository(Database &db);

    ReasonCatalog catalog() const;
    // Adds a reason at the end of its catalog; throws Error(Validation|Conflict).
    qint64 add(const Reason &reason);
    void setArchived(ReasonKind kind, const QString &code, bool archived);
    void rename(ReasonKind kind, const QString &code, const QString &titleRu,
                const QString &titleEn);
    void setCommentRequired(ReasonKind kind, const QString &code, bool required);
    void setSortOrder(ReasonKind kind, const QString &code, int sortOrder);
    // How many leads carry each reason now (by reason id).
    QHash<qint64, qint64> usageCounts() const;

private:
    void updateOne(const QString &assignment, const QVariant &value, ReasonKind kind,
                   const QString &code);

    Database &m_db;
};

} // namespace LeadPact
