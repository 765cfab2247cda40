#include "charts/barchart.h"
#include <catch2/catch.hpp>
using namespace LeadPact;
TEST_CASE("scratch", "[.][scratch]")
{
    BarChartData b;
    b.categories = {QStringLiteral("Received<br>→ SQL"), QStringLiteral("Complete data (MQL)<br>11,431 · 93.3 %"), QStringLiteral("Line1\nLine2")};
    b.categoryKeys = b.categories;
    b.series = {ChartSeries{QStringLiteral("r"), QStringLiteral("A"), {3, 2, 1}, {}, {}}};
    BarChart bc; bc.setData(b);
    bc.exportPng(QStringLiteral("/tmp/s_br.png"), QSize(700, 400));
    b.horizontal = true;
    bc.setData(b);
    bc.exportPng(QStringLiteral("/tmp/s_br2.png"), QSize(700, 400));
}
