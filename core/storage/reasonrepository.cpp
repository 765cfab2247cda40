// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonrepository.h"

#include "database.h"
#include "domain/error.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QRegularExpression>

namespace LeadPact {

ReasonRepository::ReasonRepository(Database &db)
    : m_db(db)
{}

ReasonCatalog ReasonRepository::catalog() const
{
    QSqlQuery q = Sql::exec(m_db.connection(),
                            QStringLiteral("SELECT id, kind, code, title_ru, title_en, "
                                           "comment_required, archived, sort_order FROM reasons"));
    QList<Reason> reasons;
    while (q.next()) {
        Reason r;
        r.id = q.value(0).toLongLong();
        r.kind = reasonKindFromString(q.value(1).toString()).value_or(ReasonKind::Rejection);
        r.code = q.value(2).toString();
        r.titleRu = q.value(3).toString();
        r.titleEn = q.value(4).toString();
        r.commentRequired = q.value(5).toInt() != 0;
        r.archived = q.value(6).toInt() != 0;
        r.sortOrder = q.value(7).toInt();
        reasons.append(r);
    }
    return ReasonCatalog(reasons);
}

qint64 ReasonRepository::add(const Reason &reason)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    if (!codePattern.match(reason.code).hasMatch()) {
        throw Error(Error::Kind::Validation,
                    tr("Reason code \"%1\" is not valid: use 2–64 lowercase Latin letters, digits "
                       "and underscores, starting with a letter (field \"code\").")
                        .arg(reason.code));
    }
    if (reason.titleRu.trimmed().isEmpty() || reason.titleEn.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Reason \"%1\" needs both a Russian and an English title (fields "
                       "\"title_ru\", \"title_en\").")
                        .arg(reason.code));
    }
    const ReasonCatalog current = catalog();
    if (current.find(reason.kind, reason.code)) {
        throw Error(Error::Kind::Conflict,
                    tr("The %1 catalog already has a reason \"%2\".")
                        .arg(reasonKindCode(reason.kind), reason.code));
    }
    int last = 0;
    for (const Reason &r : current.all()) {
        if (r.kind == reason.kind)
            last = std::max(last, r.sortOrder);
    }
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO reasons (kind, code, title_ru, "
                                              "title_en, comment_required, archived, sort_order) "
                                              "VALUES (?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(reasonKindCode(reason.kind));
    q.addBindValue(reason.code);
    q.addBindValue(reason.titleRu.trimmed());
    q.addBindValue(reason.titleEn.trimmed());
    q.addBindValue(reason.commentRequired ? 1 : 0);
    q.addBindValue(reason.sortOrder > 0 ? reason.sortOrder : last + 10);
    Sql::exec(q, tr("add reason %1").arg(reason.code));
    return q.lastInsertId().toLongLong();
}

void ReasonRepository::updateOne(const QString &assignment, const QVariant &value,
                                 ReasonKind kind, const QString &code)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE reasons SET %1 WHERE kind = ? AND code = ?")
                                   .arg(assignment));
    q.addBindValue(value);
    q.addBindValue(reasonKindCode(kind));
    q.addBindValue(code);
    Sql::exec(q, tr("change reason %1").arg(code));
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound, tr("The %1 catalog has no reason \"%2\". Known: %3.")
                                               .arg(reasonKindCode(kind), code,
                                                    catalog().activeCodes(kind).join(
                                                        QStringLiteral(", "))));
    }
}

void ReasonRepository::setArchived(ReasonKind kind, const QString &code, bool archived)
{
    updateOne(QStringLiteral("archived = ?"), archived ? 1 : 0, kind, code);
}

void ReasonRepository::rename(ReasonKind kind, const QString &code, const QString &titleRu,
                              const QString &titleEn)
{
    if (titleRu.trimmed().isEmpty() || titleEn.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Reason \"%1\" needs both a Russian and an English title.").arg(code));
    }
    Transaction transaction(m_db);
    updateOne(QStringLiteral("title_ru = ?"), titleRu.trimmed(), kind, code);
    updateOne(QStringLiteral("title_en = ?"), titleEn.trimmed(), kind, code);
    transaction.commit();
}

void ReasonRepository::setCommentRequired(ReasonKind kind, const QString &code, bool required)
{
    updateOne(QStringLiteral("comment_required = ?"), required ? 1 : 0, kind, code);
}

void ReasonRepository::setSortOrder(ReasonKind kind, const QString &code, int sortOrder)
{
    updateOne(QStringLiteral("sort_order = ?"), sortOrder, kind, code);
}

QHash<qint64, qint64> ReasonRepository::usageCounts() const
{
    QSqlQuery q = Sql::exec(m_db.connection(),
                            QStringLiteral("SELECT reason_id, count(*) FROM ("
                                           "SELECT rejection_reason_id AS reason_id FROM leads "
                                           "WHERE rejection_reason_id IS NOT NULL UNION ALL "
                                           "SELECT loss_reason_id FROM leads WHERE "
                                           "loss_reason_id IS NOT NULL) AS used "
                                           "GROUP BY reason_id"));
    QHash<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

} // namespace LeadPact
