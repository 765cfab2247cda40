// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonsection.h"

#include "domain/leadaction.h"
#include "reasonpicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace LeadPact {

ReasonSection::ReasonSection(const ReasonCatalog &catalog, ReasonKind kind, QWidget *parent)
    : ActionSection(parent)
    , m_picker(new ReasonPicker(catalog, kind, this))
    , m_commentLabel(new QLabel(this))
    , m_comment(makeCommentEdit())
{
    auto *reasonLabel = new QLabel(kind == ReasonKind::Rejection ? tr("&Rejection reason:")
                                                                 : tr("&Loss reason:"),
                                   this);
    reasonLabel->setBuddy(m_picker->searchEdit());
    m_commentLabel->setObjectName(QStringLiteral("commentLabel"));
    m_commentLabel->setBuddy(m_comment);
    m_commentLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);

    connect(m_picker, &ReasonPicker::currentReasonChanged, this, [this] {
        updateCommentLabel();
        emit changed();
    });
    updateCommentLabel();
}

void ReasonSection::updateCommentLabel()
{
    const Reason *reason = m_picker->currentReason();
    m_commentLabel->setText(reason && reason->commentRequired
                                ? tr("&Comment (required for this reason):")
                                : tr("&Comment:"));
}

void ReasonSection::fillRequest(TransitionRequest &request) const
{
    const Reason *reason = m_picker->currentReason();
    request.reasonCode = reason ? reason->code : QString();
    request.comment = m_comment->toPlainText();
}

QStringList ReasonSection::inputProblems() const
{
    // In words for this form: the list above, the box below (not field names and codes).
    const Reason *reason = m_picker->currentReason();
    if (!reason)
        return {tr("Choose a reason in the list.")};
    if (reason->commentRequired && m_comment->toPlainText().trimmed().isEmpty())
        return {tr("The reason \"%1\" needs a comment as proof: type it in the box.")
                    .arg(reason->title())};
    return {};
}

QStringList ReasonSection::explainedFields() const
{
    return {QStringLiteral("reason"), QStringLiteral("comment")};
}

QWidget *ReasonSection::firstField() const
{
    return m_picker->searchEdit();
}

} // namespace LeadPact
