// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

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
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
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

// Hands batches of simulated leads from the simulating thread to the writing thread, holding
// at most a few batches so memory stays flat however many leads are asked for.
class BatchQueue
{
public:
    using Batch = std::vector<Demo::SimulatedLead>;

    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_batches.size() < 4 || m_stopped; });
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    // An empty batch means the producer finished (or failed, see error()).
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return {};
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    void finish(std::exception_ptr error = nullptr)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_ready.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    std::exception_ptr error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

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
    Demo::LeadSimulator simulator(m_options.seed, m_options.leads, startSecs, endSecs, cast,
                                  ReasonRepository(m_db).catalog(), service);

    // One thread simulates (in order, so a seed always gives the same data), this one writes.
    BatchQueue queue;
    const qint64 total = m_options.leads;
    std::thread producer([&queue, &simulator, total] {
        try {
            constexpr qint64 batchSize = 2000;
            for (qint64 first = 0; first < total && !queue.stopped(); first += batchSize) {
                BatchQueue::Batch batch;
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
        queue.stop();
        while (!queue.pop().empty()) {
        }
        producer.join();
    };

    // An empty database is filled in one go: indexes are built once at the end.
    BulkLoad bulk(m_db, {QStringLiteral("leads"), QStringLiteral("lead_events")});
    EventRepository events(m_db);
    qint64 written = 0;
    try {
        for (BatchQueue::Batch batch = queue.pop(); !batch.empty(); batch = queue.pop()) {
            for (Demo::SimulatedLead &item : batch) {
                const qint64 id = leads.insert(item.lead);
                for (LeadEvent &event : item.events) {
                    event.leadId = id;
                    events.append(event);
                }
                summary.events += item.events.size();
                ++summary.byStatus[item.lead.status];
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
