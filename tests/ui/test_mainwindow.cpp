// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "qtstringmaker.h"
#include "tempdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

// Each test starts from no saved window settings (uitestmain.cpp keeps them in a private folder).
void clearSettings()
{
    QSettings().clear();
}

template<typename T>
T *child(const QWidget &window, const char *name)
{
    T *widget = window.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

int comboIndexOf(const QComboBox &combo, LeadStatus status)
{
    return combo.findData(statusCode(status));
}

} // namespace

TEST_CASE("MainWindow lists the leads and filters them by status", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 12);
    logContact(fixture, leads.at(2).id);
    logContact(fixture, leads.at(7).id);
    reject(fixture, leads.at(9).id);

    MainWindow window(fixture.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("LeadPact"));

    auto *table = child<QTableView>(window, "leadTable");
    auto *filter = child<QComboBox>(window, "statusFilter");
    REQUIRE(table->model() == window.leadModel());
    CHECK(table->model()->rowCount() == 12);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(table->isSortingEnabled());

    // "All" plus every status, titled by the core.
    REQUIRE(filter->count() == 1 + static_cast<int>(allLeadStatuses.size()));
    CHECK(filter->currentIndex() == 0);
    for (LeadStatus status : allLeadStatuses)
        CHECK(filter->itemText(comboIndexOf(*filter, status)) == statusTitle(status));

    filter->setCurrentIndex(comboIndexOf(*filter, LeadStatus::InWork));
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(window.leadModel()->lead(0).id == leads.at(2).id);
    CHECK(window.leadModel()->lead(1).id == leads.at(7).id);

    filter->setCurrentIndex(comboIndexOf(*filter, LeadStatus::Rejected));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(window.leadModel()->lead(0).id == leads.at(9).id);

    filter->setCurrentIndex(comboIndexOf(*filter, LeadStatus::Won));
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QLabel>(window, "leadCount")->text().contains(QLatin1Char('0')));

    filter->setCurrentIndex(0);
    CHECK(table->model()->rowCount() == 12);
    CHECK(child<QLabel>(window, "leadCount")->text().contains(QStringLiteral("12")));
}

TEST_CASE("MainWindow's status filter is reachable from the keyboard", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 4);
    logContact(fixture, leads.at(1).id);

    MainWindow window(fixture.db());
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *table = child<QTableView>(window, "leadTable");
    auto *filter = child<QComboBox>(window, "statusFilter");
    CHECK(table->hasFocus());

    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier); // the "&Status:" label's buddy
    REQUIRE(filter->hasFocus());
    // Down twice: All -> New -> In work.
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(filter->currentIndex() == comboIndexOf(*filter, LeadStatus::InWork));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(window.leadModel()->lead(0).id == leads.at(1).id);
}

TEST_CASE("MainWindow loads the next page when the table is scrolled to the end", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 450);

    MainWindow window(fixture.db());
    window.resize(800, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(window, "leadTable");
    REQUIRE(table->model()->rowCount() == LeadTableModel::pageSize);

    // QTRY_* would report to QtTest, not Catch: wait, then check.
    const auto waitForRows = [table](int rows) {
        return QTest::qWaitFor([table, rows] { return table->model()->rowCount() == rows; }, 2000);
    };
    table->scrollToBottom();
    CHECK(waitForRows(2 * LeadTableModel::pageSize));
    table->scrollToBottom();
    CHECK(waitForRows(450));
    CHECK(child<QLabel>(window, "leadCount")->text().contains(QLocale().toString(450)));
}

TEST_CASE("MainWindow's status bar names the database and its access mode", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 3);

    SECTION("read-write")
    {
        MainWindow window(fixture.db());
        CHECK(child<QLabel>(window, "databasePath")->text()
              == QDir::toNativeSeparators(fixture.db().location()));
        CHECK(child<QLabel>(window, "accessMode")->text() == MainWindow::tr("Read-write"));
        CHECK(child<QLabel>(window, "leadCount")->text().contains(QLatin1Char('3')));
    }
    SECTION("read-only")
    {
        fixture.reopen(Database::Access::ReadOnly);
        MainWindow window(fixture.db());
        CHECK(child<QLabel>(window, "accessMode")->text() == MainWindow::tr("Read-only"));
        CHECK(child<QTableView>(window, "leadTable")->model()->rowCount() == 3);
    }
}

TEST_CASE("MainWindow keeps the column widths between sessions", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 3);
    {
        MainWindow window(fixture.db());
        window.show();
        auto *table = child<QTableView>(window, "leadTable");
        CHECK(table->columnWidth(LeadTableModel::Name) > 0);
        table->setColumnWidth(LeadTableModel::Name, 234);
        table->setColumnWidth(LeadTableModel::Phone, 123);
        window.close();
    }
    MainWindow window(fixture.db());
    auto *table = child<QTableView>(window, "leadTable");
    CHECK(table->columnWidth(LeadTableModel::Name) == 234);
    CHECK(table->columnWidth(LeadTableModel::Phone) == 123);
}

TEST_CASE("MainWindow's About names the licence without blocking", "[ui][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    MainWindow window(fixture.db());
    window.show();
    child<QAction>(window, "aboutAction")->trigger();
    auto *about = child<QMessageBox>(window, "aboutDialog");
    CHECK(about->isVisible());
    CHECK(about->text().contains(QStringLiteral("GPL-3.0-or-later")));
    about->accept();
}
