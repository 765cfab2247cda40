// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QList>

namespace LeadPact {

class Clock;
class Database;
struct User;

// Hands new unassigned leads to the managers on duty in turn, so no lead waits for someone to
// pick it and nobody cherry-picks the hot ones. On/off and who is on duty are team settings.
class LeadDistributor
{
    Q_DECLARE_TR_FUNCTIONS(LeadDistributor)

public:
    struct Settings
    {
        bool enabled = false;
        QList<qint64> onDuty; // user ids, in rotation order
        bool operator==(const Settings &other) const = default;
    };

    LeadDistributor(Database &db, const Clock &clock);

    Settings settings() const;
    // Head of sales and admin only; only active managers may be on duty.
    void setSettings(const Settings &settings, const User &actor);

    // Gives every unassigned New lead, most urgent first, to the managers on duty in turn,
    // continuing the rotation where the last run stopped. Each assignment is an Assigned event
    // by `actor` (the system account when it runs automatically). Returns how many leads were
    // assigned; 0 when distribution is off or nobody is on duty.
    int distribute(const User &actor);

private:
    Database &m_db;
    const Clock &m_clock;
    SettingsRepository m_settings;
};

} // namespace LeadPact
