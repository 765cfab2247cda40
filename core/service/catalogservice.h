// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reason.h"
#include "storage/reasonrepository.h"

#include <QCoreApplication>

namespace LeadPact {

class Database;
struct User;

// Edits the rejection and loss catalogs; only admin and the head of sales may.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Database &db);

    ReasonCatalog catalog() const { return m_reasons.catalog(); }
    QHash<qint64, qint64> usageCounts() const { return m_reasons.usageCounts(); }

    qint64 add(const Reason &reason, const User &actor);
    void setArchived(ReasonKind kind, const QString &code, bool archived, const User &actor);
    void rename(ReasonKind kind, const QString &code, const QString &titleRu,
                const QString &titleEn, const User &actor);
    void setCommentRequired(ReasonKind kind, const QString &code, bool required,
                            const User &actor);
    // Puts the reasons of one catalog in the given order of codes.
    void reorder(ReasonKind kind, const QStringList &codes, const User &actor);

private:
    void requireEditor(const User &actor) const;

    Database &m_db;
    ReasonRepository m_reasons;
};

} // namespace LeadPact
