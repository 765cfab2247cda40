// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5's numbers on a real database (e.g. 1,000,000 demo leads): every dashboard metric for
// one period, cold and warm, and the funnel alone, for comparison with one hand-written SQL
// query in the sqlite3 shell (tests/bench/metrics.sh prints both). Asserts nothing.
// Usage: leadpact-bench-metrics DB FROM TO [RUNS]   (opens DB read-only; migrate it first with
// leadpact-cli init on a copy)
#include "metrics/metricsservice.h"
#include "service/clock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace LeadPact;

namespace {

struct Timing
{
    double first = 0;
    double median = 0;
    double best = 0;
    double cpuMedian = 0; // process CPU time (all threads): the machine may be shared
};

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template<typename F>
Timing measure(int runs, F &&f)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        f();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - cpuStart);
    }
    cpu.removeFirst();
    std::sort(cpu.begin(), cpu.end());
    Timing t;
    t.first = ms.first();
    QList<double> warm = ms.mid(1);
    std::sort(warm.begin(), warm.end());
    t.median = warm.isEmpty() ? t.first : warm.at(warm.size() / 2);
    t.best = warm.isEmpty() ? t.first : warm.first();
    t.cpuMedian = cpu.isEmpty() ? 0 : cpu.at(cpu.size() / 2);
    return t;
}

void print(const char *what, const Timing &t)
{
    std::printf("%-50s first %7.1f ms  warm median %7.1f ms  best %7.1f ms  CPU %7.1f ms\n",
                what,
                t.first,
                t.median,
                t.best,
                t.cpuMedian);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s DATABASE FROM TO [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 4 ? std::max(2, std::atoi(argv[4])) : 7;
    auto db = Database::openSqlite(QString::fromLocal8Bit(argv[1]), Database::Access::ReadOnly);
    MetricsQuery query;
    query.from = QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate);
    query.to = QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate);
    const MetricsService service(*db, Clock::system());

    DashboardMetrics d;
    // A fresh service each time: the source scores are computed too (after a data change).
    const Timing fresh = measure(runs, [&] {
        d = MetricsService(*db, Clock::system()).dashboard(query);
    });
    // The same service: unchanged data reuses the source scores (a new filter or period).
    const Timing all = measure(runs, [&] { d = service.dashboard(query); });
    FunnelCounts f;
    const Timing funnel = measure(runs, [&] { f = service.funnel(query); });
    const Timing scores = measure(runs,
                                  [&] { MetricsService(*db, Clock::system()).sourceScores(); });
    MetricsQuery oneChannel = query;
    oneChannel.channel = d.channels.isEmpty() ? QString() : d.channels.first().channel;
    const Timing filtered = measure(runs, [&] { service.dashboard(oneChannel); });

    std::printf("period %s .. %s (%s), %d runs each\n",
                argv[2],
                argv[3],
                service.timeZone().id().constData(),
                runs);
    std::printf("funnel: received %lld, mql %lld, contacted %lld, sql %lld, won %lld, rejected "
                "%lld, lost %lld\n",
                f.received,
                f.mql,
                f.contacted,
                f.sql,
                f.won,
                f.rejected,
                f.lost);
    print("all dashboard metrics, data changed (scores too)", fresh);
    print("all dashboard metrics, warm (scores kept)", all);
    print("  source scores alone (all history)", scores);
    print("dashboard filtered to one channel", filtered);
    print("funnel alone (MetricsService::funnel)", funnel);
    return 0;
}
