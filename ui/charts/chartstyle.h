// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

namespace LeadPact {

// The look shared by every chart: fonts large enough for a projector, a high-contrast
// colour-blind-friendly palette (Okabe–Ito, then Paul Tol's), one colour per channel in every
// chart of the process, and the formatting of numbers in labels and tooltips.
class ChartStyle final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPact::ChartStyle)

public:
    // Axis labels, bar labels and the legend: at least 12 pt, larger than the UI font.
    static QFont labelFont();
    static QFont titleFont();
    static QColor textColor() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor gridColor() { return QColor(0xd0, 0xd0, 0xd0); }

    // The categorical palette; colour `index` wraps around.
    static const QList<QColor> &palette();
    static QColor paletteColor(int index);
    // A second palette for series that are not channels (rejection reasons), so a reason is
    // never taken for a channel at a glance.
    static QColor reasonColor(int index);
    // The colour of a channel: fixed for the life of the process once given, so the same
    // channel has the same colour in every chart. `setKnownChannels` hands out the colours in
    // the order of the list (call it with every channel there is, before drawing).
    static QColor channelColor(const QString &channel);
    static void setKnownChannels(const QStringList &channels);
    // SLA buckets from the fastest to "never": blue (good) to vermilion (bad), grey for never.
    static QColor slaBucketColor(int index, int bucketCount);

    static QString formatValue(double value, ValueFormat format);
    // Plain text as an axis label (Qt Charts reads labels as rich text): escaped, "\n" as a
    // line break.
    static QString axisLabel(const QString &text);
    static QString formatCount(qint64 count);
    static QString formatPercent(double percent);

private:
    static QHash<QString, int> &channelIndexes();
};

} // namespace LeadPact
