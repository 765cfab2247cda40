// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadPact {

// How a chart shows its numbers (axis labels, bar labels, tooltips). The numbers come ready
// from core; the charts only format them.
enum class ValueFormat {
    Count,   // 12 345
    Percent, // 12.3 % (the value is already a percentage, 0..100)
    Money,   // 12 345 (whole currency units)
    Days,    // 12.5 d
    Minutes, // 42 min
};

// One series of a category chart: a value per category, drawn in one colour (an invalid colour
// takes the next one of the palette). `details` (optional, one per category) is added to the
// tooltip under the exact number, e.g. "of 1 234 leads".
struct ChartSeries
{
    QString key; // stable identity (a channel, a reason code), reported back on clicks
    QString label;
    QList<double> values;
    QColor color;
    QStringList details;
};

// The input of a bar chart: categories along one axis (left to right, or top to bottom when
// horizontal), one bar (or bar segment) per series and category. With a single series and
// `categoryColors`, each bar takes its category's colour (a bar per channel in the channel's
// colour). Labels are plain text; "\n" breaks a line.
struct BarChartData
{
    QStringList categoryKeys; // stable identities of the categories, reported back on clicks
    QStringList categories;   // what the axis shows
    QList<ChartSeries> series;
    QList<QColor> categoryColors;
    ValueFormat format = ValueFormat::Count;
    QString valueAxisTitle;
    QString categoryAxisTitle;
    bool stacked = false;
    bool horizontal = false;
    // Where the legend of several series goes: at the right, long names are never cut.
    Qt::Alignment legendAlignment = Qt::AlignBottom;
};

// One stage of the funnel: its count and the conversion from the previous stage (none for the
// first one), as core computed them.
struct FunnelItem
{
    QString key;
    QString label;
    qint64 count = 0;
    std::optional<double> stepConversionPct;
};

// The funnel: the stages top to bottom, and counts shown beside it (rejected, lost) that are
// not a stage of their own.
struct FunnelData
{
    QList<FunnelItem> stages; // top to bottom
    std::optional<double> endToEndPct;
    QList<FunnelItem> sideCounts;
};

// A weekly trend: a label per week and any number of lines; lines of counts go on the left
// axis, lines of percentages on the right one.
struct TrendData
{
    QStringList weekKeys;
    QStringList weeks;
    QList<ChartSeries> counts;
    QList<ChartSeries> percentages;
    QString countAxisTitle;
    QString percentAxisTitle;
};

} // namespace LeadPact
