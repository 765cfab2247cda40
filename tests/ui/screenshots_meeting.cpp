// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of meeting mode for review (hidden: run `leadpact_ui_tests "[screenshots]"` with
// LEADPACT_SCREENSHOT_DB (a demo database; notes are added as "rop" when the week has none) and
// LEADPACT_SCREENSHOT_DIR set; in Russian, every slide at 1920x1080 and 1280x720).
#include "i18n/translations.h"
#include "meeting/meetingservice.h"
#include "meeting/meetingsession.h"
#include "meeting/meetingwindow.h"
#include "report/dailyreportdialog.h"
#include "storage/userrepository.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("Meeting mode screenshots", "[.][screenshots]")
{
    const QString path = qEnvironmentVariable("LEADPACT_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("LEADPACT_SCREENSHOT_DIR");
    if (path.isEmpty() || out.isEmpty()) {
        WARN("LEADPACT_SCREENSHOT_DB / LEADPACT_SCREENSHOT_DIR not set");
        return;
    }
    QDir().mkpath(out);
    installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia));
    clearSettings();
    auto db = Database::openSqlite(path, Database::Access::ReadWrite);
    UserRepository users(*db);
    const User head = users.requireByLogin(QStringLiteral("rop"));
    const Clock &clock = Clock::system();
    FakeDialogRunner runner;
    const IsoWeek week = IsoWeek::parse(QStringLiteral("2026-W47")).value();

    MeetingService service(*db, clock);
    if (service.items(week, MeetingItemKind::Idea).isEmpty()) {
        service.addItem(week,
                        MeetingItemKind::Idea,
                        QStringLiteral("Промокод «ПАРТНЁР-10» для лидов из реферальной программы"),
                        head);
        service.addItem(week,
                        MeetingItemKind::Idea,
                        QStringLiteral("Отдельный лендинг для сегмента «малый бизнес» в контексте"),
                        head);
        service.addItem(week,
                        MeetingItemKind::Note,
                        QStringLiteral(
                            "Маркетинг предупреждает о запуске акции за три дня до старта"),
                        head);
        std::optional<qint64> owner;
        for (const User &u : users.list()) {
            if (u.role == Role::Manager && u.active) {
                owner = u.id;
                break;
            }
        }
        service.addActionItem(week.addWeeks(-2),
                              QStringLiteral("Проверить разметку UTM в кампаниях контекста"),
                              owner,
                              week.monday().addDays(-3),
                              head);
        service.addActionItem(week.previous(),
                              QStringLiteral("Согласовать скрипт первого звонка"),
                              owner,
                              week.sunday().addDays(10),
                              head);
        service.addActionItem(week,
                              QStringLiteral("Обзвонить лиды, висящие без контакта больше суток"),
                              owner,
                              week.sunday().addDays(3),
                              head);
    }

    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        MeetingWindow window(*db, clock, head, runner, week);
        window.setFixedSize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QTest::qWaitFor([&] { return !window.session().isComputing(); }, 600000));
        for (int i = 0; i < window.slideCount(); ++i) {
            window.showSlide(i);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QTest::qWait(50);
            const QString file = QStringLiteral("%1/meeting-%2x%3-slide%4.png")
                                     .arg(out)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(i + 1);
            REQUIRE(window.grab().save(file));
        }
    }
    DailyReportDialog dialog(*db, clock, runner);
    dialog.showDate(week.sunday().addDays(-2));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.grab().save(out + QStringLiteral("/daily-report-dialog.png")));
}
