// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode: keys and the slide counter, the week's numbers on the slides, edits saved
// through MeetingService and shown again when the week is reopened, read-only for managers,
// and "show leads" on a problem listing exactly its leads.
#include "filterbar.h"
#include "leadtablemodel.h"
#include "meeting/actionsslide.h"
#include "meeting/meetingservice.h"
#include "meeting/meetingsession.h"
#include "meeting/meetingwindow.h"
#include "meeting/notesslide.h"
#include "meetingsample.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QString digits(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (c.isDigit())
            result.append(c);
    }
    return result;
}

struct Meeting
{
    Meeting(TempDatabase &fx, const User &user)
        : window(std::make_unique<MeetingWindow>(fx.db(), fx.clock(), user, runner))
    {
        window->resize(1280, 720);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        waitForNumbers();
    }

    void waitForNumbers()
    {
        REQUIRE(QTest::qWaitFor([this] { return !window->session().isComputing(); }, 10000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QString counter() const { return child<QLabel>(*window, "slideCounter")->text(); }
    QString text(const char *name) const { return child<QLabel>(*window, name)->text(); }
    // The visible widgets of `T` named `name` on slide `index`, in layout order.
    template<typename T>
    QList<T *> on(int index, const char *name) const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        window->showSlide(index);
        return window->slide(index)->findChildren<T *>(QLatin1String(name));
    }
    QStringList texts(int index, const char *name) const
    {
        QStringList result;
        for (QLabel *label : on<QLabel>(index, name))
            result.append(label->text());
        return result;
    }
    void key(Qt::Key key) { QTest::keyClick(window.get(), key); }

    FakeDialogRunner runner;
    std::unique_ptr<MeetingWindow> window;
};

} // namespace

TEST_CASE("Meeting mode: the keys move through the slides, the counter follows", "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    Meeting meeting(fx, fx.head);

    // The agenda's five slides, then the free notes.
    REQUIRE(meeting.window->slideCount() == 6);
    const QStringList names = {QStringLiteral("bestDealSlide"),
                               QStringLiteral("factsSlide"),
                               QStringLiteral("problemsSlide"),
                               QStringLiteral("ideasSlide"),
                               QStringLiteral("actionsSlide"),
                               QStringLiteral("notesSlide")};
    for (int i = 0; i < names.size(); ++i)
        CHECK(meeting.window->slide(i)->objectName() == names[i]);

    CHECK(meeting.window->session().week() == MeetingSample::week());
    CHECK(meeting.counter() == QStringLiteral("1 / 6"));
    meeting.key(Qt::Key_Right);
    CHECK(meeting.counter() == QStringLiteral("2 / 6"));
    meeting.key(Qt::Key_PageDown);
    CHECK(meeting.counter() == QStringLiteral("3 / 6"));
    meeting.key(Qt::Key_Left);
    CHECK(meeting.counter() == QStringLiteral("2 / 6"));
    meeting.key(Qt::Key_PageUp);
    meeting.key(Qt::Key_PageUp); // stays on the first
    CHECK(meeting.counter() == QStringLiteral("1 / 6"));
    meeting.key(Qt::Key_End);
    CHECK(meeting.counter() == QStringLiteral("6 / 6"));
    meeting.key(Qt::Key_Right); // stays on the last
    CHECK(meeting.window->currentSlide() == 5);
    CHECK(meeting.text("slideTitle") == meeting.window->slide(5)->title());
    meeting.key(Qt::Key_Home);
    CHECK(meeting.counter() == QStringLiteral("1 / 6"));
    CHECK_FALSE(meeting.text("meetingClock").isEmpty());

    meeting.key(Qt::Key_Escape);
    CHECK_FALSE(meeting.window->isVisible());
}

TEST_CASE("Meeting mode: the best deal and the week's facts", "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    Meeting meeting(fx, fx.head);

    CHECK(digits(meeting.text("bestDealAmount")) == QStringLiteral("1234567"));
    CHECK(meeting.text("bestDealValue0") == QStringLiteral("context"));
    CHECK(meeting.text("bestDealValue1") == QStringLiteral("black_friday"));
    CHECK(meeting.text("bestDealValue2") == QStringLiteral("anna"));
    CHECK(meeting.text("bestDealValue3").startsWith(QStringLiteral("2 ")));
    CHECK(meeting.text("bestDealThanks").contains(QStringLiteral("black_friday")));

    meeting.window->showSlide(1);
    CHECK(meeting.text("fact_received_1") == QStringLiteral("4"));
    CHECK(meeting.text("fact_processed_1") == QStringLiteral("3"));
    CHECK(meeting.text("fact_rejected_1") == QStringLiteral("1"));
    CHECK(meeting.text("fact_won_1") == QStringLiteral("1"));
    CHECK(meeting.text("fact_received_2") == QStringLiteral("0")); // nothing the week before
    // More leads than the week before is better: blue; more rejections is worse: vermilion.
    CHECK(child<QLabel>(*meeting.window, "fact_received_4")->property("role").toString()
          == QStringLiteral("better"));
    CHECK(child<QLabel>(*meeting.window, "fact_rejected_4")->property("role").toString()
          == QStringLiteral("worse"));

    // Ctrl+E saves the meeting as PDF where the user says; Ctrl+P opens the print preview.
    QTemporaryDir dir;
    meeting.runner.nextFileName = dir.filePath(QStringLiteral("m.pdf"));
    QTest::keyClick(meeting.window.get(), Qt::Key_E, Qt::ControlModifier);
    CHECK(meeting.runner.askedFileNames == QStringList({QStringLiteral("meeting-2026-W47.pdf")}));
    CHECK(QFile(dir.filePath(QStringLiteral("m.pdf"))).size() > 1000);
    QTest::keyClick(meeting.window.get(), Qt::Key_P, Qt::ControlModifier);
    CHECK(meeting.runner.printedTitles.size() == 1);
}

TEST_CASE("Meeting mode: a problem, an idea and an action item are saved and shown again",
          "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    const IsoWeek week = MeetingSample::week();
    MeetingService service(fx.db(), fx.clock());
    {
        Meeting meeting(fx, fx.head);
        // Entering the week stored the one rule that fires (lead 3 untouched for days).
        QList<MeetingItem> problems = service.items(week, MeetingItemKind::Problem);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].rule == QStringLiteral("untouched_leads"));

        // Add a problem.
        meeting.on<QPushButton>(2, "addItemButton").value(0)->click();
        QLineEdit *text = meeting.on<QLineEdit>(2, "itemTextEdit").value(0);
        REQUIRE(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("Leads from seo without a phone"));
        meeting.on<QLineEdit>(2, "itemEvidenceEdit").value(0)->insert(QStringLiteral("2 из 4"));
        meeting.on<QPushButton>(2, "saveItemButton").value(0)->click();
        problems = service.items(week, MeetingItemKind::Problem);
        REQUIRE(problems.size() == 2);
        CHECK(problems[1].text == QStringLiteral("Leads from seo without a phone"));
        CHECK(problems[1].evidence == QStringLiteral("2 из 4"));

        // Edit the first: the editor holds its text; Enter saves.
        meeting.on<QPushButton>(2, "editItemButton").value(0)->click();
        CHECK(text->text() == problems[0].text);
        text->setText(QStringLiteral("Лид висит без звонка с пятницы"));
        QTest::keyClick(text, Qt::Key_Return);
        CHECK(service.items(week, MeetingItemKind::Problem)[0].text
              == QStringLiteral("Лид висит без звонка с пятницы"));
        CHECK(meeting.texts(2, "itemText")
              == QStringList({QStringLiteral("Лид висит без звонка с пятницы"),
                              QStringLiteral("Leads from seo without a phone")}));

        // Esc closes an open editor, not the meeting; a second Esc would leave.
        meeting.on<QPushButton>(2, "addItemButton").value(0)->click();
        meeting.key(Qt::Key_Escape);
        CHECK(meeting.window->isVisible());
        CHECK_FALSE(static_cast<NotesSlide *>(meeting.window->slide(2))->isEditing());

        // An idea.
        meeting.on<QPushButton>(3, "addItemButton").value(0)->click();
        QLineEdit *idea = meeting.on<QLineEdit>(3, "itemTextEdit").value(0);
        idea->insert(QStringLiteral("Промокод для партнёров"));
        QTest::keyClick(idea, Qt::Key_Return);
        CHECK(service.items(week, MeetingItemKind::Idea).size() == 1);

        // A free note of the meeting.
        meeting.on<QPushButton>(5, "addItemButton").value(0)->click();
        QLineEdit *note = meeting.on<QLineEdit>(5, "itemTextEdit").value(0);
        note->insert(QStringLiteral("Следующая встреча в четверг"));
        QTest::keyClick(note, Qt::Key_Return);
        CHECK(service.items(week, MeetingItemKind::Note).size() == 1);

        // An action item for anna by Friday 27 November.
        meeting.on<QPushButton>(4, "addActionButton").value(0)->click();
        meeting.on<QLineEdit>(4, "actionTextEdit")
            .value(0)
            ->insert(QStringLiteral("Обзвонить лиды seo"));
        QComboBox *owner = meeting.on<QComboBox>(4, "actionOwnerCombo").value(0);
        owner->setCurrentIndex(owner->findData(fx.manager.id));
        meeting.on<QDateEdit>(4, "actionDeadlineEdit").value(0)->setDate(QDate(2026, 11, 27));
        meeting.on<QPushButton>(4, "saveActionButton").value(0)->click();
        QList<WeekActionItem> actions = service.actionItems(week, QDate(2026, 11, 23));
        REQUIRE(actions.size() == 1);
        CHECK(actions[0].item.ownerId == fx.manager.id);
        CHECK(actions[0].item.deadline == QDate(2026, 11, 27));

        // Done, from the status list.
        QComboBox *status = meeting.on<QComboBox>(4, "actionStatusCombo").value(0);
        status->setCurrentIndex(status->findData(int(ActionStatus::Done)));
        emit status->activated(status->currentIndex());
        CHECK(service.actionItems(week, QDate(2026, 11, 23))[0].item.status == ActionStatus::Done);

        // Remove the typed-in problem.
        meeting.on<QPushButton>(2, "removeItemButton").value(1)->click();
        CHECK(service.items(week, MeetingItemKind::Problem).size() == 1);

        // Every change is in the week's log, by the head of sales.
        const QList<MeetingChange> log = service.history(week);
        // Proposed problem, problem added, edited, idea, note, action item, its status, removal.
        CHECK(log.size() == 8);
        CHECK(std::all_of(log.cbegin(), log.cend(), [&](const MeetingChange &c) {
            return c.actorId == fx.head.id;
        }));
    }
    // Reopened: everything is read back from the database.
    Meeting again(fx, fx.head);
    CHECK(again.texts(2, "itemText")
          == QStringList({QStringLiteral("Лид висит без звонка с пятницы")}));
    CHECK(again.texts(3, "itemText") == QStringList({QStringLiteral("Промокод для партнёров")}));
    CHECK(again.texts(4, "actionText") == QStringList({QStringLiteral("Обзвонить лиды seo")}));
    CHECK(again.texts(5, "itemText")
          == QStringList({QStringLiteral("Следующая встреча в четверг")}));
    QComboBox *status = again.on<QComboBox>(4, "actionStatusCombo").value(0);
    CHECK(status->currentData().toInt() == int(ActionStatus::Done));
}

TEST_CASE("Meeting mode: carried-over action items, and overdue ones in red", "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingService service(fx.db(), fx.clock());
    const IsoWeek week = MeetingSample::week();
    // Agreed two weeks earlier with a deadline on Friday 20 November, still open.
    service.addActionItem(week.addWeeks(-2),
                          QStringLiteral("Новый лендинг"),
                          fx.marketing.id,
                          QDate(2026, 11, 20),
                          fx.head);
    Meeting meeting(fx, fx.head);
    CHECK(meeting.texts(4, "carriedOverTag").size() == 1);
    CHECK(meeting.texts(4, "carriedOverTag")[0].contains(week.addWeeks(-2).toString()));
    const QList<QLabel *> overdue = meeting.on<QLabel>(4, "overdueDeadline");
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0]->property("role").toString() == QStringLiteral("overdue"));
}

TEST_CASE("Meeting mode is read-only for a manager, who may close their own action items",
          "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    const IsoWeek week = MeetingSample::week();
    MeetingService service(fx.db(), fx.clock());
    service.addActionItem(week, QStringLiteral("Anna's"), fx.manager.id, {}, fx.head);
    service.addActionItem(week, QStringLiteral("Boris's"), fx.otherManager.id, {}, fx.head);

    Meeting meeting(fx, fx.manager);
    // Nothing was stored: the rules' problem is shown as a proposal.
    CHECK(service.items(week, MeetingItemKind::Problem).isEmpty());
    CHECK(meeting.texts(2, "itemText").size() == 1);
    for (int slide : {2, 3, 5}) {
        CHECK_FALSE(meeting.on<QPushButton>(slide, "addItemButton")
                        .value(0)
                        ->isVisibleTo(meeting.window.get()));
        CHECK(meeting.on<QPushButton>(slide, "editItemButton").isEmpty());
        CHECK(meeting.on<QPushButton>(slide, "removeItemButton").isEmpty());
    }
    CHECK_FALSE(
        meeting.on<QPushButton>(4, "addActionButton").value(0)->isVisibleTo(meeting.window.get()));
    CHECK(meeting.on<QPushButton>(4, "editActionButton").isEmpty());
    const QList<QComboBox *> statuses = meeting.on<QComboBox>(4, "actionStatusCombo");
    REQUIRE(statuses.size() == 2);
    CHECK(statuses[0]->isEnabled());
    CHECK_FALSE(statuses[1]->isEnabled());
    statuses[0]->setCurrentIndex(statuses[0]->findData(int(ActionStatus::Done)));
    emit statuses[0]->activated(statuses[0]->currentIndex());
    CHECK(service.actionItems(week, QDate(2026, 11, 23))[0].item.status == ActionStatus::Done);
}

TEST_CASE("Meeting mode: a problem's \"show leads\" lists exactly its leads", "[ui][meeting]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    auto window = makeWindow(fx, fx.head);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->findChild<QAction *>(QStringLiteral("meetingAction"))->trigger();
    MeetingWindow *meeting = window->meetingWindow();
    REQUIRE(meeting != nullptr);
    CHECK(meeting->isFullScreen());
    REQUIRE(QTest::qWaitFor([meeting] { return !meeting->session().isComputing(); }, 10000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    meeting->showSlide(2);
    const QList<QPushButton *> links = meeting->slide(2)->findChildren<QPushButton *>(
        QStringLiteral("showLeadsButton"));
    REQUIRE(links.size() == 1);
    links[0]->click();
    CHECK(window->filterBar()->hasDrillDown());
    CHECK(window->leadModel()->totalCount() == 1);
    CHECK(window->leadModel()->lead(0)->id == sample.untouched);
    // Shift+F5 brings the same meeting back.
    window->findChild<QAction *>(QStringLiteral("meetingAction"))->trigger();
    CHECK(window->meetingWindow() == meeting);
}
