// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsection.h"

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/reason.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace LeadPact {

ReviewSection::ReviewSection(const Lead &lead,
                             const ReasonCatalog &catalog,
                             bool commentRequired,
                             QWidget *parent)
    : ActionSection(parent)
    , m_comment(makeCommentEdit())
{
    const Reason *reason = lead.rejectionReasonId ? catalog.findById(*lead.rejectionReasonId)
                                                  : nullptr;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Rejection reason:"),
                 makeContextLabel(reason ? reason->title() : QString(), "rejectionReason"));
    form->addRow(tr("Manager's comment:"),
                 makeContextLabel(lead.rejectionComment, "rejectionComment"));
    if (!lead.disputeComment.isEmpty() || !commentRequired) {
        form->addRow(tr("Marketing's dispute:"),
                     makeContextLabel(lead.disputeComment, "disputeComment"));
    }
    form->addRow(commentRequired ? tr("&Why is the lead a target one (required):")
                                 : tr("&Comment (optional):"),
                 m_comment);
}

void ReviewSection::fillRequest(TransitionRequest &request) const
{
    request.comment = m_comment->toPlainText();
}

QWidget *ReviewSection::firstField() const
{
    return m_comment;
}

} // namespace LeadPact
