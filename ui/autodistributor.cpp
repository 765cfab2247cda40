// SPDX-License-Identifier: GPL-3.0-or-later
#include "autodistributor.h"

#include "domain/error.h"
#include "service/leaddistributor.h"
#include "storage/userrepository.h"

#include <QTimer>

namespace LeadPact {

namespace {
// Automatic assignments are logged as this account, so the history tells them from a person's.
const QString systemLogin = QStringLiteral("system");
} // namespace

AutoDistributor::AutoDistributor(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("distributionTimer"));
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutoDistributor::run);
}

void AutoDistributor::start()
{
    m_started = true;
    run();
    if (!isPaused())
        m_timer->start();
}

void AutoDistributor::setPaused(bool paused)
{
    if (paused) {
        if (++m_pauses == 1)
            m_timer->stop();
        return;
    }
    if (m_pauses == 0 || --m_pauses > 0)
        return;
    if (m_started) {
        run();
        m_timer->start();
    }
}

int AutoDistributor::run()
{
    if (isPaused())
        return 0;
    try {
        LeadDistributor distributor(m_db, m_clock);
        // Checked first so that a switched-off distribution costs one settings read.
        if (!distributor.settings().enabled)
            return 0;
        const int count = distributor.distribute(UserRepository(m_db).requireByLogin(systemLogin));
        if (count > 0)
            emit distributed(count);
        return count;
    } catch (const Error &error) {
        emit failed(error.message());
        return 0;
    }
}

} // namespace LeadPact
