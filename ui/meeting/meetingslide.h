// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace LeadPact {

class MeetingSession;

// One page of the meeting: shows what the session holds for the chosen week, and sends edits
// back through it. show() of a slide never queries: refresh() draws from the session's data.
class MeetingSlide : public QWidget
{
    Q_OBJECT

public:
    MeetingSlide(MeetingSession &session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Draws the session's current week and notes.
    virtual void refresh() = 0;
    // Closes an open editor; false when none was open (Esc then leaves the meeting).
    virtual bool cancelEdit() { return false; }

protected:
    // A label of the theme's `role` ("big", "muted", "better", …).
    static QLabel *label(const QString &text, const char *role = nullptr, QWidget *parent = nullptr);
    // Deletes every widget and nested layout in `layout`.
    static void clearLayout(QLayout *layout);

    MeetingSession &m_session;
};

} // namespace LeadPact
