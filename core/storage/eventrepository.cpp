// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace LeadPact {

EventRepository::EventRepository(Database &db)
    : m_db(db)
{}

qint64 EventRepository::append(const LeadEvent &e)
{
    if (!m_append) {
        m_append.emplace(m_db, QStringLiteral("INSERT INTO lead_events (lead_id, at, actor_id, "
                                               "kind, from_status, to_status, reason_id, "
                                               "comment, changes, undoes_event_id) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    Statement &q = *m_append;
    // Typed binds: an import appends a Created event per lead, a million in the benchmark.
    int position = 0;
    const auto text = [&](const QString &value) { // empty -> NULL
        if (value.isEmpty())
            q.bindNull(++position);
        else
            q.bindText(++position, value);
    };
    const auto id = [&](const std::optional<qint64> &value) {
        if (value)
            q.bindInteger(++position, *value);
        else
            q.bindNull(++position);
    };
    q.bindInteger(++position, e.leadId);
    if (e.at.isValid())
        q.bindInteger(++position, e.at.toSecsSinceEpoch());
    else
        q.bindNull(++position);
    q.bindInteger(++position, e.actorId);
    q.bindText(++position, eventKindCode(e.kind));
    text(e.fromStatus ? statusCode(*e.fromStatus) : QString());
    text(e.toStatus ? statusCode(*e.toStatus) : QString());
    id(e.reasonId);
    text(e.comment);
    text(e.changes.isEmpty()
             ? QString()
             : QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)));
    id(e.undoesEventId);
    q.exec([&e] {
        return QCoreApplication::translate("Storage", "record the history of lead %1").arg(e.leadId);
    });
    return q.lastInsertId();
}

namespace {

const QString selectEvents = QStringLiteral("SELECT id, lead_id, at, actor_id, kind, from_status, "
                                            "to_status, reason_id, comment, changes, "
                                            "undoes_event_id FROM lead_events");

LeadEvent readEvent(const QSqlQuery &q)
{
    LeadEvent e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toLongLong();
    e.at = Sql::toTime(q.value(2));
    e.actorId = q.value(3).toLongLong();
    e.kind = eventKindFromString(q.value(4).toString()).value_or(EventKind::Edited);
    if (!q.value(5).isNull())
        e.fromStatus = statusFromString(q.value(5).toString());
    if (!q.value(6).isNull())
        e.toStatus = statusFromString(q.value(6).toString());
    e.reasonId = Sql::toId(q.value(7));
    e.comment = q.value(8).toString();
    e.changes = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.undoesEventId = Sql::toId(q.value(10));
    return e;
}

} // namespace

QList<LeadEvent> EventRepository::forLead(qint64 leadId) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               selectEvents + QStringLiteral(" WHERE lead_id = ? ORDER BY at, id"));
    q.addBindValue(leadId);
    Sql::exec(q, QCoreApplication::translate("Storage", "read the history of lead %1").arg(leadId));
    QList<LeadEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

std::optional<LeadEvent> EventRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(), selectEvents + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q, QCoreApplication::translate("Storage", "read event %1").arg(id));
    if (q.next())
        return readEvent(q);
    return std::nullopt;
}

qint64 EventRepository::latestIdForLead(qint64 leadId) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT max(id) FROM lead_events WHERE lead_id = ?"));
    q.addBindValue(leadId);
    Sql::exec(q, QCoreApplication::translate("Storage", "read the history of lead %1").arg(leadId));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 EventRepository::count() const
{
    QSqlQuery q = Sql::exec(m_db.connection(), QStringLiteral("SELECT count(*) FROM lead_events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace LeadPact
