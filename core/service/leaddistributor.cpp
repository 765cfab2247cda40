// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddistributor.h"

#include "clock.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "domain/role.h"
#include "leadservice.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace LeadPact {

namespace {
const QString settingsKey = QStringLiteral("distribution");
const QString cursorKey = QStringLiteral("distribution_cursor");
} // namespace

LeadDistributor::LeadDistributor(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_settings(db)
{}

LeadDistributor::Settings LeadDistributor::settings() const
{
    Settings result;
    if (const auto stored = m_settings.value(settingsKey)) {
        result.enabled = stored->value(QStringLiteral("enabled")).toBool();
        for (const QJsonValue &id : stored->value(QStringLiteral("on_duty")).toArray())
            result.onDuty.append(id.toInteger());
    }
    return result;
}

void LeadDistributor::setSettings(const Settings &settings, const User &actor)
{
    if (!actor.active || !Permissions::mayReassign(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("Only the head of sales or an administrator may set up lead distribution "
                       "(user %1 is \"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
    UserRepository users(m_db);
    QJsonArray onDuty;
    for (const qint64 id : settings.onDuty) {
        const auto user = users.findById(id);
        if (!user || !user->active || user->role != Role::Manager) {
            throw Error(Error::Kind::Validation,
                        tr("Only active sales managers can be on duty (user id %1).").arg(id));
        }
        onDuty.append(id);
    }
    Transaction transaction(m_db);
    m_settings.setValue(settingsKey,
                        {{QStringLiteral("enabled"), settings.enabled},
                         {QStringLiteral("on_duty"), onDuty}},
                        actor.id, m_clock.now());
    transaction.commit();
}

int LeadDistributor::distribute(const User &actor)
{
    const Settings current = settings();
    if (!current.enabled)
        return 0;
    // Someone deactivated since the settings were saved is skipped, not given leads.
    UserRepository users(m_db);
    QList<qint64> managers;
    for (const qint64 id : current.onDuty) {
        const auto user = users.findById(id);
        if (user && user->active && user->role == Role::Manager)
            managers.append(id);
    }
    if (managers.isEmpty())
        return 0;

    Transaction transaction(m_db);
    LeadFilter waiting;
    waiting.statuses = {LeadStatus::New};
    waiting.unassignedOnly = true;
    const QList<Lead> leads = LeadRepository(m_db).list(waiting, 100000);

    qint64 last = 0;
    if (const auto cursor = m_settings.value(cursorKey))
        last = cursor->value(QStringLiteral("last")).toInteger();
    qsizetype next = (managers.indexOf(last) + 1) % managers.size(); // -1 + 1: start at 0

    LeadService service(m_db, m_clock);
    for (const Lead &lead : leads) {
        last = managers.at(next);
        service.assign(lead.id, last, actor);
        next = (next + 1) % managers.size();
    }
    if (!leads.isEmpty())
        m_settings.setValue(cursorKey, {{QStringLiteral("last"), last}}, actor.id, m_clock.now());
    transaction.commit();
    return int(leads.size());
}

} // namespace LeadPact
