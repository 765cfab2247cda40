// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingslide.h"

#include <QLabel>
#include <QLayout>
#include <QVariant>

namespace LeadPact {

MeetingSlide::MeetingSlide(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{}

QLabel *MeetingSlide::label(const QString &text, const char *role, QWidget *parent)
{
    auto *result = new QLabel(text, parent);
    result->setWordWrap(true);
    result->setTextFormat(Qt::PlainText);
    if (role)
        result->setProperty("role", QString::fromLatin1(role));
    return result;
}

void MeetingSlide::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        // Later, not now: the widget may be the button whose click is being handled.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

} // namespace LeadPact
