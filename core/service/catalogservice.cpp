// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogservice.h"

#include "domain/error.h"
#include "domain/permissions.h"
#include "domain/role.h"
#include "storage/transaction.h"

namespace LeadPact {

CatalogService::CatalogService(Database &db)
    : m_db(db)
    , m_reasons(db)
{}

void CatalogService::requireEditor(const User &actor) const
{
    if (!actor.active || !Permissions::mayEditCatalog(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("Only an administrator or the head of sales may edit the reason catalog "
                       "(user %1 is \"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
}

qint64 CatalogService::add(const Reason &reason, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    const qint64 id = m_reasons.add(reason);
    transaction.commit();
    return id;
}

void CatalogService::setArchived(ReasonKind kind, const QString &code, bool archived,
                                 const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    m_reasons.setArchived(kind, code, archived);
    transaction.commit();
}

void CatalogService::rename(ReasonKind kind, const QString &code, const QString &titleRu,
                            const QString &titleEn, const User &actor)
{
    requireEditor(actor);
    m_reasons.rename(kind, code, titleRu, titleEn);
}

void CatalogService::setCommentRequired(ReasonKind kind, const QString &code, bool required,
                                        const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    m_reasons.setCommentRequired(kind, code, required);
    transaction.commit();
}

void CatalogService::reorder(ReasonKind kind, const QStringList &codes, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    int order = 0;
    for (const QString &code : codes)
        m_reasons.setSortOrder(kind, code, 10 * ++order);
    transaction.commit();
}

} // namespace LeadPact
