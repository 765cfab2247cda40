// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's numbers on a large database (hidden: run `leadpact_ui_tests "[bench]"` with
// LEADPACT_BENCH_DB set to e.g. a 1,000,000-lead demo database migrated to the current schema,
// as the head of sales "rop"). Prints, for each filter change, the time core takes to compute
// the metrics, the time to rebuild every chart and table, and the time to paint them.
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("Dashboard numbers on a large database", "[.][bench]")
{
    const QString path = qEnvironmentVariable("LEADPACT_BENCH_DB");
    if (path.isEmpty()) {
        WARN("LEADPACT_BENCH_DB is not set: nothing to measure");
        return;
    }
    clearSettings();
    auto db = Database::openSqlite(path, Database::Access::ReadOnly);
    const User head = UserRepository(*db).requireByLogin(QStringLiteral("rop"));
    // The demo data ends on Friday 2026-11-20.
    const ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::utc()));
    auto window = std::make_unique<MainWindow>(*db, head, clock,
                                               std::make_unique<FakeDialogRunner>());
    window->resize(1600, 1000);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));

    QElapsedTimer timer;
    timer.start();
    window->showDashboard();
    QCoreApplication::processEvents();
    DashboardView *view = window->dashboard();
    WARN("first show (context, metrics, drawing): " << timer.elapsed() << " ms; metrics "
                                                     << view->lastQueryMs() << " ms, charts "
                                                     << view->lastDrawMs() << " ms");
    auto *grid = child<QWidget>(*view, "dashboardGrid");
    auto *scroll = child<QScrollArea>(*view, "dashboardScroll");

    // One filter change: the query runs synchronously, the charts are rebuilt, then painted.
    const auto measure = [&](const char *what, const std::function<void()> &change) {
        QElapsedTimer total;
        total.start();
        change();
        const qint64 rebuilt = total.elapsed();
        QElapsedTimer paint;
        paint.start();
        scroll->viewport()->repaint();
        const qint64 painted = paint.elapsed();
        paint.restart();
        const QPixmap all = grid->grab();
        const qint64 paintedAll = paint.elapsed();
        WARN(what << ": metrics " << view->lastQueryMs() << " ms, rebuild charts "
                  << view->lastDrawMs() << " ms, paint visible " << painted
                  << " ms => redraw (rebuild + paint) " << view->lastDrawMs() + painted
                  << " ms; paint all charts " << paintedAll << " ms; leads "
                  << view->metrics().funnel.received << " (" << all.width() << "x"
                  << all.height() << ")");
        (void)rebuilt;
    };
    auto *period = child<QComboBox>(*view, "dashboardPeriod");
    auto *channel = child<QComboBox>(*view, "dashboardChannel");
    measure("quarter (cold)", [&] { period->setCurrentIndex(period->findData(QStringLiteral("quarter"))); });
    measure("month", [&] { period->setCurrentIndex(period->findData(QStringLiteral("month"))); });
    measure("quarter (warm)", [&] { period->setCurrentIndex(period->findData(QStringLiteral("quarter"))); });
    for (int index = 1; index < std::min(4, channel->count()); ++index) {
        const std::string name = "quarter, channel " + channel->itemText(index).toStdString();
        measure(name.c_str(), [&] { channel->setCurrentIndex(index); });
    }
    measure("quarter, all channels", [&] { channel->setCurrentIndex(0); });
    // The drawing alone, from the same metrics, a few times.
    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer redraw;
        redraw.start();
        view->redraw();
        scroll->viewport()->repaint();
        best = std::min(best, redraw.elapsed());
    }
    WARN("redraw of the same metrics (rebuild + paint visible), best of 5: " << best << " ms");
}
