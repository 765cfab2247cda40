// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingservice.h"

#include "domain/error.h"
#include "domain/permissions.h"
#include "domain/role.h"
#include "service/clock.h"
#include "storage/transaction.h"

#include <QJsonObject>

#include <algorithm>

namespace LeadPact {

namespace {

constexpr int maxTextLength = 2000;

QJsonObject fieldChange(const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

QJsonValue idValue(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

MeetingService::MeetingService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_repository(db)
{}

void MeetingService::requireEditor(const User &actor) const
{
    if (!actor.active || !Permissions::mayEditMeeting(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("Only the head of sales, marketing or an administrator may edit the "
                       "meeting notes (user %1 is \"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
}

MeetingItem MeetingService::requireItem(qint64 itemId) const
{
    std::optional<MeetingItem> item = m_repository.item(itemId);
    if (!item)
        throw Error(Error::Kind::NotFound, tr("There is no meeting note %1.").arg(itemId));
    return *item;
}

ActionItem MeetingService::requireAction(qint64 itemId) const
{
    std::optional<ActionItem> item = m_repository.actionItem(itemId);
    if (!item)
        throw Error(Error::Kind::NotFound, tr("There is no action item %1.").arg(itemId));
    return *item;
}

QString MeetingService::checkedText(const QString &text, const char *field) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("The text is empty (field \"%1\").").arg(QLatin1String(field)));
    }
    if (trimmed.size() > maxTextLength) {
        throw Error(Error::Kind::Validation,
                    tr("The text is %1 characters long; at most %2 fit (field \"%3\").")
                        .arg(trimmed.size())
                        .arg(maxTextLength)
                        .arg(QLatin1String(field)));
    }
    return trimmed;
}

void MeetingService::log(const IsoWeek &week, const char *entity, qint64 entityId,
                         const char *change, const QJsonObject &detail, const User &actor)
{
    MeetingChange entry;
    entry.at = m_clock.now();
    entry.actorId = actor.id;
    entry.week = week;
    entry.entity = QLatin1String(entity);
    entry.entityId = entityId;
    entry.change = QLatin1String(change);
    entry.detail = detail;
    m_repository.appendLog(entry);
}

QList<MeetingItem> MeetingService::items(const IsoWeek &week, MeetingItemKind kind) const
{
    return m_repository.items(week, kind);
}

qint64 MeetingService::addItem(const IsoWeek &week, MeetingItemKind kind, const QString &text,
                               const User &actor, const QString &evidence)
{
    requireEditor(actor);
    if (!week.isValid())
        throw Error(Error::Kind::Validation, tr("No meeting week was given (field \"week\")."));
    MeetingItem item;
    item.week = week;
    item.kind = kind;
    item.text = checkedText(text, "text");
    item.evidence = evidence.trimmed();
    item.updatedAt = m_clock.now();
    item.updatedBy = actor.id;
    Transaction transaction(m_db);
    const QList<MeetingItem> existing = m_repository.items(week, kind);
    item.position = existing.isEmpty() ? 1 : existing.constLast().position + 1;
    const qint64 id = m_repository.insertItem(item);
    log(week, "item", id, "added",
        {{QStringLiteral("kind"), meetingItemKindCode(kind)},
         {QStringLiteral("text"), fieldChange(QJsonValue(), item.text)},
         {QStringLiteral("evidence"), fieldChange(QJsonValue(), item.evidence)}},
        actor);
    transaction.commit();
    return id;
}

void MeetingService::editItem(qint64 itemId, const QString &text, const QString &evidence,
                              const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    MeetingItem item = requireItem(itemId);
    const QString newText = checkedText(text, "text");
    const QString newEvidence = evidence.trimmed();
    QJsonObject detail;
    if (newText != item.text)
        detail.insert(QStringLiteral("text"), fieldChange(item.text, newText));
    if (newEvidence != item.evidence)
        detail.insert(QStringLiteral("evidence"), fieldChange(item.evidence, newEvidence));
    if (detail.isEmpty())
        return;
    item.text = newText;
    item.evidence = newEvidence;
    item.updatedAt = m_clock.now();
    item.updatedBy = actor.id;
    m_repository.updateItem(item);
    log(item.week, "item", itemId, "edited", detail, actor);
    transaction.commit();
}

void MeetingService::removeItem(qint64 itemId, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    const MeetingItem item = requireItem(itemId);
    m_repository.markRemoved(itemId, m_clock.now(), actor.id);
    log(item.week, "item", itemId, "removed",
        {{QStringLiteral("text"), fieldChange(item.text, QJsonValue())}}, actor);
    transaction.commit();
}

void MeetingService::moveItem(qint64 itemId, int index, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    const MeetingItem moved = requireItem(itemId);
    QList<MeetingItem> list = m_repository.items(moved.week, moved.kind);
    const qsizetype from = std::find_if(list.cbegin(), list.cend(),
                                        [&](const MeetingItem &i) { return i.id == itemId; })
                           - list.cbegin();
    const qsizetype to = std::clamp<qsizetype>(index, 0, list.size() - 1);
    if (from == to)
        return;
    list.move(from, to);
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < list.size(); ++i) {
        MeetingItem &item = list[i];
        if (item.position == int(i) + 1)
            continue;
        item.position = int(i) + 1;
        item.updatedAt = now;
        item.updatedBy = actor.id;
        m_repository.updateItem(item);
    }
    log(moved.week, "item", itemId, "edited",
        {{QStringLiteral("position"), fieldChange(qint64(from) + 1, qint64(to) + 1)}}, actor);
    transaction.commit();
}

bool MeetingService::proposeProblems(const IsoWeek &week, const QList<ProblemProposal> &proposals,
                                     const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    if (m_repository.everCount(week, MeetingItemKind::Problem) > 0)
        return false;
    int position = 0;
    const QDateTime now = m_clock.now();
    for (const ProblemProposal &proposal : proposals) {
        MeetingItem item;
        item.week = week;
        item.kind = MeetingItemKind::Problem;
        item.position = ++position;
        item.text = checkedText(proposal.text, "text");
        item.evidence = proposal.evidence;
        item.rule = proposal.rule;
        item.subject = proposal.subject;
        item.updatedAt = now;
        item.updatedBy = actor.id;
        const qint64 id = m_repository.insertItem(item);
        log(week, "item", id, "added",
            {{QStringLiteral("kind"), meetingItemKindCode(item.kind)},
             {QStringLiteral("rule"), item.rule},
             {QStringLiteral("text"), fieldChange(QJsonValue(), item.text)},
             {QStringLiteral("evidence"), fieldChange(QJsonValue(), item.evidence)}},
            actor);
    }
    transaction.commit();
    return position > 0;
}

QList<WeekActionItem> MeetingService::actionItems(const IsoWeek &week, const QDate &today) const
{
    QList<WeekActionItem> result;
    for (const ActionItem &item : m_repository.actionItemsVisibleIn(week)) {
        WeekActionItem entry;
        entry.item = item;
        entry.carriedOver = item.createdWeek < week;
        entry.overdue = item.status == ActionStatus::Open && item.deadline.isValid()
                        && item.deadline < today;
        result.append(entry);
    }
    return result;
}

qint64 MeetingService::addActionItem(const IsoWeek &week, const QString &text,
                                     std::optional<qint64> ownerId, const QDate &deadline,
                                     const User &actor)
{
    requireEditor(actor);
    if (!week.isValid())
        throw Error(Error::Kind::Validation, tr("No meeting week was given (field \"week\")."));
    ActionItem item;
    item.createdWeek = week;
    item.text = checkedText(text, "text");
    item.ownerId = ownerId;
    item.deadline = deadline;
    item.createdAt = item.updatedAt = m_clock.now();
    item.createdBy = item.updatedBy = actor.id;
    Transaction transaction(m_db);
    const qint64 id = m_repository.insertActionItem(item);
    log(week, "action", id, "added",
        {{QStringLiteral("text"), fieldChange(QJsonValue(), item.text)},
         {QStringLiteral("owner_id"), fieldChange(QJsonValue(), idValue(ownerId))},
         {QStringLiteral("deadline"), fieldChange(QJsonValue(), dateValue(deadline))}},
        actor);
    transaction.commit();
    return id;
}

void MeetingService::editActionItem(qint64 itemId, const QString &text,
                                    std::optional<qint64> ownerId, const QDate &deadline,
                                    const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    ActionItem item = requireAction(itemId);
    const QString newText = checkedText(text, "text");
    QJsonObject detail;
    if (newText != item.text)
        detail.insert(QStringLiteral("text"), fieldChange(item.text, newText));
    if (ownerId != item.ownerId)
        detail.insert(QStringLiteral("owner_id"), fieldChange(idValue(item.ownerId), idValue(ownerId)));
    if (deadline != item.deadline)
        detail.insert(QStringLiteral("deadline"), fieldChange(dateValue(item.deadline), dateValue(deadline)));
    if (detail.isEmpty())
        return;
    item.text = newText;
    item.ownerId = ownerId;
    item.deadline = deadline;
    item.updatedAt = m_clock.now();
    item.updatedBy = actor.id;
    m_repository.updateActionItem(item);
    log(item.createdWeek, "action", itemId, "edited", detail, actor);
    transaction.commit();
}

void MeetingService::setActionStatus(qint64 itemId, ActionStatus status,
                                     const IsoWeek &meetingWeek, const User &actor)
{
    Transaction transaction(m_db);
    ActionItem item = requireAction(itemId);
    const bool ownItem = item.ownerId && *item.ownerId == actor.id && actor.active;
    if (!ownItem)
        requireEditor(actor);
    if (item.status == status)
        return;
    if (status != ActionStatus::Open && (!meetingWeek.isValid() || meetingWeek < item.createdWeek)) {
        throw Error(Error::Kind::Validation,
                    tr("Action item %1 was agreed in %2 and cannot be closed in an earlier week "
                       "(%3).")
                        .arg(itemId)
                        .arg(item.createdWeek.toString(), meetingWeek.toString()));
    }
    const QJsonObject detail{
        {QStringLiteral("status"), fieldChange(actionStatusCode(item.status), actionStatusCode(status))}};
    item.status = status;
    item.closedWeek = status == ActionStatus::Open ? IsoWeek() : meetingWeek;
    item.updatedAt = m_clock.now();
    item.updatedBy = actor.id;
    m_repository.updateActionItem(item);
    log(status == ActionStatus::Open ? item.createdWeek : meetingWeek, "action", itemId, "status",
        detail, actor);
    transaction.commit();
}

QList<MeetingChange> MeetingService::history(const IsoWeek &week) const
{
    return m_repository.log(week);
}

} // namespace LeadPact
