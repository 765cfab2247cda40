// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/meetingnotes.h"
#include "meetingslide.h"
#include "storage/leadfilter.h"

class QFrame;
class QLineEdit;
class QPushButton;

namespace LeadPact {

// Slides 3, 4 and 6: the week's top problems (each with the number behind it and a link to its
// leads), its ideas to test, or the free notes of the meeting, as a list that editors change in
// place: add, edit, remove. Every change is saved at once through the session.
class NotesSlide final : public MeetingSlide
{
    Q_OBJECT

public:
    NotesSlide(MeetingSession &session, MeetingItemKind kind, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool cancelEdit() override;

    // Opens the editor on a new item / the item at `index` in the list.
    void startAdding();
    void startEditing(int index);
    // Saves what the editor holds; false (editor left open) when the session refused.
    bool saveEdit();
    bool isEditing() const;

signals:
    void showLeadsRequested(const LeadFilter &filter, const QString &description);

private:
    QWidget *itemRow(int index, const MeetingItem &item);

    MeetingItemKind m_kind;
    QList<MeetingItem> m_items;
    QWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QFrame *m_editor = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_evidence = nullptr;
    qint64 m_editedId = 0; // 0: adding
};

} // namespace LeadPact
