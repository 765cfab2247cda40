// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's numbers on a large database (hidden: run `leadpact_ui_tests "[bench]"` with
// LEADPACT_BENCH_DB set to e.g. a 1,000,000-lead demo database, as the head of sales "rop").
#include "filterbar.h"
#include "leadtablemodel.h"
#include "queueview.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

#include <unistd.h>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

} // namespace

TEST_CASE("Queue numbers on a large database", "[.][bench]")
{
    const QString path = qEnvironmentVariable("LEADPACT_BENCH_DB");
    if (path.isEmpty()) {
        WARN("LEADPACT_BENCH_DB is not set: nothing to measure");
        return;
    }
    clearSettings();
    auto db = Database::openSqlite(path, Database::Access::ReadOnly);
    const User head = UserRepository(*db).requireByLogin(QStringLiteral("rop"));

    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>(*db, head, Clock::system(),
                                               std::make_unique<FakeDialogRunner>());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QCoreApplication::processEvents();
    WARN("window with the first page: " << timer.elapsed() << " ms, rows "
                                        << window->leadModel()->rowCount() << ", resident "
                                        << residentMb() << " MB");

    auto *status = child<QComboBox>(*window, "statusFilter");
    timer.restart();
    status->setCurrentIndex(status->findData(QStringLiteral("all")));
    window->leadModel()->index(0, 0).data();
    WARN("filter change to all statuses, first page: " << timer.elapsed() << " ms, rows "
                                                       << window->leadModel()->rowCount());

    // A search typed and entered: its first page, then its exact count (which a search that
    // matches many leads completes after the page is on screen).
    auto *search = child<QLineEdit>(*window, "searchBox");
    for (const char *typed : {"Иван", "ова", "Ольга Козлова", "+7 (912) 345", "912-34",
                              "client99999@"}) {
        timer.restart();
        search->setText(QString::fromUtf8(typed));
        QTest::keyClick(search, Qt::Key_Return); // searches at once, without the pause
        window->leadModel()->index(0, 0).data();
        const qint64 firstPage = timer.elapsed();
        const qint64 shown = window->leadModel()->rowCount();
        while (!window->leadModel()->isCountExact())
            QTest::qWait(2);
        WARN("search '" << typed << "', first page: " << firstPage << " ms (rows " << shown
                        << "), exact count after " << timer.elapsed() << " ms: "
                        << window->leadModel()->rowCount());
    }
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);

    auto *table = child<QueueView>(*window, "leadTable");
    timer.restart();
    table->selectRow(window->leadModel()->rowCount() - 1);
    QCoreApplication::processEvents();
    WARN("jump to the last row: " << timer.elapsed() << " ms, resident " << residentMb()
                                  << " MB");

    timer.restart();
    QScrollBar *bar = table->verticalScrollBar();
    const int jumps = qEnvironmentVariableIntValue("LEADPACT_BENCH_JUMPS") > 0
                          ? qEnvironmentVariableIntValue("LEADPACT_BENCH_JUMPS")
                          : 400;
    const int step = qMax(1, bar->maximum() / jumps);
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        table->viewport()->repaint();
    }
    WARN("scrolled through in " << jumps << " jumps: " << timer.elapsed() << " ms, resident "
                                           << residentMb() << " MB, cached pages "
                                           << window->leadModel()->loadedPages().size());
}
