// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace LeadPact {

// Draws one event of a TimelineModel as a small block that fits the width it is given: what
// happened (bold), then when and who, the reason, and the comment wrapped over as many lines
// as it needs. Columns would clip the long Russian texts in a narrow panel, more so at 150 %
// scaling; here the height follows the width instead. The view shows the model's first
// column; the delegate reads the event's other columns from the same row.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The event's lines, as drawn (empty parts left out).
    struct Lines
    {
        QString what;
        QString whenWho;
        QString reason;
        QString comment;
    };
    static Lines linesOf(const QModelIndex &index);

private:
    int textWidth(const QStyleOptionViewItem &option) const;
};

} // namespace LeadPact
