// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionsection.h"
#include "domain/reason.h"

class QLabel;
class QPlainTextEdit;

namespace LeadPact {

class ReasonPicker;

// "Reject" and "Mark lost": a reason picked from the active catalog of the kind, and a comment
// whose label says when the chosen reason demands it as proof.
class ReasonSection final : public ActionSection
{
    Q_OBJECT

public:
    ReasonSection(const ReasonCatalog &catalog, ReasonKind kind, QWidget *parent = nullptr);

    void fillRequest(TransitionRequest &request) const override;
    QStringList inputProblems() const override;
    QStringList explainedFields() const override;
    QWidget *firstField() const override;

private:
    void updateCommentLabel();

    ReasonPicker *m_picker = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace LeadPact
