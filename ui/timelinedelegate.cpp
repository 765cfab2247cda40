// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace LeadPact {

namespace {

constexpr int margin = 6;  // around the block, in logical pixels (scaled with the screen)
constexpr int spacing = 2; // between its lines

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

// Lays `text` out in lines no wider than `width`, breaking between words and inside a word
// only when one word alone is wider (a long URL in a comment). Returns the height.
qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    const QFontMetricsF metrics(font);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
    }
    layout.endLayout();
    return height;
}

struct Part
{
    QString text;
    QFont font;
    bool muted = false;
};

QList<Part> partsOf(const TimelineDelegate::Lines &lines, const QFont &font)
{
    QList<Part> parts;
    parts.append({lines.what, boldFont(font), false});
    parts.append({lines.whenWho, font, true});
    if (!lines.reason.isEmpty())
        parts.append({lines.reason, font, false});
    if (!lines.comment.isEmpty())
        parts.append({lines.comment, font, false});
    return parts;
}

} // namespace

TimelineDelegate::Lines TimelineDelegate::linesOf(const QModelIndex &index)
{
    const auto column = [&index](int c) { return index.siblingAtColumn(c).data().toString(); };
    Lines lines;
    lines.what = column(TimelineModel::What);
    lines.whenWho = TimelineModel::tr("%1 · %2").arg(column(TimelineModel::When),
                                                     column(TimelineModel::Who));
    const QString reason = column(TimelineModel::Reason);
    if (!reason.isEmpty())
        lines.reason = TimelineModel::tr("Reason: %1").arg(reason);
    lines.comment = column(TimelineModel::Comment).trimmed();
    return lines;
}

int TimelineDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    // The view's width, not the item's: an item's width is what this hint decides.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(40, width - 2 * margin);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int width = textWidth(option);
    qreal height = 2 * margin;
    const QList<Part> parts = partsOf(linesOf(index), option.font);
    for (const Part &part : parts) {
        QTextLayout layout;
        height += layoutText(layout, part.text, part.font, width);
    }
    height += spacing * (parts.size() - 1);
    return {width + 2 * margin, int(std::ceil(height))};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled)
                                           ? QPalette::Normal
                                           : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText
                                                             : QPalette::Text);
    QColor muted = text;
    if (!selected)
        muted = option.palette.color(group, QPalette::PlaceholderText);
    const int width = option.rect.width() - 2 * margin;
    qreal y = option.rect.top() + margin;
    for (const Part &part : partsOf(linesOf(index), option.font)) {
        QTextLayout layout;
        const qreal height = layoutText(layout, part.text, part.font, width);
        painter->setPen(part.muted ? muted : text);
        layout.draw(painter, QPointF(option.rect.left() + margin, y));
        y += height + spacing;
    }
    // A thin line between events.
    QColor line = option.palette.color(group, QPalette::Mid);
    painter->setPen(line);
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace LeadPact
