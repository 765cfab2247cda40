// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingcharts.h"

#include "charts/chartstyle.h"
#include "meetingsnapshot.h"

namespace LeadPact {

TrendData MeetingCharts::trend(const WeekReviewData &review)
{
    TrendData data;
    ChartSeries received {QStringLiteral("received"),
                          tr("Leads received"),
                          {},
                          ChartStyle::paletteColor(0),
                          {}};
    ChartSeries processed {QStringLiteral("processed"),
                           tr("Leads processed"),
                           {},
                           ChartStyle::paletteColor(1),
                           {}};
    ChartSeries sla {QStringLiteral("sla"),
                     tr("Within the SLA, %"),
                     {},
                     ChartStyle::paletteColor(2),
                     {}};
    for (const WeekFigures &f : review.figures) {
        data.weekKeys.append(f.week.toString());
        data.weeks.append(QStringLiteral("W%1").arg(f.week.week(), 2, 10, QLatin1Char('0')));
        received.values.append(double(f.received));
        processed.values.append(double(f.processed));
        sla.values.append(f.slaWithinPct().value_or(0));
    }
    data.counts = {received, processed};
    data.percentages = {sla};
    data.countAxisTitle = tr("Leads");
    data.percentAxisTitle = tr("SLA, %");
    return data;
}

BarChartData MeetingCharts::reasons(const WeekReviewData &review)
{
    BarChartData data;
    data.horizontal = true;
    data.format = ValueFormat::Count;
    ChartSeries series;
    series.key = QStringLiteral("rejections");
    series.label = tr("Rejections");
    if (const WeekFigures *week = review.current()) {
        // Horizontal bars read bottom-up: the most frequent reason goes last, on top.
        for (qsizetype i = week->topReasons.size() - 1; i >= 0; --i) {
            const ReasonCount &reason = week->topReasons.at(i);
            data.categoryKeys.append(reason.code);
            data.categories.append(reason.title);
            series.values.append(double(reason.count));
            data.categoryColors.append(ChartStyle::reasonColor(int(i)));
        }
    }
    data.series = {series};
    data.valueAxisTitle = tr("Rejected leads");
    return data;
}

} // namespace LeadPact
