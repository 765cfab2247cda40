// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyservice.h"

#include "clock.h"
#include "domain/error.h"
#include "domain/permissions.h"
#include "domain/role.h"
#include "storage/transaction.h"

namespace LeadPact {

namespace {
const QString slaPolicyKey = QStringLiteral("sla_policy");
}

PolicyService::PolicyService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_settings(db)
{}

SlaPolicy PolicyService::slaPolicy() const
{
    const auto stored = m_settings.value(slaPolicyKey);
    return stored ? SlaPolicy::fromJson(*stored) : SlaPolicy{};
}

void PolicyService::setSlaPolicy(const SlaPolicy &policy, const User &actor)
{
    if (!actor.active || !Permissions::mayEditPolicy(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("Only an administrator or the head of sales may change the SLA policy "
                       "(user %1 is \"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
    if (const auto problem = policy.problem())
        throw Error(Error::Kind::Validation, *problem);
    Transaction transaction(m_db);
    m_settings.setValue(slaPolicyKey, policy.toJson(), actor.id, m_clock.now());
    transaction.commit();
}

} // namespace LeadPact
