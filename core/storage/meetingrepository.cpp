// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QJsonDocument>

namespace LeadPact {

namespace {

const QString itemColumns = QStringLiteral(
    "id, week, kind, position, text, evidence, rule, subject, updated_at, updated_by");
const QString actionColumns = QStringLiteral(
    "id, created_week, text, owner_id, deadline, status, closed_week, created_at, created_by, "
    "updated_at, updated_by");

MeetingItem readItem(const QSqlQuery &q)
{
    MeetingItem item;
    item.id = q.value(0).toLongLong();
    item.week = IsoWeek::parse(q.value(1).toString()).value_or(IsoWeek());
    item.kind = meetingItemKindFromString(q.value(2).toString()).value_or(MeetingItemKind::Note);
    item.position = q.value(3).toInt();
    item.text = q.value(4).toString();
    item.evidence = q.value(5).toString();
    item.rule = q.value(6).toString();
    item.subject = q.value(7).toString();
    item.updatedAt = Sql::toTime(q.value(8));
    item.updatedBy = q.value(9).toLongLong();
    return item;
}

ActionItem readAction(const QSqlQuery &q)
{
    ActionItem item;
    item.id = q.value(0).toLongLong();
    item.createdWeek = IsoWeek::parse(q.value(1).toString()).value_or(IsoWeek());
    item.text = q.value(2).toString();
    item.ownerId = Sql::toId(q.value(3));
    item.deadline = Sql::toDate(q.value(4));
    item.status = actionStatusFromString(q.value(5).toString()).value_or(ActionStatus::Open);
    item.closedWeek = IsoWeek::parse(q.value(6).toString()).value_or(IsoWeek());
    item.createdAt = Sql::toTime(q.value(7));
    item.createdBy = q.value(8).toLongLong();
    item.updatedAt = Sql::toTime(q.value(9));
    item.updatedBy = q.value(10).toLongLong();
    return item;
}

// A text column that is NOT NULL DEFAULT '': a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant weekValue(const IsoWeek &week)
{
    return week.isValid() ? QVariant(week.toString()) : QVariant();
}

} // namespace

MeetingRepository::MeetingRepository(Database &db)
    : m_db(db)
{}

QList<MeetingItem> MeetingRepository::items(const IsoWeek &week, MeetingItemKind kind) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM meeting_items WHERE week = ? AND "
                                              "kind = ? AND removed = 0 ORDER BY position, id")
                                   .arg(itemColumns));
    q.addBindValue(week.toString());
    q.addBindValue(meetingItemKindCode(kind));
    Sql::exec(q, tr("read the meeting notes"));
    QList<MeetingItem> result;
    while (q.next())
        result.append(readItem(q));
    return result;
}

std::optional<MeetingItem> MeetingRepository::item(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM meeting_items WHERE id = ? AND "
                                              "removed = 0")
                                   .arg(itemColumns));
    q.addBindValue(id);
    Sql::exec(q, tr("read the meeting notes"));
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

int MeetingRepository::everCount(const IsoWeek &week, MeetingItemKind kind) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT count(*) FROM meeting_items WHERE week = ? "
                                              "AND kind = ?"));
    q.addBindValue(week.toString());
    q.addBindValue(meetingItemKindCode(kind));
    Sql::exec(q, tr("read the meeting notes"));
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 MeetingRepository::insertItem(const MeetingItem &item)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO meeting_items (week, kind, position, "
                                              "text, evidence, rule, subject, updated_at, "
                                              "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.week.toString());
    q.addBindValue(meetingItemKindCode(item.kind));
    q.addBindValue(item.position);
    q.addBindValue(item.text);
    q.addBindValue(text(item.evidence));
    q.addBindValue(text(item.rule));
    q.addBindValue(text(item.subject));
    q.addBindValue(Sql::fromTime(item.updatedAt));
    q.addBindValue(item.updatedBy);
    Sql::exec(q, tr("save a meeting note"));
    return q.lastInsertId().toLongLong();
}

void MeetingRepository::updateItem(const MeetingItem &item)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE meeting_items SET position = ?, text = ?, "
                                              "evidence = ?, updated_at = ?, updated_by = ? "
                                              "WHERE id = ?"));
    q.addBindValue(item.position);
    q.addBindValue(item.text);
    q.addBindValue(text(item.evidence));
    q.addBindValue(Sql::fromTime(item.updatedAt));
    q.addBindValue(item.updatedBy);
    q.addBindValue(item.id);
    Sql::exec(q, tr("save a meeting note"));
}

void MeetingRepository::markRemoved(qint64 itemId, const QDateTime &at, qint64 userId)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE meeting_items SET removed = 1, "
                                              "updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(Sql::fromTime(at));
    q.addBindValue(userId);
    q.addBindValue(itemId);
    Sql::exec(q, tr("remove a meeting note"));
}

QList<ActionItem> MeetingRepository::actionItemsVisibleIn(const IsoWeek &week) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM action_items WHERE created_week <= ? "
                                              "AND (status = 'open' OR closed_week >= ?) "
                                              "ORDER BY created_week, id")
                                   .arg(actionColumns));
    q.addBindValue(week.toString());
    q.addBindValue(week.toString());
    Sql::exec(q, tr("read the action items"));
    QList<ActionItem> result;
    while (q.next())
        result.append(readAction(q));
    return result;
}

std::optional<ActionItem> MeetingRepository::actionItem(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM action_items WHERE id = ?")
                                   .arg(actionColumns));
    q.addBindValue(id);
    Sql::exec(q, tr("read the action items"));
    if (!q.next())
        return std::nullopt;
    return readAction(q);
}

qint64 MeetingRepository::insertActionItem(const ActionItem &item)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO action_items (created_week, text, "
                                              "owner_id, deadline, status, closed_week, "
                                              "created_at, created_by, updated_at, updated_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.createdWeek.toString());
    q.addBindValue(item.text);
    q.addBindValue(Sql::fromId(item.ownerId));
    q.addBindValue(Sql::fromDate(item.deadline));
    q.addBindValue(actionStatusCode(item.status));
    q.addBindValue(weekValue(item.closedWeek));
    q.addBindValue(Sql::fromTime(item.createdAt));
    q.addBindValue(item.createdBy);
    q.addBindValue(Sql::fromTime(item.updatedAt));
    q.addBindValue(item.updatedBy);
    Sql::exec(q, tr("save an action item"));
    return q.lastInsertId().toLongLong();
}

void MeetingRepository::updateActionItem(const ActionItem &item)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE action_items SET text = ?, owner_id = ?, "
                                              "deadline = ?, status = ?, closed_week = ?, "
                                              "updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(item.text);
    q.addBindValue(Sql::fromId(item.ownerId));
    q.addBindValue(Sql::fromDate(item.deadline));
    q.addBindValue(actionStatusCode(item.status));
    q.addBindValue(weekValue(item.closedWeek));
    q.addBindValue(Sql::fromTime(item.updatedAt));
    q.addBindValue(item.updatedBy);
    q.addBindValue(item.id);
    Sql::exec(q, tr("save an action item"));
}

void MeetingRepository::appendLog(const MeetingChange &change)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO meeting_log (at, actor_id, week, entity, "
                                              "entity_id, change, detail) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Sql::fromTime(change.at));
    q.addBindValue(change.actorId);
    q.addBindValue(change.week.toString());
    q.addBindValue(change.entity);
    q.addBindValue(change.entityId);
    q.addBindValue(change.change);
    q.addBindValue(QString::fromUtf8(QJsonDocument(change.detail).toJson(QJsonDocument::Compact)));
    Sql::exec(q, tr("record a meeting change"));
}

QList<MeetingChange> MeetingRepository::log(const IsoWeek &week) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT at, actor_id, week, entity, entity_id, "
                                              "change, detail FROM meeting_log WHERE week = ? "
                                              "ORDER BY at, id"));
    q.addBindValue(week.toString());
    Sql::exec(q, tr("read the meeting log"));
    QList<MeetingChange> result;
    while (q.next()) {
        MeetingChange change;
        change.at = Sql::toTime(q.value(0));
        change.actorId = q.value(1).toLongLong();
        change.week = IsoWeek::parse(q.value(2).toString()).value_or(IsoWeek());
        change.entity = q.value(3).toString();
        change.entityId = q.value(4).toLongLong();
        change.change = q.value(5).toString();
        change.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        result.append(change);
    }
    return result;
}

} // namespace LeadPact
