// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the dashboard for a human to look at (hidden: run `leadpact_ui_tests
// "[screenshots]"` with LEADPACT_SHOT_DB set to a demo database and LEADPACT_SHOT_DIR to the
// folder for the PNGs; LEADPACT_SHOT_LANG=ru|en picks the language, and QT_SCALE_FACTOR=1.5
// shows the window at 150 %). The window is 1600x1000 device-independent pixels, or the whole
// screen when that is smaller.
// LEADPACT_SHOT_QM may name an extra .qm (a draft translation of new strings) to check the layout
// with their real length before the project's translations have them.
#include "charts/chartwidget.h"
#include "dashboard/dashboardview.h"
#include "i18n/translations.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScrollArea>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("Dashboard screenshots", "[.][screenshots]")
{
    const QString path = qEnvironmentVariable("LEADPACT_SHOT_DB");
    const QString dir = qEnvironmentVariable("LEADPACT_SHOT_DIR");
    if (path.isEmpty() || dir.isEmpty()) {
        WARN("LEADPACT_SHOT_DB or LEADPACT_SHOT_DIR is not set: nothing to take");
        return;
    }
    const QString language = qEnvironmentVariable("LEADPACT_SHOT_LANG", QStringLiteral("en"));
    const QLocale locale(language == QStringLiteral("ru") ? QLocale::Russian : QLocale::English,
                         language == QStringLiteral("ru") ? QLocale::Russia
                                                          : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    installTranslations(*qApp, locale);
    QTranslator draft;
    if (const QString qm = qEnvironmentVariable("LEADPACT_SHOT_QM"); !qm.isEmpty()) {
        REQUIRE(draft.load(qm));
        QCoreApplication::installTranslator(&draft);
    }
    clearSettings();
    QDir().mkpath(dir);
    const QString prefix = dir + QStringLiteral("/dashboard-") + language + QLatin1Char('-');

    auto db = Database::openSqlite(path, Database::Access::ReadOnly);
    const User head = UserRepository(*db).requireByLogin(QStringLiteral("rop"));
    const ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::utc()));
    auto window = std::make_unique<MainWindow>(*db, head, clock,
                                               std::make_unique<FakeDialogRunner>());
    // 1600x1000, or the whole screen when it is smaller (a 1600x1000 screen at 150 %).
    window->resize(QSize(1600, 1000).boundedTo(window->screen()->availableSize()));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showDashboard();
    auto *period = child<QComboBox>(*window, "dashboardPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("quarter")));
    QTest::qWait(200);
    auto *scroll = child<QScrollArea>(*window, "dashboardScroll");
    QScrollBar *bar = scroll->verticalScrollBar();
    int page = 0;
    for (int value = 0;; value += scroll->viewport()->height()) {
        bar->setValue(value);
        QTest::qWait(100);
        REQUIRE(window->grab().save(prefix + QString::number(++page) + QStringLiteral(".png")));
        if (value >= bar->maximum())
            break;
    }
    // Each chart as exported, for the slides.
    for (ChartWidget *chart : window->findChildren<ChartWidget *>()) {
        REQUIRE(chart->exportPng(prefix + chart->objectName() + QStringLiteral(".png"),
                                 DashboardView::exportSize));
    }
    // A drill-down: the lead list with its chip.
    auto *funnel = child<ChartWidget>(*window, "funnelChart");
    bar->setValue(0);
    QTest::qWait(50);
    const std::optional<QPoint> point = funnel->itemPosition(0, 3);
    REQUIRE(point.has_value());
    QTest::mouseClick(funnel->viewport(), Qt::LeftButton, Qt::NoModifier, *point);
    QTest::qWait(200);
    REQUIRE(window->grab().save(prefix + QStringLiteral("drilldown.png")));
    window.reset();
    QCoreApplication::removeTranslator(&draft);
}
