// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace LeadPact {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{}

std::optional<QJsonObject> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    Sql::exec(q, QCoreApplication::translate("Storage", "read the setting %1").arg(key));
    if (!q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

void SettingsRepository::setValue(const QString &key, const QJsonObject &value, qint64 userId,
                                  const QDateTime &at)
{
    // An upsert both SQLite (3.24+) and PostgreSQL understand.
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO settings (key, value, updated_at, "
                                              "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (key) "
                                              "DO UPDATE SET value = excluded.value, updated_at = "
                                              "excluded.updated_at, updated_by = "
                                              "excluded.updated_by"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    q.addBindValue(Sql::fromTime(at));
    q.addBindValue(userId);
    Sql::exec(q, QCoreApplication::translate("Storage", "save the setting %1").arg(key));
}

} // namespace LeadPact
