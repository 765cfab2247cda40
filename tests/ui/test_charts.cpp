// SPDX-License-Identifier: GPL-3.0-or-later
// The chart widgets alone, on hand-made data: clicks report the item under the mouse, exports
// have the requested size and format whatever the widget's size.
#include "charts/barchart.h"
#include "charts/chartstyle.h"
#include "charts/funnelchart.h"
#include "charts/slachart.h"
#include "charts/trendchart.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

BarChartData channelBars(bool stacked, bool horizontal)
{
    BarChartData data;
    data.categoryKeys = {QStringLiteral("seo"), QStringLiteral("context_ads"),
                         QStringLiteral("referral")};
    data.categories = data.categoryKeys;
    data.series = {
        ChartSeries{QStringLiteral("received"), QStringLiteral("Received"), {120, 300, 40}, {}, {}},
        ChartSeries{QStringLiteral("sql"), QStringLiteral("SQL"), {30, 45, 20}, {}, {}},
    };
    data.stacked = stacked;
    data.horizontal = horizontal;
    return data;
}

FunnelData funnel()
{
    FunnelData data;
    data.stages = {{QStringLiteral("received"), QStringLiteral("Received"), 1000, std::nullopt},
                   {QStringLiteral("mql"), QStringLiteral("MQL"), 800, 80.0},
                   {QStringLiteral("sql"), QStringLiteral("SQL"), 200, 25.0},
                   {QStringLiteral("won"), QStringLiteral("Won"), 50, 25.0}};
    data.endToEndPct = 5.0;
    data.sideCounts = {{QStringLiteral("rejected"), QStringLiteral("Rejected"), 150, std::nullopt}};
    return data;
}

// Clicks the item's centre and returns what itemClicked() reported.
std::pair<int, int> clickItem(ChartWidget &chart, int series, int category)
{
    const std::optional<QPoint> point = chart.itemPosition(series, category);
    REQUIRE(point.has_value());
    QSignalSpy clicked(&chart, &ChartWidget::itemClicked);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, Qt::NoModifier, *point);
    REQUIRE(clicked.count() == 1);
    return {clicked.at(0).at(0).toInt(), clicked.at(0).at(1).toInt()};
}

// The share of pixels that are not white.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return double(ink) * 9.0 / double(image.width() * image.height());
}

bool isSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !root)
            root = xml.name() == QLatin1String("svg");
    }
    return root && !xml.hasError();
}

} // namespace

TEST_CASE("A click on a bar reports its series and category", "[ui][charts]")
{
    for (const bool stacked : {false, true}) {
        for (const bool horizontal : {false, true}) {
            CAPTURE(stacked, horizontal);
            BarChart chart;
            chart.resize(900, 600);
            chart.setData(channelBars(stacked, horizontal));
            chart.show();
            REQUIRE(QTest::qWaitForWindowExposed(&chart));
            for (int series = 0; series < 2; ++series) {
                for (int category = 0; category < 3; ++category) {
                    CAPTURE(series, category);
                    CHECK(clickItem(chart, series, category) == std::pair(series, category));
                }
            }
        }
    }
}

TEST_CASE("Bars coloured by channel report the channel clicked", "[ui][charts]")
{
    BarChartData data = channelBars(false, true);
    data.series.removeLast();
    for (const QString &channel : std::as_const(data.categoryKeys))
        data.categoryColors.append(ChartStyle::channelColor(channel));
    BarChart chart;
    chart.resize(800, 500);
    chart.setData(data);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    for (int category = 0; category < 3; ++category)
        CHECK(clickItem(chart, 0, category) == std::pair(0, category));
}

TEST_CASE("A click on a funnel stage reports the stage", "[ui][charts]")
{
    FunnelChart chart;
    chart.resize(800, 600);
    chart.setData(funnel());
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    // Four stages, then the rejected count beside the funnel.
    for (int index = 0; index < 5; ++index) {
        CAPTURE(index);
        CHECK(clickItem(chart, 0, index) == std::pair(0, index));
    }
    CHECK(chart.item(4)->key == QStringLiteral("rejected"));
    CHECK(chart.item(4)->count == 150);
}

TEST_CASE("A click on a trend point reports the line and the week", "[ui][charts]")
{
    TrendData data;
    data.weekKeys = {QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w3")};
    data.weeks = data.weekKeys;
    data.counts = {ChartSeries{QStringLiteral("leads"), QStringLiteral("Leads"), {100, 140, 90}, {}, {}}};
    data.percentages = {
        ChartSeries{QStringLiteral("sla"), QStringLiteral("Within SLA"), {80, 60, 20}, {}, {}}};
    TrendChart chart;
    chart.resize(900, 500);
    chart.setData(data);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    CHECK(clickItem(chart, 0, 1) == std::pair(0, 1));
    CHECK(clickItem(chart, 1, 2) == std::pair(1, 2));
}

TEST_CASE("Charts export a PNG of exactly the requested pixels and a valid SVG", "[ui][charts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SlaChart sla;
    sla.setTitle(QStringLiteral("First contact"));
    sla.setDistribution({QStringLiteral("le15"), QStringLiteral("le60"), QStringLiteral("never")},
                        {QStringLiteral("≤ 15 min"), QStringLiteral("15–60 min"),
                         QStringLiteral("Never")},
                        {70, 20, 10});
    FunnelChart funnelChart;
    funnelChart.setData(funnel());
    BarChart bars;
    bars.setData(channelBars(true, false));
    // The widgets' own sizes (and the screen's scaling) must not matter.
    sla.resize(300, 200);
    funnelChart.resize(1200, 900);
    for (ChartWidget *chart : std::initializer_list<ChartWidget *>{&sla, &funnelChart, &bars}) {
        for (const QSize size : {QSize(1920, 1080), QSize(800, 600), QSize(641, 359)}) {
            CAPTURE(size.width(), size.height());
            const QString png = dir.filePath(QStringLiteral("chart.png"));
            QFile::remove(png);
            REQUIRE(chart->exportPng(png, size));
            const QImage image(png);
            CHECK(image.size() == size);
            // Something was drawn: not a blank white page.
            CHECK(inkShare(image) > 0.02);
        }
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        REQUIRE(chart->exportSvg(svg, QSize(1000, 600)));
        CHECK(isSvg(svg));
    }
    CHECK_FALSE(sla.exportPng(dir.filePath(QStringLiteral("missing/chart.png")), QSize(10, 10)));
}

TEST_CASE("The same channel has the same colour everywhere", "[ui][charts]")
{
    ChartStyle::setKnownChannels({QStringLiteral("a-channel"), QStringLiteral("b-channel")});
    const QColor a = ChartStyle::channelColor(QStringLiteral("a-channel"));
    CHECK(a != ChartStyle::channelColor(QStringLiteral("b-channel")));
    ChartStyle::setKnownChannels({QStringLiteral("b-channel"), QStringLiteral("a-channel")});
    CHECK(ChartStyle::channelColor(QStringLiteral("a-channel")) == a);
}

TEST_CASE("Hovering a bar shows its exact number", "[ui][charts]")
{
    BarChartData data = channelBars(false, false);
    data.series[0].values[1] = 123456;
    data.series[0].details = {QString(), QStringLiteral("of 654 321 leads"), QString()};
    BarChart chart;
    chart.resize(900, 600);
    chart.setData(data);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    const std::optional<QPoint> point = chart.itemPosition(0, 1);
    REQUIRE(point.has_value());
    QTest::mouseMove(chart.viewport(), *point);
    for (int wait = 0; wait < 100 && chart.currentToolTip().isEmpty(); ++wait)
        QTest::qWait(20);
    // The category, the series and the unrounded count, then the detail line.
    CHECK(chart.currentToolTip()
          == QStringLiteral("context_ads — Received: ") + QLocale().toString(123456)
                 + QStringLiteral("\nof 654 321 leads"));
}
