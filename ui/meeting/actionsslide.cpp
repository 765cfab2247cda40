// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsslide.h"

#include "meetingsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

enum Column { TextColumn, OwnerColumn, DeadlineColumn, StatusColumn, EditColumn };

} // namespace

ActionsSlide::ActionsSlide(MeetingSession &session, QWidget *parent)
    : MeetingSlide(session, parent)
    , m_table(new QGridLayout)
    , m_add(new QPushButton(tr("Add an action item"), this))
    , m_editor(new QFrame(this))
    , m_text(new QLineEdit(m_editor))
    , m_owner(new QComboBox(m_editor))
    , m_deadline(new QDateEdit(m_editor))
    , m_noDeadline(new QCheckBox(tr("No deadline"), m_editor))
{
    setObjectName(QStringLiteral("actionsSlide"));
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addLayout(m_table);
    listLayout->addStretch(1);
    m_table->setHorizontalSpacing(24);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_add->setObjectName(QStringLiteral("addActionButton"));
    connect(m_add, &QPushButton::clicked, this, &ActionsSlide::startAdding);

    m_editor->setObjectName(QStringLiteral("actionEditor"));
    m_text->setObjectName(QStringLiteral("actionTextEdit"));
    m_text->setPlaceholderText(tr("Who does what"));
    m_owner->setObjectName(QStringLiteral("actionOwnerCombo"));
    m_deadline->setObjectName(QStringLiteral("actionDeadlineEdit"));
    m_deadline->setCalendarPopup(true);
    m_noDeadline->setObjectName(QStringLiteral("actionNoDeadline"));
    connect(m_noDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setDisabled);
    auto *save = new QPushButton(tr("Save"), m_editor);
    save->setObjectName(QStringLiteral("saveActionButton"));
    auto *cancel = new QPushButton(tr("Cancel"), m_editor);
    cancel->setObjectName(QStringLiteral("cancelActionButton"));
    connect(save, &QPushButton::clicked, this, &ActionsSlide::saveEdit);
    connect(cancel, &QPushButton::clicked, this, &ActionsSlide::cancelEdit);
    connect(m_text, &QLineEdit::returnPressed, this, &ActionsSlide::saveEdit);
    auto *editorLayout = new QHBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_text, 3);
    editorLayout->addWidget(m_owner, 1);
    editorLayout->addWidget(m_deadline);
    editorLayout->addWidget(m_noDeadline);
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

QString ActionsSlide::title() const
{
    return tr("Action items");
}

void ActionsSlide::refresh()
{
    m_items = m_session.snapshot().notes.actions;
    const bool editable = m_session.mayEdit();
    m_add->setVisible(editable);
    if (!editable)
        m_editor->hide();
    clearLayout(m_table);
    const QStringList headers = {tr("Action"), tr("Owner"), tr("Deadline"), tr("Status")};
    for (int column = 0; column < headers.size(); ++column)
        m_table->addWidget(label(headers[column], "head"), 0, column);
    if (m_items.isEmpty())
        m_table->addWidget(label(tr("No action items yet."), "muted"), 1, 0, 1, 4);
    for (int i = 0; i < m_items.size(); ++i)
        addRow(i + 1, m_items.at(i));
    m_table->setColumnStretch(TextColumn, 1);
}

void ActionsSlide::addRow(int row, const WeekActionItem &entry)
{
    const ActionItem &item = entry.item;
    const MeetingSnapshot &snapshot = m_session.snapshot();
    auto *texts = new QVBoxLayout;
    QLabel *text = label(item.text, entry.overdue ? "overdue" : nullptr);
    text->setObjectName(QStringLiteral("actionText"));
    texts->addWidget(text);
    if (entry.carriedOver) {
        QLabel *tag = label(tr("carried over from %1").arg(item.createdWeek.toString()), "tag");
        tag->setObjectName(QStringLiteral("carriedOverTag"));
        texts->addWidget(tag);
    }
    m_table->addLayout(texts, row, TextColumn, Qt::AlignTop);
    m_table->addWidget(label(snapshot.userName(item.ownerId)), row, OwnerColumn, Qt::AlignTop);
    QString deadline = MeetingFormat::date(item.deadline);
    if (entry.overdue)
        deadline = tr("%1, overdue").arg(deadline);
    QLabel *deadlineLabel = label(deadline, entry.overdue ? "overdue" : nullptr);
    deadlineLabel->setObjectName(entry.overdue ? QStringLiteral("overdueDeadline")
                                               : QStringLiteral("actionDeadline"));
    m_table->addWidget(deadlineLabel, row, DeadlineColumn, Qt::AlignTop);

    auto *status = new QComboBox;
    status->setObjectName(QStringLiteral("actionStatusCombo"));
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        status->addItem(actionStatusTitle(s), int(s));
    status->setCurrentIndex(status->findData(int(item.status)));
    status->setEnabled(m_session.mayChangeStatus(item));
    status->setFocusPolicy(Qt::ClickFocus);
    const qint64 id = item.id;
    connect(status, &QComboBox::activated, this, [this, status, id] {
        m_session.setActionStatus(id, ActionStatus(status->currentData().toInt()));
    });
    m_table->addWidget(status, row, StatusColumn, Qt::AlignTop);
    if (m_session.mayEdit()) {
        auto *edit = new QPushButton(tr("Edit"));
        edit->setObjectName(QStringLiteral("editActionButton"));
        connect(edit, &QPushButton::clicked, this, [this, row] { startEditing(row - 1); });
        m_table->addWidget(edit, row, EditColumn, Qt::AlignTop);
    }
}

void ActionsSlide::startAdding()
{
    startEditing(-1);
}

void ActionsSlide::startEditing(int index)
{
    if (!m_session.mayEdit())
        return;
    const ActionItem *item = index >= 0 && index < m_items.size() ? &m_items[index].item : nullptr;
    m_editedId = item ? item->id : 0;
    m_owner->clear();
    m_owner->addItem(tr("— nobody —"));
    for (const User &user : m_session.owners())
        m_owner->addItem(user.displayName.isEmpty() ? user.login : user.displayName, user.id);
    m_text->setText(item ? item->text : QString());
    const int owner = item && item->ownerId ? m_owner->findData(*item->ownerId) : 0;
    m_owner->setCurrentIndex(std::max(0, owner));
    const QDate deadline = item ? item->deadline : QDate();
    m_noDeadline->setChecked(item && !deadline.isValid());
    m_deadline->setDate(deadline.isValid() ? deadline : m_session.week().sunday().addDays(7));
    m_editor->show();
    m_text->setFocus();
}

bool ActionsSlide::saveEdit()
{
    if (!isEditing())
        return false;
    const QVariant ownerData = m_owner->currentData();
    const std::optional<qint64> owner = ownerData.isValid()
                                            ? std::optional<qint64>(ownerData.toLongLong())
                                            : std::nullopt;
    const QDate deadline = m_noDeadline->isChecked() ? QDate() : m_deadline->date();
    const bool saved = m_editedId == 0
                           ? m_session.addAction(m_text->text(), owner, deadline)
                           : m_session.editAction(m_editedId, m_text->text(), owner, deadline);
    if (saved) {
        m_editor->hide();
        m_editedId = 0;
    }
    return saved;
}

bool ActionsSlide::isEditing() const
{
    return !m_editor->isHidden();
}

bool ActionsSlide::cancelEdit()
{
    if (!isEditing())
        return false;
    m_editor->hide();
    m_editedId = 0;
    return true;
}

} // namespace LeadPact
