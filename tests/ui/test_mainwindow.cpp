// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailpanel.h"
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "queueview.h"
#include "qtstringmaker.h"
#include "sladisplay.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

SlaState slaState(const QueueView &table, int row)
{
    return static_cast<SlaState>(table.model()
                                     ->index(row, LeadTableModel::Sla)
                                     .data(LeadTableModel::SlaStateRole)
                                     .toInt());
}

} // namespace

TEST_CASE("MainWindow opens on the manager's open leads in SLA order", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 12);
    assignAll(fixture, leads.mid(0, 10), fixture.manager);
    assignAll(fixture, leads.mid(10), fixture.otherManager);
    logContact(fixture, leads.at(2).id);
    reject(fixture, leads.at(9).id);

    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(table->isSortingEnabled());
    // Hers, open (new and in work): not the rejected one, not Boris's.
    REQUIRE(table->model()->rowCount() == 9);
    // Waiting leads first, in deadline (arrival) order; the contacted lead 2 last.
    const QList<int> expected = {0, 1, 3, 4, 5, 6, 7, 8, 2};
    for (int row = 0; row < 9; ++row)
        CHECK(window->leadModel()->lead(row)->id == leads.at(expected.at(row)).id);
    CHECK(child<QLabel>(*window, "leadCount")->text().contains(QLatin1Char('9')));
    // The manager has no owner choice: her own queue is the queue.
    CHECK(child<QComboBox>(*window, "ownerFilter")->isHidden());
    // The first lead is selected and shown in the detail panel.
    CHECK(table->currentIndex().row() == 0);
    REQUIRE(window->detailPanel()->lead());
    CHECK(window->detailPanel()->lead()->id == leads.at(0).id);
}

TEST_CASE("MainWindow's countdown turns amber, then red, keeping the selection",
          "[ui][mainwindow][sla]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 5);
    assignAll(fixture, leads, fixture.manager);

    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    table->selectRow(2);
    const Lead lead = leads.at(2);
    auto *detailSla = child<QLabel>(*window, "detailSla");

    fixture.clock().set(lead.slaDueAt.addSecs(-10 * 60));
    window->tick();
    CHECK(slaState(*table, 2) == SlaState::OnTime);
    CHECK(detailSla->text() == SlaDisplay::tr("%1 left").arg(QStringLiteral("10:00")));

    fixture.clock().set(lead.slaDueAt.addSecs(-3 * 60));
    window->tick();
    CHECK(slaState(*table, 2) == SlaState::DueSoon);
    CHECK(table->model()->index(2, LeadTableModel::Sla).data(Qt::BackgroundRole).value<QBrush>()
          == SlaDisplay::background(SlaState::DueSoon));
    CHECK(detailSla->palette().color(QPalette::Window)
          == SlaDisplay::background(SlaState::DueSoon).color());

    fixture.clock().set(lead.slaDueAt.addSecs(65));
    window->tick();
    window->refreshQueue(); // the periodic re-read too
    CHECK(slaState(*table, 2) == SlaState::Overdue);
    CHECK(table->model()->index(2, LeadTableModel::Sla).data(Qt::BackgroundRole).value<QBrush>()
          == SlaDisplay::background(SlaState::Overdue));
    CHECK(detailSla->text() == SlaDisplay::tr("overdue %1").arg(QStringLiteral("1:05")));

    // Same row, same lead, still selected.
    CHECK(table->currentIndex().row() == 2);
    CHECK(table->selectionModel()->isRowSelected(2, QModelIndex()));
    CHECK(window->detailPanel()->lead()->id == lead.id);
}

TEST_CASE("MainWindow's refresh keeps the selected lead and the scroll position",
          "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 600);
    auto window = makeWindow(fixture, fixture.head);
    window->resize(1200, 700);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    REQUIRE(table->model()->rowCount() == 600);

    table->selectRow(450);
    const int scroll = table->verticalScrollBar()->value();
    CHECK(scroll > 0);
    // Two leads above it leave the open queue: the selected lead moves up by two rows.
    reject(fixture, leads.at(10).id);
    reject(fixture, leads.at(20).id);
    window->refreshQueue();
    CHECK(table->model()->rowCount() == 598);
    CHECK(table->currentIndex().row() == 448);
    CHECK(window->leadModel()->lead(448)->id == leads.at(450).id);
    CHECK(window->detailPanel()->lead()->id == leads.at(450).id);
    CHECK(table->verticalScrollBar()->value() == scroll);
}

TEST_CASE("MainWindow is usable from the keyboard", "[ui][mainwindow][keyboard]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 4);
    logContact(fixture, leads.at(1).id);

    auto window = makeWindow(fixture, fixture.head);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    auto *filter = child<QComboBox>(*window, "statusFilter");
    CHECK(table->hasFocus());

    // Arrow keys move through the queue (waiting leads 0, 2, 3 first, then the contacted 1);
    // the detail panel follows.
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    CHECK(window->detailPanel()->lead()->id == leads.at(2).id);

    QTest::keyClick(window.get(), Qt::Key_S, Qt::AltModifier); // the "&Status:" label's buddy
    REQUIRE(filter->hasFocus());
    // Open -> Rejected and disputed -> New -> In work.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(filter, Qt::Key_Down);
    CHECK(filter->currentData().toString() == statusCode(LeadStatus::InWork));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(window->leadModel()->lead(0)->id == leads.at(1).id);

    // Ctrl+F reaches the search box.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(*window, "searchBox");
    CHECK(search->hasFocus());

    // Down goes from the search box to what it found, without waiting for the pause.
    filter->setCurrentIndex(filter->findData(QStringLiteral("all")));
    QTest::keyClicks(search, QStringLiteral("300-00-03"));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->hasFocus());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->currentIndex().row() == 0);
    CHECK(window->detailPanel()->lead()->id == leads.at(3).id);

    // Esc in the search box clears it, and the whole queue comes back.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->model()->rowCount() == 4);
}

TEST_CASE("No two of the window's actions share a shortcut", "[ui][mainwindow][keyboard]")
{
    clearSettings();
    TempDatabase fixture;
    auto window = makeWindow(fixture, fixture.head);
    QHash<QString, QString> owner; // shortcut -> the action holding it
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            INFO(text.toStdString() << ": " << action->objectName().toStdString() << " and "
                                    << owner.value(text).toStdString());
            CHECK_FALSE(owner.contains(text));
            owner.insert(text, action->objectName());
        }
    }
    // Ctrl+R is Reject's, on every platform (the standard Refresh is Ctrl+R on GNOME and KDE).
    CHECK(owner.value(QStringLiteral("Ctrl+R")) == QStringLiteral("action_reject"));
    CHECK(child<QAction>(*window, "refreshAction")->shortcuts()
          == QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
}

TEST_CASE("Within each menu, no two entries share an access key", "[ui][mainwindow][keyboard]")
{
    clearSettings();
    TempDatabase fixture;
    auto window = makeWindow(fixture, fixture.head);
    const QList<QMenu *> menus = window->menuBar()->findChildren<QMenu *>();
    REQUIRE_FALSE(menus.isEmpty());
    for (const QMenu *menu : menus) {
        QHash<QChar, QString> owner; // access key -> the entry holding it
        for (const QAction *action : menu->actions()) {
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (action->isSeparator() || amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            INFO(menu->title().toStdString() << ": \"" << text.toStdString() << "\" and \""
                                             << owner.value(key).toStdString() << "\"");
            CHECK_FALSE(owner.contains(key));
            owner.insert(key, text);
        }
    }
}

TEST_CASE("MainWindow's status bar names the user, the database and its access mode",
          "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 3);

    SECTION("read-write")
    {
        auto window = makeWindow(fixture, fixture.head);
        auto *path = child<QLabel>(*window, "databasePath");
        CHECK(path->text() == QFileInfo(fixture.db().location()).fileName());
        CHECK(path->toolTip().contains(QDir::toNativeSeparators(fixture.db().location())));
        CHECK(child<QLabel>(*window, "accessMode")->text() == MainWindow::tr("Read-write"));
        CHECK(child<QLabel>(*window, "leadCount")->text().contains(QLatin1Char('3')));
        CHECK(child<QLabel>(*window, "userLabel")->text().contains(fixture.head.displayName));
    }
    SECTION("read-only")
    {
        fixture.reopen(Database::Access::ReadOnly);
        auto window = makeWindow(fixture, fixture.head);
        CHECK(child<QLabel>(*window, "accessMode")->text() == MainWindow::tr("Read-only"));
        CHECK(window->leadModel()->rowCount() == 3);
    }
}

TEST_CASE("MainWindow keeps column widths and filters between sessions", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 3);
    {
        auto window = makeWindow(fixture, fixture.head);
        window->show();
        auto *table = child<QueueView>(*window, "leadTable");
        table->setColumnWidth(LeadTableModel::Name, 234);
        table->setColumnWidth(LeadTableModel::Phone, 123);
        auto *channel = child<QComboBox>(*window, "channelFilter");
        channel->setCurrentIndex(channel->findData(QStringLiteral("seo")));
        window->close();
    }
    auto window = makeWindow(fixture, fixture.head);
    auto *table = child<QueueView>(*window, "leadTable");
    CHECK(table->columnWidth(LeadTableModel::Name) == 234);
    CHECK(table->columnWidth(LeadTableModel::Phone) == 123);
    CHECK(child<QComboBox>(*window, "channelFilter")->currentData().toString()
          == QStringLiteral("seo"));
    CHECK(window->leadModel()->rowCount() == 1);
}

TEST_CASE("MainWindow switches the user through the dialog seam", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    assignAll(fixture, leads.mid(0, 1), fixture.manager);
    FakeDialogRunner *runner = nullptr;
    auto window = makeWindow(fixture, fixture.head, &runner);
    CHECK(window->leadModel()->rowCount() == 3);
    CHECK_FALSE(child<QComboBox>(*window, "ownerFilter")->isHidden());

    runner->nextUser = fixture.manager;
    child<QAction>(*window, "switchUserAction")->trigger();
    CHECK(runner->userQuestions == 1);
    CHECK(window->user().login == fixture.manager.login);
    CHECK(window->leadModel()->rowCount() == 1);
    CHECK(QSettings().value(QStringLiteral("Identity/login")).toString() == fixture.manager.login);
}

TEST_CASE("MainWindow's About names the licence without blocking", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    child<QAction>(*window, "aboutAction")->trigger();
    auto *about = child<QMessageBox>(*window, "aboutDialog");
    CHECK(about->isVisible());
    CHECK(about->text().contains(QStringLiteral("GPL-3.0-or-later")));
    about->accept();
}
