// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard in the main window: its numbers lead to exactly their leads, the filter bar
// re-queries core, exports write the files asked for.
#include "charts/barchart.h"
#include "charts/funnelchart.h"
#include "charts/trendchart.h"
#include "dashboard/dashboardview.h"
#include "dashboard/metricstablemodel.h"
#include "dashboard/metricstableview.h"
#include "dashboard/spenddialog.h"
#include "demo/demogenerator.h"
#include "domain/money.h"
#include "filterbar.h"
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "metrics/spendservice.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

// 12 leads on Monday 2026-11-23 from 10:00 UTC, one a minute: channels context_ads, seo,
// referral in turn (4 each); leads 3, 7 and 11 have no phone (incomplete, one per channel...
// 3 is context_ads, 7 is seo, 11 is referral). Leads 1 (seo) and 2 (referral) are contacted,
// lead 5 (referral) is rejected.
struct Sample
{
    explicit Sample(TempDatabase &fixture)
        : leads(receiveLeads(fixture, 12, 4))
    {
        logContact(fixture, leads.at(1).id);
        logContact(fixture, leads.at(2).id);
        reject(fixture, leads.at(5).id);
    }
    QList<Lead> leads;
};

struct Dashboard
{
    explicit Dashboard(TempDatabase &fixture, const User &user)
        : window(makeWindow(fixture, user, &runner))
    {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showDashboard();
        view = child<DashboardView>(*window, "dashboardView");
        REQUIRE(view->isVisible());
    }

    // Clicks the item and checks the lead list then shows exactly `expected` leads.
    void drillInto(ChartWidget *chart, int series, int category, qint64 expected)
    {
        window->showDashboard();
        REQUIRE(view->isVisible());
        const std::optional<QPoint> point = chart->itemPosition(series, category);
        REQUIRE(point.has_value());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, *point);
        checkList(expected);
    }

    void checkList(qint64 expected)
    {
        CHECK(window->viewTabs()->currentWidget() == child<QWidget>(*window, "leadDesk"));
        CHECK(window->filterBar()->hasDrillDown());
        CHECK(child<QToolButton>(*window, "drillDownChip")->isVisible());
        CHECK(window->leadModel()->totalCount() == expected);
        CHECK(window->leadModel()->rowCount() == expected);
    }

    FakeDialogRunner *runner = nullptr;
    std::unique_ptr<MainWindow> window;
    DashboardView *view = nullptr;
};

} // namespace

TEST_CASE("A click on a dashboard number lists exactly the leads behind it", "[ui][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    const Sample sample(fixture);
    Dashboard dashboard(fixture, fixture.head);
    auto *funnel = child<FunnelChart>(*dashboard.window, "funnelChart");

    // Worked out by hand from the sample: 12 received, 9 with complete data, 2 contacted (both
    // complete), no SQL or deal yet; 3 incomplete, 1 rejected.
    const QList<std::pair<QString, qint64>> expected = {{QStringLiteral("received"), 12},
                                                        {QStringLiteral("mql"), 9},
                                                        {QStringLiteral("contacted"), 2},
                                                        {QStringLiteral("sql"), 0},
                                                        {QStringLiteral("won"), 0}};
    for (int index = 0; index < expected.size(); ++index) {
        CHECK(funnel->item(index)->key == expected.at(index).first);
        CHECK(funnel->item(index)->count == expected.at(index).second);
    }
    CHECK(funnel->item(5)->count == 3); // incomplete data
    CHECK(funnel->item(6)->count == 1); // rejected

    for (const int index : {0, 1, 2, 5, 6}) {
        CAPTURE(index);
        dashboard.drillInto(funnel, 0, index, funnel->item(index)->count);
    }

    // A channel's bar: four leads from each channel.
    auto *channels = child<BarChart>(*dashboard.window, "channelLeadsChart");
    const int seo = int(channels->data().categoryKeys.indexOf(QStringLiteral("seo")));
    REQUIRE(seo >= 0);
    CHECK(channels->data().series.first().values.at(seo) == 4.0);
    dashboard.drillInto(channels, 0, seo, 4);
    const QList<qint64> seoIds = {sample.leads.at(1).id,
                                  sample.leads.at(4).id,
                                  sample.leads.at(7).id,
                                  sample.leads.at(10).id};
    for (int row = 0; row < 4; ++row)
        CHECK(seoIds.contains(dashboard.window->leadModel()->lead(row)->id));

    // A table cell: the referral row's leads.
    dashboard.window->showDashboard();
    auto *table = child<MetricsTableView>(*dashboard.window, "moneyTable");
    const MetricsTableModel *model = table->metricsModel();
    int referral = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).key == QStringLiteral("referral"))
            referral = row;
    }
    REQUIRE(referral >= 0);
    CHECK(model->value(referral, 1) == 4.0);
    table->scrollTo(model->index(referral, 1));
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      table->visualRect(model->index(referral, 1)).center());
    dashboard.checkList(4);

    // The chip goes back to the filters: the open queue (new and in work), 11 leads.
    QTest::mouseClick(child<QToolButton>(*dashboard.window, "drillDownChip"), Qt::LeftButton);
    CHECK_FALSE(dashboard.window->filterBar()->hasDrillDown());
    CHECK(dashboard.window->leadModel()->totalCount() == 11);
}

TEST_CASE("A choice in the dashboard's filter bar queries core again", "[ui][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    const Sample sample(fixture);
    Dashboard dashboard(fixture, fixture.marketing);
    auto *funnel = child<FunnelChart>(*dashboard.window, "funnelChart");
    // November 2026 (the month of the clock's Monday) by default.
    CHECK(dashboard.view->query().from == QDate(2026, 11, 1));
    CHECK(dashboard.view->query().to == QDate(2026, 11, 30));
    CHECK(funnel->item(0)->count == 12);

    auto *channel = child<QComboBox>(*dashboard.window, "dashboardChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("referral")));
    CHECK(dashboard.view->query().channel == QStringLiteral("referral"));
    CHECK(dashboard.view->metrics().funnel.received == 4);
    CHECK(funnel->item(0)->count == 4);
    CHECK(funnel->item(6)->count == 1); // lead 5 is a referral

    auto *period = child<QComboBox>(*dashboard.window, "dashboardPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("week")));
    CHECK(dashboard.view->query().from == QDate(2026, 11, 23));
    CHECK(funnel->item(0)->count == 4);
    // The week before holds nothing.
    QTest::mouseClick(child<QToolButton>(*dashboard.window, "dashboardPrevious"), Qt::LeftButton);
    CHECK(dashboard.view->query().from == QDate(2026, 11, 16));
    CHECK(funnel->item(0)->count == 0);

    // A custom range of whole days, picked either way round: the leads arrived on the 23rd.
    period->setCurrentIndex(period->findData(QStringLiteral("custom")));
    auto *from = child<QDateEdit>(*dashboard.window, "dashboardFrom");
    auto *to = child<QDateEdit>(*dashboard.window, "dashboardTo");
    CHECK(from->isVisible());
    from->setDate(QDate(2026, 11, 23));
    to->setDate(QDate(2026, 11, 22));
    CHECK(dashboard.view->query().from == QDate(2026, 11, 22));
    CHECK(dashboard.view->query().to == QDate(2026, 11, 23));
    CHECK(funnel->item(0)->count == 4);
    to->setDate(QDate(2026, 11, 24));
    from->setDate(QDate(2026, 11, 24));
    CHECK(funnel->item(0)->count == 0);
    period->setCurrentIndex(period->findData(QStringLiteral("week")));

    // The periodic refresh computes nothing again while nothing changed...
    QTest::mouseClick(child<QToolButton>(*dashboard.window, "dashboardNext"), Qt::LeftButton);
    QSignalSpy refreshed(dashboard.view, &DashboardView::refreshed);
    dashboard.window->refreshQueue();
    CHECK(refreshed.isEmpty());
    // ... and shows a change at once.
    reject(fixture, sample.leads.at(8).id); // referral
    dashboard.window->refreshQueue();
    CHECK(refreshed.count() == 1);
    CHECK(funnel->item(6)->count == 2);
}

TEST_CASE("Dashboard exports: charts to PNG and SVG, tables to CSV", "[ui][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    const Sample sample(fixture);
    Dashboard dashboard(fixture, fixture.head);
    QTemporaryDir dir;
    auto *funnel = child<FunnelChart>(*dashboard.window, "funnelChart");

    const QString png = dir.filePath(QStringLiteral("funnel.png"));
    dashboard.runner->nextFileName = png;
    child<QAction>(*funnel, "exportPngAction")->trigger();
    CHECK(dashboard.runner->askedFileNames.last()
          == QStringLiteral("funnelChart-2026-11-01-2026-11-30.png"));
    CHECK(QImage(png).size() == DashboardView::exportSize);

    const QString svg = dir.filePath(QStringLiteral("funnel.svg"));
    dashboard.runner->nextFileName = svg;
    child<QAction>(*funnel, "exportSvgAction")->trigger();
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    CHECK(svgFile.readAll().contains("<svg"));

    // Cancelled: nothing written.
    child<QAction>(*funnel, "exportPngAction")->trigger();

    const QString csv = dir.filePath(QStringLiteral("money.csv"));
    dashboard.runner->nextFileName = csv;
    auto *table = child<MetricsTableView>(*dashboard.window, "moneyTable");
    child<QAction>(*table, "exportCsvAction")->trigger();
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.takeLast().isEmpty());
    // The header, one row per channel, the total.
    REQUIRE(lines.size() == 5);
    const QChar separator = QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';')
                                                                           : QLatin1Char(',');
    QStringList channels;
    for (const QString &line : lines.mid(1, 3)) {
        const QStringList fields = line.split(separator);
        channels.append(fields.at(0));
        CHECK(fields.at(1) == QStringLiteral("4")); // leads
        CHECK(fields.at(2) == QStringLiteral("0")); // SQL
    }
    channels.sort();
    CHECK(channels
          == QStringList {QStringLiteral("context_ads"),
                          QStringLiteral("referral"),
                          QStringLiteral("seo")});
    CHECK(lines.at(4).split(separator).at(1) == QStringLiteral("12"));
}

TEST_CASE("The dashboard is for everyone but managers; spend for marketing", "[ui][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    auto *tabs = child<QTabWidget>(*window, "viewTabs");
    auto *view = child<DashboardView>(*window, "dashboardView");
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(view)));
    window->showDashboard();
    CHECK(tabs->currentWidget() != view);

    window->setUser(fixture.marketing);
    CHECK(tabs->isTabVisible(tabs->indexOf(view)));
    child<QAction>(*window, "showDashboardAction")->trigger();
    CHECK(tabs->currentWidget() == view);
    auto *spend = child<QPushButton>(*window, "editSpendButton");
    CHECK(spend->isVisible());
    window->setUser(fixture.head);
    CHECK(spend->isVisible());
    window->setUser(fixture.admin);
    CHECK(spend->isVisible());
}

TEST_CASE("The spend editor saves amounts per channel and month, all or nothing", "[ui][dashboard]")
{
    TempDatabase fixture;
    SpendService service(fixture.db(), fixture.clock());
    const QStringList channels = {QStringLiteral("context_ads"), QStringLiteral("seo")};
    SpendDialog dialog(service,
                       fixture.marketing,
                       channels,
                       QStringLiteral("RUB"),
                       nullptr,
                       QDate(2026, 11, 23));
    auto *table = child<QTableWidget>(dialog, "spendTable");
    // Twelve months up to November 2026: November is the last column.
    REQUIRE(table->columnCount() == SpendDialog::months);
    table->item(0, 11)->setText(QStringLiteral("150 000"));
    table->item(1, 10)->setText(QStringLiteral("2500,50"));
    table->item(1, 11)->setText(QStringLiteral("lots"));
    CHECK_FALSE(dialog.save());
    CHECK(service.all().isEmpty());
    CHECK(child<QWidget>(dialog, "spendError")->isVisibleTo(&dialog));

    table->item(1, 11)->setText(QString());
    REQUIRE(dialog.save());
    CHECK(dialog.hasChanged());
    QList<MarketingSpend> saved = service.all();
    REQUIRE(saved.size() == 2);
    std::sort(saved.begin(), saved.end(), [](const auto &a, const auto &b) {
        return a.month < b.month;
    });
    CHECK(saved.at(0).channel == QStringLiteral("seo"));
    CHECK(saved.at(0).month == QDate(2026, 10, 1));
    CHECK(saved.at(0).amountMinor == 250050);
    CHECK(saved.at(1).channel == QStringLiteral("context_ads"));
    CHECK(saved.at(1).month == QDate(2026, 11, 1));
    CHECK(saved.at(1).amountMinor == 15000000);
    CHECK(saved.at(1).updatedBy == fixture.marketing.id);

    // Emptied: removed.
    SpendDialog again(service,
                      fixture.marketing,
                      channels,
                      QStringLiteral("RUB"),
                      nullptr,
                      QDate(2026, 11, 23));
    auto *reopened = child<QTableWidget>(again, "spendTable");
    CHECK_FALSE(reopened->item(0, 11)->text().isEmpty());
    reopened->item(0, 11)->setText(QString());
    REQUIRE(again.save());
    REQUIRE(service.all().size() == 1);
    CHECK(service.all().first().channel == QStringLiteral("seo"));
}

TEST_CASE("Every count on the dashboard lists that many leads (demo data)", "[ui][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    DemoOptions options;
    options.leads = 1500;
    options.seed = 11;
    options.weeks = 8;
    options.endDate = QDate(2026, 11, 20);
    DemoGenerator(fixture.db(), options).run({});
    Dashboard dashboard(fixture, fixture.head);
    dashboard.window->resize(1600, 1000);
    auto *period = child<QComboBox>(*dashboard.window, "dashboardPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("quarter")));
    REQUIRE(dashboard.view->metrics().funnel.received > 1000);
    int checked = 0;

    // A chart's item: scrolled into view, clicked, the list counted.
    const auto drill = [&](ChartWidget *chart, int series, int category, double value) {
        CAPTURE(chart->objectName().toStdString(), series, category, value);
        dashboard.window->showDashboard();
        child<QScrollArea>(*dashboard.window, "dashboardScroll")->ensureWidgetVisible(chart, 0, 0);
        dashboard.drillInto(chart, series, category, qint64(value));
        ++checked;
    };
    auto *funnel = child<FunnelChart>(*dashboard.window, "funnelChart");
    for (int index = 0; index < funnel->itemCount(); ++index) {
        if (funnel->item(index)->count > 0)
            drill(funnel, 0, index, double(funnel->item(index)->count));
    }
    for (const char *name : {"slaChart", "channelLeadsChart"}) {
        auto *chart = child<BarChart>(*dashboard.window, name);
        const QList<double> &values = chart->data().series.first().values;
        for (int category = 0; category < values.size(); ++category) {
            if (values.at(category) > 0)
                drill(chart, 0, category, values.at(category));
        }
    }
    // Rejections: the segments wide enough to click.
    auto *rejections = child<BarChart>(*dashboard.window, "rejectionChart");
    const BarChartData &stacked = rejections->data();
    for (int series = 0; series < stacked.series.size(); ++series) {
        for (int category = 0; category < stacked.categories.size(); ++category) {
            const double value = stacked.series.at(series).values.at(category);
            if (value >= 0.05 * dashboard.view->metrics().funnel.rejected)
                drill(rejections, series, category, value);
        }
    }
    auto *trend = child<TrendChart>(*dashboard.window, "trendChart");
    for (int week = 0; week < trend->data().weeks.size(); ++week) {
        if (trend->line(0)->values.at(week) > 0)
            drill(trend, 0, week, trend->line(0)->values.at(week));
    }
    // Every number a table underlines.
    for (const char *name : {"moneyTable", "managerTable"}) {
        auto *table = child<MetricsTableView>(*dashboard.window, name);
        const MetricsTableModel *model = table->metricsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 1; column < model->columnCount(); ++column) {
                if (!model->isDrillable(row, column))
                    continue;
                CAPTURE(name, row, column);
                dashboard.window->showDashboard();
                auto *scroll = child<QScrollArea>(*dashboard.window, "dashboardScroll");
                scroll->ensureWidgetVisible(table, 0, 0);
                const QModelIndex index = model->index(row, column);
                table->scrollTo(index);
                QTest::mouseClick(table->viewport(),
                                  Qt::LeftButton,
                                  Qt::NoModifier,
                                  table->visualRect(index).center());
                dashboard.checkList(qint64(*model->value(row, column)));
                ++checked;
            }
        }
    }
    CHECK(checked > 60);
}
