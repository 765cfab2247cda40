// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcenter.h"

#include "domain/error.h"
#include "service/clock.h"
#include "sladisplay.h"
#include "storage/leadrepository.h"

namespace LeadPact {

AlertCenter::AlertCenter(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

void AlertCenter::setUser(const User &user)
{
    m_user = user;
    m_learnt = false;
    m_known.clear();
    m_alerted.clear();
}

void AlertCenter::setMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    emit mutedChanged(muted);
}

void AlertCenter::check()
{
    // Only sales own leads; marketing and admin have no queue to be alerted about.
    if (m_user.id == 0 || !isSalesRole(m_user.role))
        return;
    const QDateTime now = m_clock.now();
    LeadFilter filter;
    filter.statuses = {LeadStatus::New, LeadStatus::InWork};
    filter.ownerId = m_user.id;
    filter.receivedFrom = now.addDays(-watchDays);
    filter.order = LeadFilter::Order::SlaUrgency;
    QList<Lead> leads;
    try {
        leads = LeadRepository(m_db).list(filter, watchLimit);
    } catch (const Error &) {
        return;
    }
    process(leads, now);
}

void AlertCenter::process(const QList<Lead> &leads, const QDateTime &now)
{
    const bool firstLook = !m_learnt;
    m_learnt = true;
    int dueSoon = 0;
    int overdue = 0;
    QSet<qint64> seen;
    for (const Lead &lead : leads) {
        seen.insert(lead.id);
        if (!firstLook && !m_known.contains(lead.id)) {
            raise({Alert::Kind::Assigned, lead.id, tr("New lead"),
                   tr("Lead %1 (%2) is assigned to you.").arg(lead.id).arg(leadName(lead))});
        }
        const SlaStatus status = m_policy.status(lead, now);
        if (status.state != SlaState::DueSoon && status.state != SlaState::Overdue)
            continue;
        const QPair<qint64, int> key(lead.id, static_cast<int>(status.state));
        if (m_alerted.contains(key))
            continue;
        m_alerted.insert(key);
        if (firstLook) {
            ++(status.state == SlaState::Overdue ? overdue : dueSoon);
        } else if (status.state == SlaState::DueSoon) {
            raise({Alert::Kind::DueSoon, lead.id, tr("First contact due soon"),
                   tr("Lead %1 (%2): %3 to the first-contact deadline.")
                       .arg(lead.id)
                       .arg(leadName(lead), SlaDisplay::duration(status.remainingSeconds))});
        } else {
            raise({Alert::Kind::Overdue, lead.id, tr("First contact overdue"),
                   tr("Lead %1 (%2) has passed its first-contact deadline.")
                       .arg(lead.id)
                       .arg(leadName(lead))});
        }
    }
    m_known = seen;
    if (firstLook && (dueSoon > 0 || overdue > 0)) {
        raise({Alert::Kind::Summary, 0, tr("Leads waiting for you"),
               tr("Overdue: %1, due soon: %2.").arg(overdue).arg(dueSoon)});
    }
}

void AlertCenter::raise(const Alert &alert)
{
    if (!m_muted)
        emit alertRaised(alert);
}

QString AlertCenter::leadName(const Lead &lead)
{
    return lead.name.isEmpty() ? tr("name not given") : lead.name;
}

} // namespace LeadPact
