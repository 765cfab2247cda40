// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/metricstablemodel.h"
#include "dashboard/metricstableview.h"
#include "modeltestwarnings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

// Restores the default locale when the test ends.
struct LocaleGuard
{
    QLocale saved;
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

void fill(MetricsTableModel &model)
{
    const QList<MetricsColumn> columns = {
        {QStringLiteral("received"), QStringLiteral("Получено"), ValueFormat::Count, true},
        {QStringLiteral("romi"), QStringLiteral("ROMI, %"), ValueFormat::Percent, false},
        {QStringLiteral("spend"), QStringLiteral("Spend; RUB"), ValueFormat::Money, false},
    };
    const QList<MetricsRow> rows = {
        {QStringLiteral("seo"), QStringLiteral("seo"), {1234567.0, 12.5, 1000000.0}},
        {QStringLiteral("ads"),
         QStringLiteral("Контекст \"Яндекс\""),
         {40.0, std::nullopt, std::nullopt}},
    };
    model.setTable(columns, rows, QStringLiteral("Канал"));
}

} // namespace

TEST_CASE("The metrics table writes CSV for Excel", "[ui][metricstable]")
{
    LocaleGuard guard;
    MetricsTableModel model;
    ModelTestWarnings warnings;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fill(model);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("—"));

    SECTION("Russian locale: semicolons and decimal commas")
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.csv"));
        REQUIRE(model.exportCsv(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        // Header, two rows, and the empty rest after the last line end.
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("Канал;Получено;ROMI, %;\"Spend; RUB\""));
        CHECK(lines.at(1) == QStringLiteral("seo;1234567;12,5;1000000"));
        CHECK(lines.at(2) == QStringLiteral("\"Контекст \"\"Яндекс\"\"\";40;;"));
        CHECK(lines.at(3).isEmpty());
    }
    SECTION("English locale: commas and decimal points")
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList lines
            = QString::fromUtf8(model.toCsv().mid(3)).split(QStringLiteral("\r\n"));
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("Канал,Получено,\"ROMI, %\",Spend; RUB"));
        CHECK(lines.at(1) == QStringLiteral("seo,1234567,12.5,1000000"));
    }
}

TEST_CASE("A click on a drillable cell of the metrics table is reported", "[ui][metricstable]")
{
    MetricsTableView view;
    fill(*view.metricsModel());
    view.resize(800, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &MetricsTableView::cellActivated);
    const auto click = [&view](int row, int column) {
        const QRect rect = view.visualRect(view.model()->index(row, column));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    };
    click(0, 1); // seo, received: drillable
    click(0, 2); // ROMI: not drillable
    click(1, 0); // the label
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toInt() == 0);
    CHECK(activated.at(0).at(1).toInt() == 1);
}
