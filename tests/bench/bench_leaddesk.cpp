// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4's data-side numbers on a real database (e.g. 1,000,000 demo leads): how fast a
// filter or search change yields its first page, how fast the last page comes, how long a
// status change takes to commit. Prints figures; asserts nothing (a benchmark, not a test).
// Usage: leadpact-bench-desk DB   (the file is changed: run it on a copy or a demo database)
#include "domain/leadaction.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace LeadPact;

namespace {

double medianMs(QList<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return double(nanos.at(nanos.size() / 2)) / 1e6;
}

// This process's CPU time: on a shared machine wall time also counts other processes' work.
qint64 cpuNanos()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

// What the queue counts first for a search (LeadTableModel::firstCountLimit; ui/ is not linked).
constexpr qint64 firstCountLimit = 2000;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    QElapsedTimer timer;
    timer.start();
    auto db = Database::openSqlite(path);
    Migrations::migrate(*db);
    std::printf("open + schema check:                 %7.1f ms\n", double(timer.nsecsElapsed()) / 1e6);

    LeadRepository leads(*db);
    UserRepository users(*db);
    const User manager = users.requireByLogin(QStringLiteral("ivanova"));

    struct Case
    {
        const char *name;
        LeadFilter filter;
    };
    LeadFilter queue;
    queue.statuses = {LeadStatus::New, LeadStatus::InWork};
    LeadFilter mine = queue;
    mine.ownerId = manager.id;
    LeadFilter seo;
    seo.channel = QStringLiteral("seo");
    LeadFilter incomplete;
    incomplete.incomplete = true;
    const auto search = [](const LeadFilter &base, const char *text) {
        LeadFilter filter = base;
        filter.search = QString::fromUtf8(text);
        return filter;
    };
    const LeadFilter all;
    const QList<Case> cases = {{"all leads", all},
                               {"open queue (New + In work)", queue},
                               {"one manager's open queue", mine},
                               {"channel = seo", seo},
                               {"incomplete data", incomplete},
                               {"queue: common name 'Иван'", search(queue, "Иван")},
                               {"queue: very common 'ова'", search(queue, "ова")},
                               {"queue: two words 'ольга козлова'", search(queue, "ольга козлова")},
                               {"queue: rare name 'Зинаида'", search(queue, "Зинаида")},
                               {"queue: company 'вектор'", search(queue, "вектор")},
                               {"all: e-mail prefix 'client12'", search(all, "client12")},
                               {"all: rare e-mail 'client99999@'", search(all, "client99999@")},
                               {"all: phone '+7 (912) 345'", search(all, "+7 (912) 345")},
                               {"all: phone '8912345'", search(all, "8912345")},
                               {"all: phone '912-34'", search(all, "912-34")},
                               {"all: phone '(912) 34'", search(all, "(912) 34")}};

    std::printf("\nfilter change -> first page of 200, as the queue shows it: the count (a search\n"
                "counts up to %lld first), then the page; then the exact count a search completes\n"
                "afterwards, and the jump to the last page. Median of 5, each with a fresh\n"
                "repository (no plan cache). Goals: first page < 100 ms, last page < 300 ms.\n",
                static_cast<long long>(firstCountLimit));
    for (const Case &c : cases) {
        QList<qint64> first;
        QList<qint64> cpu;
        QList<qint64> exact;
        QList<qint64> last;
        qint64 shown = 0;
        qint64 total = 0;
        const bool searching = !c.filter.search.isEmpty();
        for (int run = 0; run < 5; ++run) {
            LeadRepository fresh(*db);
            timer.restart();
            const qint64 cpuStart = cpuNanos();
            shown = searching ? fresh.countUpTo(c.filter, firstCountLimit) : fresh.count(c.filter);
            fresh.list(c.filter, 200, 0);
            first.append(timer.nsecsElapsed());
            cpu.append(cpuNanos() - cpuStart);
            timer.restart();
            total = searching && shown >= firstCountLimit ? fresh.count(c.filter) : shown;
            exact.append(timer.nsecsElapsed());
            timer.restart();
            fresh.list(c.filter, 200, int(std::max<qint64>(0, total - 200)));
            last.append(timer.nsecsElapsed());
        }
        std::printf("  %-36s %8lld rows  first page %6.1f ms (cpu %6.1f)  exact count %6.1f ms  "
                    "last page %6.1f ms\n",
                    c.name, static_cast<long long>(total), medianMs(first), medianMs(cpu),
                    medianMs(exact), medianMs(last));
    }

    std::printf("\nstatus change committed (log first contact, then undo; median of 20; goal < 50 ms)\n");
    LeadService service(*db, Clock::system());
    LeadFilter fresh;
    fresh.statuses = {LeadStatus::New};
    fresh.ownerId = manager.id;
    const QList<Lead> candidates = leads.list(fresh, 20);
    QList<qint64> perform;
    QList<qint64> undo;
    for (const Lead &lead : candidates) {
        TransitionRequest contact;
        contact.action = LeadAction::LogContact;
        timer.restart();
        const TransitionOutcome outcome = service.perform(lead.id, contact, manager);
        service.lead(lead.id); // visible: read back
        perform.append(timer.nsecsElapsed());
        timer.restart();
        service.undo(outcome.event.id, manager);
        undo.append(timer.nsecsElapsed());
    }
    if (!perform.isEmpty()) {
        std::printf("  perform + read back:                %7.2f ms\n", medianMs(perform));
        std::printf("  undo (compensating event):          %7.2f ms\n", medianMs(undo));
    }
    std::printf("\nresident memory of this process:       %7ld MB\n", residentKb() / 1024);
    return 0;
}
