// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/slapolicy.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace LeadPact {

class Clock;
class Database;
struct User;

// The team's SLA policy, kept in the database; admin and the head of sales may change it.
class PolicyService
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)

public:
    PolicyService(Database &db, const Clock &clock);

    // The stored policy, or the default (15 minutes, Mon–Fri 09–18 Moscow) when none is set.
    SlaPolicy slaPolicy() const;
    void setSlaPolicy(const SlaPolicy &policy, const User &actor);

private:
    Database &m_db;
    const Clock &m_clock;
    SettingsRepository m_settings;
};

} // namespace LeadPact
