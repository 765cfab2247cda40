// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/meetingnotes.h"
#include "meetingslide.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QGridLayout;
class QLineEdit;
class QPushButton;

namespace LeadPact {

// Slide 5: the agreements — what, who, by when, and the status. Open items from earlier weeks
// are carried over (marked so) and shown in red once past their deadline. Editors add and edit
// items; an item's status may also be changed by its owner.
class ActionsSlide final : public MeetingSlide
{
    Q_OBJECT

public:
    explicit ActionsSlide(MeetingSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool cancelEdit() override;

    void startAdding();
    void startEditing(int index);
    bool saveEdit();
    bool isEditing() const;

private:
    void addRow(int row, const WeekActionItem &entry);

    QList<WeekActionItem> m_items;
    QGridLayout *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QFrame *m_editor = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_noDeadline = nullptr;
    qint64 m_editedId = 0; // 0: adding
};

} // namespace LeadPact
