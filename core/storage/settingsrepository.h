// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeadPact {

class Database;

// Team-wide settings as JSON documents under a key, with who changed them last and when.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    std::optional<QJsonObject> value(const QString &key) const;
    void setValue(const QString &key, const QJsonObject &value, qint64 userId,
                  const QDateTime &at);

private:
    Database &m_db;
};

} // namespace LeadPact
