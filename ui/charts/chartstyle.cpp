// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QApplication>
#include <QLocale>

#include <cmath>

namespace LeadPact {

QFont ChartStyle::labelFont()
{
    QFont font = QApplication::font();
    // Readable from the back of a meeting room: never under 12 pt, a step above the UI font.
    font.setPointSizeF(std::max(12.0, font.pointSizeF() * 1.2));
    return font;
}

QFont ChartStyle::titleFont()
{
    QFont font = labelFont();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    return font;
}

const QList<QColor> &ChartStyle::palette()
{
    // Okabe–Ito without its yellow (too pale on white), then Paul Tol's dark colours.
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xD5, 0x5E, 0x00), // vermilion
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0x33, 0x22, 0x88), // indigo
        QColor(0x99, 0x99, 0x33), // olive
        QColor(0x88, 0x22, 0x55), // wine
        QColor(0x44, 0xAA, 0x99), // teal
        QColor(0x4D, 0x4D, 0x4D), // dark grey
        QColor(0xAA, 0x44, 0x99), // purple
    };
    return colors;
}

QColor ChartStyle::paletteColor(int index)
{
    const QList<QColor> &colors = palette();
    return colors.at(((index % colors.size()) + colors.size()) % colors.size());
}

QColor ChartStyle::reasonColor(int index)
{
    // Paul Tol's "muted" scheme: distinct from the channel colours, still colour-blind safe.
    static const QList<QColor> colors = {
        QColor(0x33, 0x22, 0x88), QColor(0x88, 0xCC, 0xEE), QColor(0x44, 0xAA, 0x99),
        QColor(0x11, 0x77, 0x33), QColor(0x99, 0x99, 0x33), QColor(0xDD, 0xCC, 0x77),
        QColor(0xCC, 0x66, 0x77), QColor(0x88, 0x22, 0x55), QColor(0xAA, 0x44, 0x99),
        QColor(0xBB, 0xBB, 0xBB),
    };
    return colors.at(((index % colors.size()) + colors.size()) % colors.size());
}

QHash<QString, int> &ChartStyle::channelIndexes()
{
    static QHash<QString, int> indexes;
    return indexes;
}

void ChartStyle::setKnownChannels(const QStringList &channels)
{
    // Channels already coloured keep their colour; new ones take the next free colours.
    for (const QString &channel : channels)
        channelColor(channel);
}

QColor ChartStyle::channelColor(const QString &channel)
{
    QHash<QString, int> &indexes = channelIndexes();
    auto it = indexes.constFind(channel);
    if (it == indexes.constEnd())
        it = indexes.insert(channel, int(indexes.size()));
    return paletteColor(*it);
}

QColor ChartStyle::slaBucketColor(int index, int bucketCount)
{
    // ColorBrewer RdYlBu, reversed and darkened at its pale middle so each bar stands out on
    // white; the last bucket ("never contacted") is grey.
    static const QList<QColor> scale = {
        QColor(0x31, 0x68, 0xA8), QColor(0x74, 0xAD, 0xD1), QColor(0xC2, 0xA5, 0x3A),
        QColor(0xF4, 0x6D, 0x43), QColor(0xC0, 0x26, 0x2A),
    };
    if (index == bucketCount - 1)
        return QColor(0x59, 0x59, 0x59);
    if (bucketCount <= 2)
        return scale.first();
    const int position = index * (int(scale.size()) - 1) / std::max(1, bucketCount - 2);
    return scale.at(std::clamp(position, 0, int(scale.size()) - 1));
}

QString ChartStyle::axisLabel(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString ChartStyle::formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString ChartStyle::formatPercent(double percent)
{
    // No line break between a number and its unit.
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1)).replace(QLatin1Char(' '),
                                                                      QChar::Nbsp);
}

QString ChartStyle::formatValue(double value, ValueFormat format)
{
    switch (format) {
    case ValueFormat::Count:
        return formatCount(std::llround(value));
    case ValueFormat::Percent:
        return formatPercent(value);
    case ValueFormat::Money:
        return QLocale().toString(std::llround(value));
    case ValueFormat::Days:
        return tr("%1 d").arg(QLocale().toString(value, 'f', 1)).replace(QLatin1Char(' '),
                                                                         QChar::Nbsp);
    case ValueFormat::Minutes:
        return tr("%1 min").arg(QLocale().toString(std::llround(value))).replace(QLatin1Char(' '),
                                                                                 QChar::Nbsp);
    }
    return QString();
}

} // namespace LeadPact
