// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "campaigns/campaignservice.h"
#include "common/batchqueue.h"
#include "domain/error.h"
#include "leadsimulator.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <atomic>
#include <exception>
#include <thread>

namespace LeadPact {

namespace {

User ensureUser(UserRepository &users, Demo::Cast &cast, const QString &login,
                const QString &name, Role role)
{
    if (auto existing = users.findByLogin(login))
        return *existing;
    User user;
    user.login = login;
    user.displayName = name;
    user.role = role;
    user.id = users.add(user);
    ++cast.created;
    return user;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

DemoSummary DemoGenerator::run(const std::function<bool(qint64, qint64)> &progress)
{
    if (m_options.leads < 1 || m_options.weeks < 1) {
        throw Error(Error::Kind::Validation,
                    tr("The demo needs at least one lead and one week (--leads, --weeks)."));
    }
    Transaction transaction(m_db);
    LeadRepository leads(m_db);
    if (const qint64 existing = leads.count({}); existing > 0) {
        throw Error(Error::Kind::Conflict,
                    tr("The database %1 already holds %2 leads; demo data goes into an empty "
                       "database only, so real and invented leads never mix.")
                        .arg(m_db.location())
                        .arg(existing));
    }

    UserRepository users(m_db);
    Demo::Cast cast;
    cast.system = users.requireByLogin(QStringLiteral("system"));
    cast.head = ensureUser(users, cast, QStringLiteral("rop"),
                           QString::fromUtf8("Ольга Романова"), Role::HeadOfSales);
    cast.marketing = ensureUser(users, cast, QStringLiteral("marketing"),
                                QString::fromUtf8("Марина Лебедева"), Role::Marketing);
    for (const Demo::ManagerProfile &profile : Demo::managerProfiles())
        cast.managers.append(ensureUser(users, cast, profile.login, profile.displayName,
                                        Role::Manager));

    const QDateTime end = m_options.endDate.isValid()
                              ? QDateTime(m_options.endDate, QTime(15, 30), Qt::UTC)
                              : QDateTime::currentDateTimeUtc();
    const qint64 endSecs = end.toSecsSinceEpoch();
    const qint64 startSecs = endSecs - qint64(m_options.weeks) * 7 * 86400;

    DemoSummary summary;
    summary.from = QDateTime::fromSecsSinceEpoch(startSecs, Qt::UTC);
    summary.to = end;
    summary.usersCreated = cast.created;

    ManualClock clock(end);
    const LeadService service(m_db, clock);

    // Marketing's registry, entered by the marketing user a week before each launch (the
    // registry attributes nothing then: there are no leads yet). The leads below are
    // attributed as they arrive, as LeadService::receive attributes them.
    ManualClock registryClock(end);
    CampaignService registry(m_db, registryClock);
    const QTimeZone zone = registry.teamZone();
    QList<Campaign> campaigns;
    for (Campaign campaign :
         Demo::campaigns(QDateTime::fromSecsSinceEpoch(startSecs, zone).date(),
                         end.toTimeZone(zone).date())) {
        campaign.ownerId = cast.marketing.id;
        registryClock.set(QDateTime(campaign.startsOn.addDays(-7), QTime(11, 0), zone).toUTC());
        campaigns.append(registry.create(campaign, cast.marketing).campaign);
    }
    summary.campaigns = int(campaigns.size());

    Demo::LeadSimulator simulator(m_options.seed, m_options.leads, startSecs, endSecs, cast,
                                  ReasonRepository(m_db).catalog(), service, campaigns, zone);

    // One thread simulates (in order, so a seed always gives the same data), this one writes.
    BatchQueue<Demo::SimulatedLead> queue;
    const qint64 total = m_options.leads;
    std::thread producer([&queue, &simulator, total] {
        try {
            constexpr qint64 batchSize = 2000;
            for (qint64 first = 0; first < total && !queue.stopped(); first += batchSize) {
                BatchQueue<Demo::SimulatedLead>::Batch batch;
                batch.reserve(size_t(batchSize));
                for (qint64 i = first; i < std::min(total, first + batchSize); ++i)
                    batch.push_back(simulator.next(i));
                queue.push(std::move(batch));
            }
            queue.finish();
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    const auto stopProducer = [&] {
        queue.stop(); // drops what is queued; the producer ends at its next push
        producer.join();
    };

    // An empty database is filled in one go: indexes are built once at the end.
    BulkLoad bulk(m_db, {QStringLiteral("leads"), QStringLiteral("lead_events")});
    EventRepository events(m_db);
    qint64 written = 0;
    try {
        for (auto batch = queue.pop(); !batch.empty(); batch = queue.pop()) {
            for (Demo::SimulatedLead &item : batch) {
                const qint64 id = leads.insert(item.lead);
                for (LeadEvent &event : item.events) {
                    event.leadId = id;
                    events.append(event);
                }
                summary.events += item.events.size();
                ++summary.byStatus[item.lead.status];
                if (item.lead.campaignId)
                    ++summary.attributed;
            }
            written += qint64(batch.size());
            if (progress && !progress(written, total)) {
                throw Error(Error::Kind::Validation,
                            tr("Demo generation cancelled; nothing was written."));
            }
        }
    } catch (...) {
        stopProducer();
        throw;
    }
    producer.join();
    if (const std::exception_ptr error = queue.error())
        std::rethrow_exception(error);

    bulk.finish();
    transaction.commit();
    summary.leads = written;
    return summary;
}

} // namespace LeadPact
