// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesslide.h"

#include "meetingsession.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LeadPact {

NotesSlide::NotesSlide(MeetingSession &session, MeetingItemKind kind, QWidget *parent)
    : MeetingSlide(session, parent)
    , m_kind(kind)
    , m_list(new QWidget(this))
    , m_add(new QPushButton(this))
    , m_editor(new QFrame(this))
    , m_text(new QLineEdit(m_editor))
    , m_evidence(new QLineEdit(m_editor))
{
    const bool problems = kind == MeetingItemKind::Problem;
    const bool ideas = kind == MeetingItemKind::Idea;
    setObjectName(problems ? QStringLiteral("problemsSlide")
                  : ideas  ? QStringLiteral("ideasSlide")
                           : QStringLiteral("notesSlide"));
    m_list->setObjectName(QStringLiteral("notesList"));
    new QVBoxLayout(m_list);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_add->setText(problems ? tr("Add a problem") : ideas ? tr("Add an idea") : tr("Add a note"));
    connect(m_add, &QPushButton::clicked, this, &NotesSlide::startAdding);

    m_editor->setObjectName(QStringLiteral("itemEditor"));
    m_text->setObjectName(QStringLiteral("itemTextEdit"));
    m_text->setPlaceholderText(problems ? tr("What hurt sales or marketing this week")
                               : ideas  ? tr("A channel, an offer or a segment to try")
                                        : tr("Anything the meeting wants to remember"));
    m_evidence->setObjectName(QStringLiteral("itemEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("The number behind it"));
    m_evidence->setVisible(problems);
    auto *save = new QPushButton(tr("Save"), m_editor);
    save->setObjectName(QStringLiteral("saveItemButton"));
    save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), m_editor);
    cancel->setObjectName(QStringLiteral("cancelItemButton"));
    connect(save, &QPushButton::clicked, this, &NotesSlide::saveEdit);
    connect(cancel, &QPushButton::clicked, this, &NotesSlide::cancelEdit);
    connect(m_text, &QLineEdit::returnPressed, this, &NotesSlide::saveEdit);
    connect(m_evidence, &QLineEdit::returnPressed, this, &NotesSlide::saveEdit);
    auto *editorLayout = new QHBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_text, 3);
    editorLayout->addWidget(m_evidence, 2);
    editorLayout->addWidget(save);
    editorLayout->addWidget(cancel);
    m_editor->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
}

QString NotesSlide::title() const
{
    switch (m_kind) {
    case MeetingItemKind::Problem:
        return tr("Top 3 problems");
    case MeetingItemKind::Idea:
        return tr("Ideas to test");
    case MeetingItemKind::Note:
        break;
    }
    return tr("Notes of the meeting");
}

void NotesSlide::refresh()
{
    const WeekNotes &notes = m_session.snapshot().notes;
    m_items = m_kind == MeetingItemKind::Problem ? notes.problems
              : m_kind == MeetingItemKind::Idea  ? notes.ideas
                                                 : notes.notes;
    const bool editable = m_session.mayEdit();
    m_add->setVisible(editable);
    if (!editable)
        m_editor->hide();
    QLayout *rows = m_list->layout();
    clearLayout(rows);
    if (m_items.isEmpty() && m_kind == MeetingItemKind::Problem && m_session.isComputing()) {
        rows->addWidget(
            label(tr("Computing the week's numbers: the rules' problems follow…"), "muted"));
    } else if (m_items.isEmpty()) {
        rows->addWidget(label(m_kind == MeetingItemKind::Problem
                                  ? tr("No problems found by the rules, none written down.")
                              : m_kind == MeetingItemKind::Idea ? tr("No ideas yet.")
                                                                : tr("No notes yet."),
                              "muted"));
    }
    for (int i = 0; i < m_items.size(); ++i)
        rows->addWidget(itemRow(i, m_items.at(i)));
    if (m_kind == MeetingItemKind::Problem && notes.problemsProposedOnly) {
        rows->addWidget(label(tr("Proposed by the rules; not yet saved for this week."), "tag"));
    }
    static_cast<QVBoxLayout *>(rows)->addStretch(1);
}

QWidget *NotesSlide::itemRow(int index, const MeetingItem &item)
{
    auto *row = new QFrame;
    row->setObjectName(QStringLiteral("itemRow"));
    row->setProperty("role", QStringLiteral("card"));
    auto *number = label(QStringLiteral("%1.").arg(index + 1), "big", row);
    number->setAlignment(Qt::AlignTop | Qt::AlignRight);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
    auto *texts = new QVBoxLayout;
    QLabel *text = label(item.text, m_kind == MeetingItemKind::Problem ? "big" : nullptr, row);
    text->setObjectName(QStringLiteral("itemText"));
    texts->addWidget(text);
    if (!item.evidence.isEmpty()) {
        QLabel *evidence = label(item.evidence, "muted", row);
        evidence->setObjectName(QStringLiteral("itemEvidence"));
        texts->addWidget(evidence);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (m_kind == MeetingItemKind::Problem) {
        if (const std::optional<LeadFilter> filter = m_session.problemLeads(item)) {
            auto *leads = new QPushButton(tr("Show leads"), row);
            leads->setObjectName(QStringLiteral("showLeadsButton"));
            leads->setFlat(true);
            const QString description = m_session.problemLeadsDescription(item);
            connect(leads, &QPushButton::clicked, this, [this, filter = *filter, description] {
                emit showLeadsRequested(filter, description);
            });
            buttons->addWidget(leads);
        }
    }
    if (m_session.mayEdit() && item.id != 0) {
        auto *edit = new QPushButton(tr("Edit"), row);
        edit->setObjectName(QStringLiteral("editItemButton"));
        connect(edit, &QPushButton::clicked, this, [this, index] { startEditing(index); });
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(QStringLiteral("removeItemButton"));
        const qint64 id = item.id;
        connect(remove, &QPushButton::clicked, this, [this, id] {
            if (m_editedId == id)
                cancelEdit();
            m_session.removeItem(id);
        });
        buttons->addWidget(edit);
        buttons->addWidget(remove);
    }
    texts->addLayout(buttons);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(number);
    layout->addLayout(texts, 1);
    return row;
}

void NotesSlide::startAdding()
{
    if (!m_session.mayEdit())
        return;
    m_editedId = 0;
    m_text->clear();
    m_evidence->clear();
    m_editor->show();
    m_text->setFocus();
}

void NotesSlide::startEditing(int index)
{
    if (!m_session.mayEdit() || index < 0 || index >= m_items.size() || m_items[index].id == 0)
        return;
    m_editedId = m_items[index].id;
    m_text->setText(m_items[index].text);
    m_evidence->setText(m_items[index].evidence);
    m_editor->show();
    m_text->setFocus();
    m_text->selectAll();
}

bool NotesSlide::saveEdit()
{
    if (!isEditing())
        return false;
    const bool saved = m_editedId == 0
                           ? m_session.addItem(m_kind, m_text->text(), m_evidence->text())
                           : m_session.editItem(m_editedId, m_text->text(), m_evidence->text());
    if (saved) {
        m_editor->hide();
        m_editedId = 0;
    }
    return saved;
}

bool NotesSlide::isEditing() const
{
    return !m_editor->isHidden();
}

bool NotesSlide::cancelEdit()
{
    if (!isEditing())
        return false;
    m_editor->hide();
    m_editedId = 0;
    return true;
}

} // namespace LeadPact
