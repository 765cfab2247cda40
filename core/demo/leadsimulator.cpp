// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsimulator.h"

#include "domain/leadworkflow.h"
#include "service/leadservice.h"

#include <algorithm>
#include <cmath>

namespace LeadPact::Demo {

namespace {

// The demo company works Monday to Friday, 09:00–18:00 Moscow time (UTC+3, no DST).
constexpr qint64 zoneOffset = 3 * 3600;
constexpr qint64 dayStart = 9 * 3600;
constexpr qint64 dayEnd = 18 * 3600;
constexpr qint64 day = 86400;

// 1970-01-01 was a Thursday: 0 = Monday … 6 = Sunday.
int weekday(qint64 localSecs)
{
    const qint64 days = localSecs >= 0 ? localSecs / day : (localSecs - day + 1) / day;
    return int(((days % 7) + 7 + 3) % 7);
}

bool isWorkday(qint64 localSecs)
{
    return weekday(localSecs) < 5;
}

// Moves forward by `minutes` of working time, starting at the next working moment.
qint64 addWorkingMinutes(qint64 utcSecs, double minutes)
{
    qint64 local = utcSecs + zoneOffset;
    qint64 remaining = qint64(minutes * 60);
    for (;;) {
        const qint64 midnight = local - (((local % day) + day) % day);
        const qint64 secOfDay = local - midnight;
        if (!isWorkday(local) || secOfDay >= dayEnd) {
            local = midnight + day + dayStart;
            continue;
        }
        if (secOfDay < dayStart)
            local = midnight + dayStart;
        const qint64 left = midnight + dayEnd - local;
        if (remaining <= left)
            return local + remaining - zoneOffset;
        remaining -= left;
        local = midnight + day + dayStart;
    }
}


double arrivalWeight(qint64 localSecs)
{
    static constexpr double byHour[24] = {0.05, 0.04, 0.03, 0.03, 0.03, 0.05, 0.1,  0.2,
                                          0.5,  0.9,  1.0,  1.0,  1.0,  0.8,  0.95, 0.95,
                                          0.95, 0.9,  0.7,  0.5,  0.45, 0.4,  0.25, 0.12};
    static constexpr double byDay[7] = {1.1, 1.0, 1.0, 1.0, 0.9, 0.4, 0.3};
    const int hour = int((((localSecs % day) + day) % day) / 3600);
    return byHour[hour] * byDay[weekday(localSecs)];
}

QString rawPhone(Random &random)
{
    const QString digits = QStringLiteral("9%1%2")
                               .arg(random.below(100), 2, 10, QLatin1Char('0'))
                               .arg(random.below(10000000), 7, 10, QLatin1Char('0'));
    switch (random.below(4)) {
    case 0:
        return QStringLiteral("+7 %1 %2-%3-%4")
            .arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
    case 1:
        return QStringLiteral("8 (%1) %2-%3-%4")
            .arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
    case 2:
        return digits;
    default:
        return QStringLiteral("+7") + digits;
    }
}

} // namespace

Random::Random(quint64 seed)
    : m_rng(quint32(seed ^ (seed >> 32)))
{}

double Random::logNormal(double median, double sigma)
{
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    return median * std::exp(sigma * z);
}

LeadSimulator::LeadSimulator(quint64 seed, qint64 leadCount, qint64 startSecs, qint64 endSecs,
                             Cast cast, ReasonCatalog catalog, const LeadService &service,
                             QList<Campaign> campaigns, QTimeZone zone)
    : m_campaigns(std::move(campaigns))
    , m_zone(std::move(zone))
    , m_seed(seed)
    , m_endSecs(endSecs)
    , m_random(seed)
    , m_cast(std::move(cast))
    , m_catalog(std::move(catalog))
    , m_lossReasons(m_catalog.active(ReasonKind::Loss))
    , m_service(service)
    , m_channels(channelProfiles())
    , m_managerProfiles(managerProfiles())
    , m_firstNames(firstNames())
    , m_lastNames(lastNames())
    , m_companies(companyNames())
{
    m_arrivals.reserve(size_t(leadCount));
    while (qint64(m_arrivals.size()) < leadCount) {
        const qint64 t = m_random.between(startSecs, endSecs);
        if (m_random.uniform() * 1.1 < arrivalWeight(t + zoneOffset))
            m_arrivals.push_back(t);
    }
    std::sort(m_arrivals.begin(), m_arrivals.end());
}

std::optional<CampaignAttributor::Match> LeadSimulator::attribute(Lead &lead)
{
    if (m_campaigns.isEmpty())
        return std::nullopt;
    const qint64 at = lead.receivedAt.toSecsSinceEpoch();
    if (at < m_dayFrom || at >= m_dayTo) {
        const QDate date = lead.receivedAt.toTimeZone(m_zone).date();
        m_dayFrom = QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
        m_dayTo = QDateTime(date.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
        m_matches.clear();
    }
    const QString key = lead.promoCode + QLatin1Char('\n') + lead.landingPage
                        + QLatin1Char('\n') + lead.utmCampaign;
    auto found = m_matches.constFind(key);
    if (found == m_matches.cend()) {
        Remembered remembered;
        remembered.match = CampaignAttributor::attribute(lead, m_campaigns, m_zone);
        remembered.label = lead.campaign;
        found = m_matches.insert(key, remembered);
        return found->match;
    }
    if (found->match) {
        lead.campaignId = found->match->campaignId;
        lead.campaign = found->label;
    }
    return found->match;
}

SimulatedLead LeadSimulator::next(qint64 index)
{
    SimulatedLead item;
    Lead &lead = item.lead;
    const ChannelProfile &channel = m_channels.at(
        m_random.weighted(m_channels, [](const ChannelProfile &c) { return c.weight; }));
    const int managerIndex = m_random.weighted(m_managerProfiles, [](const ManagerProfile &m) {
        return m.weight;
    });
    const ManagerProfile &profile = m_managerProfiles.at(managerIndex);
    const User &manager = m_cast.managers.at(managerIndex);

    lead.externalId = QStringLiteral("demo-%1-%2").arg(m_seed).arg(index + 1);
    lead.receivedAt = QDateTime::fromSecsSinceEpoch(m_arrivals[size_t(index)], Qt::UTC);
    const bool incomplete = m_random.chance(channel.incompleteRate);
    const int missing = incomplete ? m_random.below(3) : -1; // 0 name, 1 phone, 2 both
    if (missing != 0 && missing != 2) {
        // First names alternate male/female; surnames are male forms, "+а" gives the female one.
        const int gender = m_random.below(2);
        const QString first = m_firstNames.at(2 * m_random.below(int(m_firstNames.size() / 2)) + gender);
        QString last = m_lastNames.at(m_random.below(int(m_lastNames.size())));
        if (gender == 1)
            last += QChar(0x0430);
        lead.name = first + QLatin1Char(' ') + last;
    }
    if (missing != 1 && missing != 2)
        lead.phoneRaw = rawPhone(m_random);
    else if (m_random.chance(0.3))
        lead.phoneRaw = QStringLiteral("123"); // a typo in the form: kept raw, flagged
    if (m_random.chance(0.6))
        lead.email = QStringLiteral("client%1@example.ru").arg(index + 1);
    if (m_random.chance(0.5))
        lead.company = m_companies.at(m_random.below(int(m_companies.size())));
    lead.channel = channel.code;
    lead.campaign = channel.campaigns.at(m_random.below(int(channel.campaigns.size())));
    lead.landingPage = QStringLiteral("/lp/") + lead.campaign;
    lead.utmSource = channel.utmSource;
    lead.utmMedium = channel.utmMedium;
    lead.utmCampaign = lead.campaign;
    lead.ownerId = manager.id;
    lead = m_service.prepareNew(lead);
    const Lead arrived = lead;
    const std::optional<CampaignAttributor::Match> attribution = attribute(lead);

    item.events.clear();
    LeadEvent created;
    created.at = lead.receivedAt;
    created.actorId = m_cast.system.id;
    created.kind = EventKind::Created;
    created.toStatus = LeadStatus::New;
    item.events.append(created);
    if (attribution) {
        item.events.append(CampaignAttributor::attributionEvent(arrived, lead, attribution->rule,
                                                                m_cast.system.id, created.at));
    }

    // Applies one action at `at` if that moment has already come; false otherwise.
    const auto act = [&](TransitionRequest request, qint64 at, const User &actor) {
        if (at > m_endSecs)
            return false;
        request.at = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        if (request.action == LeadAction::LogContact)
            request.contactAt = request.at;
        TransitionOutcome outcome = LeadWorkflow::apply(lead, request, actor, m_catalog);
        if (request.action == LeadAction::LogContact) {
            m_service.slaPolicy().stampFirstContact(outcome.lead);
            outcome.event.changes = diffLeads(lead, outcome.lead);
        }
        lead = std::move(outcome.lead);
        item.events.append(std::move(outcome.event));
        return true;
    };
    const auto reject = [&](const QString &code, qint64 at, const User &actor) {
        TransitionRequest request;
        request.action = LeadAction::Reject;
        request.reasonCode = code;
        const Reason *reason = m_catalog.find(ReasonKind::Rejection, code);
        if (reason && reason->commentRequired)
            request.comment = proofComment(code, m_random.below(3));
        return act(request, at, actor);
    };

    const bool junk = m_random.chance(channel.junkRate);
    const QString junkReason = channel.rejectionReasons
                                   .at(m_random.weighted(channel.rejectionReasons,
                                                       [](const auto &r) { return r.second; }))
                                   .first;
    qint64 t = lead.receivedAt.toSecsSinceEpoch();

    // Obvious spam is rejected from the queue without a call.
    if (junk && junkReason == QLatin1String("spam_test") && m_random.chance(0.7)) {
        reject(junkReason, addWorkingMinutes(t, m_random.logNormal(10, 0.8)), manager);
    } else if (!m_random.chance(profile.forgetRate)) {
        TransitionRequest contact;
        contact.action = LeadAction::LogContact;
        contact.contactKind = m_random.chance(0.75) ? ContactKind::Call
                                                  : (m_random.chance(0.5) ? ContactKind::Message
                                                                        : ContactKind::Email);
        t = addWorkingMinutes(t, m_random.logNormal(profile.medianContactMins, 1.1));
        bool open = act(contact, t, manager);
        const bool wronglyRejected = !junk && m_random.chance(profile.rejectNoQualifyRate * 0.4);
        if (open && (junk || wronglyRejected)) {
            const QString code = junk ? junkReason
                                      : (m_random.chance(0.5) ? QStringLiteral("no_need")
                                                            : QStringLiteral("no_budget"));
            t = addWorkingMinutes(t, m_random.logNormal(25, 1.0));
            if (reject(code, t, manager)) {
                open = false;
                if (m_random.chance(wronglyRejected ? 0.35 : 0.01)) {
                    TransitionRequest dispute;
                    dispute.action = LeadAction::Dispute;
                    dispute.comment = QString::fromUtf8("Клиент подходит под регламент "
                                                        "целевого клиента: есть юрлицо и "
                                                        "бюджет");
                    t = addWorkingMinutes(t, m_random.logNormal(900, 0.5));
                    if (act(dispute, t, m_cast.marketing)) {
                        TransitionRequest decision;
                        const bool back = wronglyRejected ? m_random.chance(0.8)
                                                          : m_random.chance(0.15);
                        decision.action = back ? LeadAction::ReturnToManager
                                               : LeadAction::ConfirmRejection;
                        t = addWorkingMinutes(t, m_random.logNormal(600, 0.5));
                        open = act(decision, t, m_cast.head) && back;
                    }
                }
            }
        }
        if (open && m_random.chance(std::min(0.95, channel.qualifyRate * profile.skill))) {
            TransitionRequest qualify;
            qualify.action = LeadAction::Qualify;
            qualify.needConfirmed = qualify.budgetConfirmed = qualify.authorityConfirmed = true;
            qualify.expectedAmountMinor = qint64(channel.averageDeal / 10000) * 10000;
            t = addWorkingMinutes(t, m_random.logNormal(1200, 0.9));
            if (act(qualify, t, manager)) {
                t += qint64(m_random.logNormal(channel.cycleDays, 0.6) * day);
                if (m_random.chance(std::min(0.95, channel.winRate * profile.skill))) {
                    TransitionRequest won;
                    won.action = LeadAction::MarkWon;
                    won.amountMinor = std::max<qint64>(
                        1, qint64(m_random.logNormal(double(channel.averageDeal), 0.5) / 10000)
                               * 10000);
                    won.currency = QStringLiteral("RUB");
                    won.paidOn = QDateTime::fromSecsSinceEpoch(t + zoneOffset, Qt::UTC).date();
                    act(won, t, manager);
                } else {
                    TransitionRequest lost;
                    lost.action = LeadAction::MarkLost;
                    const Reason &reason = m_lossReasons.at(m_random.below(int(m_lossReasons.size())));
                    lost.reasonCode = reason.code;
                    if (reason.commentRequired)
                        lost.comment = proofComment(reason.code, m_random.below(2));
                    act(lost, t, manager);
                }
            }
        } else if (open && m_random.chance(0.5)) {
            // A lukewarm lead that never qualified is closed out after a few days.
            t = addWorkingMinutes(t, m_random.logNormal(3000, 0.7));
            reject(m_random.chance(0.6) ? QStringLiteral("no_budget") : QStringLiteral("no_need"),
                   t, manager);
        }
    }

    return item;
}

} // namespace LeadPact::Demo
