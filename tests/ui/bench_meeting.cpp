// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode and the reports on a large database (hidden: run `leadpact_ui_tests "[bench]"`
// with LEADPACT_BENCH_DB set to a writable copy of e.g. the 1,000,000-lead demo database, as
// the head of sales "rop"; LEADPACT_BENCH_WEEK picks the week, default 2026-W47).
#include "meeting/meetingsession.h"
#include "meeting/meetingwindow.h"
#include "report/dailyreport.h"
#include "report/dailyreportxlsx.h"
#include "report/meetingdocument.h"
#include "service/policyservice.h"
#include "storage/userrepository.h"
#include "uitesthelpers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("Meeting mode and reports on a large database", "[.][bench]")
{
    const QString path = qEnvironmentVariable("LEADPACT_BENCH_DB");
    if (path.isEmpty()) {
        WARN("LEADPACT_BENCH_DB is not set: nothing to measure");
        return;
    }
    const IsoWeek week = IsoWeek::parse(qEnvironmentVariable("LEADPACT_BENCH_WEEK",
                                                             QStringLiteral("2026-W47")))
                             .value_or(IsoWeek::parse(QStringLiteral("2026-W47")).value());
    clearSettings();
    auto db = Database::openSqlite(path, Database::Access::ReadWrite);
    const User head = UserRepository(*db).requireByLogin(QStringLiteral("rop"));
    const Clock &clock = Clock::system();
    FakeDialogRunner runner;

    // Each part of the week's numbers alone, on the calling thread.
    {
        const WeekReview review(*db, clock);
        QElapsedTimer t;
        t.start();
        review.bestDeal(week);
        const qint64 best = t.restart();
        review.figures(week);
        const qint64 figures = t.restart();
        review.detectProblems(week);
        WARN("week's numbers, computed once per week: best deal "
             << best << " ms, figures " << figures << " ms, problem rules " << t.elapsed()
             << " ms");
    }

    QElapsedTimer timer;
    timer.start();
    MeetingWindow window(*db, clock, head, runner, week);
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    WARN("entering meeting mode (first paint, numbers computing in the background): "
         << timer.elapsed() << " ms");
    timer.restart();
    REQUIRE(QTest::qWaitFor([&] { return !window.session().isComputing(); }, 600000));
    WARN("the week's numbers arrive after another " << timer.elapsed() << " ms (loader "
                                                    << window.session().snapshot().review.loadMs
                                                    << " ms)");

    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < window.slideCount(); ++i) {
            timer.restart();
            window.showSlide(i);
            window.repaint();
            WARN("switch to slide " << i + 1 << " and paint: " << timer.elapsed() << " ms");
        }
    }
    timer.restart();
    window.openWeek(week.previous());
    window.repaint();
    const qint64 otherWeek = timer.elapsed();
    REQUIRE(QTest::qWaitFor([&] { return !window.session().isComputing(); }, 600000));
    timer.restart();
    window.openWeek(week);
    window.repaint();
    WARN("choosing another week: " << otherWeek
                                   << " ms until painted (computing); back to a "
                                      "computed week: "
                                   << timer.elapsed() << " ms");

    QTemporaryDir dir;
    timer.restart();
    MeetingDocument(MeetingSnapshot::load(*db, clock, week))
        .writePdf(dir.filePath(QStringLiteral("week.pdf")));
    const qint64 fullPdf = timer.restart();
    MeetingDocument(window.session().snapshot()).writePdf(dir.filePath(QStringLiteral("w2.pdf")));
    WARN("weekly PDF: " << fullPdf << " ms with the numbers computed, " << timer.elapsed()
                        << " ms from the open meeting");

    const QTimeZone zone = PolicyService(*db, clock).slaPolicy().calendar.timeZone();
    timer.restart();
    const DailyReport report = DailyReport::build(*db, week.sunday().addDays(-2), zone, clock.now());
    const qint64 build = timer.restart();
    writeDailyReportXlsx(report, dir.filePath(QStringLiteral("daily.xlsx")));
    WARN("daily XLSX for " << report.date.toString(Qt::ISODate).toStdString() << ": " << build
                           << " ms to build, " << timer.elapsed() << " ms to write, "
                           << report.rows.size() << " managers");
}
