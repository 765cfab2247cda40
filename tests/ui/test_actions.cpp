// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncontroller.h"
#include "leaddetailpanel.h"
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "modeltestwarnings.h"
#include "queueview.h"
#include "qtstringmaker.h"
#include "timelinemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QListView>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

TransitionRequest contactRequest()
{
    TransitionRequest request;
    request.action = LeadAction::LogContact;
    request.contactKind = ContactKind::Call;
    return request;
}

QString lastTimelineText(const MainWindow &window, int column)
{
    const QAbstractItemModel *timeline = child<QListView>(window, "timeline")->model();
    REQUIRE(timeline->rowCount() > 0);
    return timeline->index(timeline->rowCount() - 1, column).data().toString();
}

} // namespace

TEST_CASE("An action through the dialog seam changes the lead and shows in the timeline at once",
          "[ui][actions]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    assignAll(fixture, leads, fixture.manager);
    FakeDialogRunner *runner = nullptr;
    auto window = makeWindow(fixture, fixture.manager, &runner);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    ModelTestWarnings warnings;
    QAbstractItemModelTester queueTester(window->leadModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester timelineTester(window->detailPanel()->timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    auto *table = child<QueueView>(*window, "leadTable");
    auto *undoButton = child<QToolButton>(*window, "undoButton");
    table->selectRow(1);
    const Lead lead = leads.at(1);
    const int eventsBefore = window->detailPanel()->timelineModel()->rowCount();
    CHECK_FALSE(undoButton->isVisible());

    runner->nextRequest = contactRequest();
    child<QAction>(*window, "action_contact")->trigger();
    CHECK(runner->askedActions == QList<LeadAction>({LeadAction::LogContact}));
    CHECK(runner->askedLeads == QList<qint64>({lead.id}));

    // The row, the detail and its timeline show it without waiting for a refresh.
    CHECK(table->model()->index(1, LeadTableModel::Status).data().toString()
          == statusTitle(LeadStatus::InWork));
    CHECK(window->detailPanel()->lead()->status == LeadStatus::InWork);
    CHECK(window->detailPanel()->timelineModel()->rowCount() == eventsBefore + 1);
    CHECK(lastTimelineText(*window, TimelineModel::What)
          == TimelineModel::tr("%1 → %2").arg(statusTitle(LeadStatus::New),
                                             statusTitle(LeadStatus::InWork)));
    CHECK(lastTimelineText(*window, TimelineModel::Who) == fixture.manager.displayName);
    CHECK(window->statusBar()->currentMessage().contains(statusTitle(LeadStatus::InWork)));
    CHECK(undoButton->isVisible());
    CHECK(table->currentIndex().row() == 1); // still on the lead just worked

    SECTION("undo restores the status with a compensating event")
    {
        fixture.clock().advanceSecs(5);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(window->detailPanel()->lead()->status == LeadStatus::New);
        CHECK(table->model()->index(1, LeadTableModel::Status).data().toString()
              == statusTitle(LeadStatus::New));
        const TimelineModel *timeline = window->detailPanel()->timelineModel();
        REQUIRE(timeline->rowCount() == eventsBefore + 2);
        CHECK(timeline->events().last().kind == EventKind::Compensation);
        CHECK(timeline->events().last().undoesEventId == timeline->events().at(eventsBefore).id);
        CHECK(lastTimelineText(*window, TimelineModel::What).contains(statusTitle(LeadStatus::New)));
        CHECK_FALSE(undoButton->isVisible());
        // The log kept the original event: nothing was edited.
        LeadService service(fixture.db(), fixture.clock());
        CHECK(service.lead(lead.id).status == LeadStatus::New);
        CHECK(service.history(lead.id).size() == eventsBefore + 2);
    }
    SECTION("the undo offer ends after the undo window")
    {
        fixture.clock().advanceSecs(LeadService::undoWindowSeconds + 1);
        window->tick();
        CHECK_FALSE(child<QAction>(*window, "undoAction")->isEnabled());
        CHECK_FALSE(undoButton->isVisible());
    }
    SECTION("a cancelled dialog changes nothing")
    {
        child<QAction>(*window, "action_qualify")->trigger(); // no prepared answer: cancelled
        CHECK(window->detailPanel()->lead()->status == LeadStatus::InWork);
    }
    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("Enter on the queue opens the lead's most likely next action", "[ui][actions][keyboard]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 2);
    assignAll(fixture, leads, fixture.manager);
    logContact(fixture, leads.at(1).id);
    FakeDialogRunner *runner = nullptr;
    auto window = makeWindow(fixture, fixture.manager, &runner);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    REQUIRE(table->hasFocus());

    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(runner->askedActions == QList<LeadAction>({LeadAction::LogContact, LeadAction::Qualify}));
    // Shortcuts reach the actions too.
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    CHECK(runner->askedActions.last() == LeadAction::Reject);
}

TEST_CASE("The role decides which actions are offered", "[ui][actions]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 2);
    reject(fixture, leads.at(0).id);
    const auto visible = [](const MainWindow &window, const char *name) {
        return child<QAction>(window, name)->isVisible();
    };
    const auto enabled = [](const MainWindow &window, const char *name) {
        return child<QAction>(window, name)->isEnabled();
    };

    SECTION("marketing: read-only plus dispute")
    {
        auto window = makeWindow(fixture, fixture.marketing);
        CHECK_FALSE(visible(*window, "action_contact"));
        CHECK_FALSE(visible(*window, "action_reject"));
        CHECK_FALSE(visible(*window, "reassignAction"));
        CHECK(visible(*window, "action_dispute"));
        auto *status = child<QComboBox>(*window, "statusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("rejected_disputed")));
        REQUIRE(window->detailPanel()->lead()->id == leads.at(0).id);
        CHECK(enabled(*window, "action_dispute"));
    }
    SECTION("head of sales: reassign, confirm, return")
    {
        auto window = makeWindow(fixture, fixture.head);
        CHECK(visible(*window, "reassignAction"));
        CHECK(visible(*window, "action_confirm"));
        CHECK(visible(*window, "action_return"));
        CHECK_FALSE(visible(*window, "action_dispute"));
        CHECK(enabled(*window, "reassignAction"));
        CHECK_FALSE(enabled(*window, "action_confirm")); // the lead is not disputed
    }
    SECTION("read-only database: nothing to do")
    {
        fixture.reopen(Database::Access::ReadOnly);
        auto window = makeWindow(fixture, fixture.head);
        for (QAction *action : window->actions()->leadActions())
            CHECK_FALSE(action->isEnabled());
        CHECK_FALSE(enabled(*window, "reassignAction"));
    }
}

TEST_CASE("The head of sales reassigns through the dialog seam and may undo it", "[ui][actions]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 1);
    FakeDialogRunner *runner = nullptr;
    auto window = makeWindow(fixture, fixture.head, &runner);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    REQUIRE(window->detailPanel()->lead()->id == leads.at(0).id);

    runner->nextOwner = OwnerChoice{fixture.otherManager.id};
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window->detailPanel()->lead()->ownerId == fixture.otherManager.id);
    CHECK(window->leadModel()->index(0, LeadTableModel::Owner).data().toString()
          == fixture.otherManager.displayName);
    CHECK(lastTimelineText(*window, TimelineModel::What).contains(fixture.otherManager.displayName));
    REQUIRE(child<QAction>(*window, "undoAction")->isEnabled());
    child<QAction>(*window, "undoAction")->trigger();
    CHECK_FALSE(window->detailPanel()->lead()->ownerId.has_value());
}
