// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionsection.h"

class QPlainTextEdit;

namespace LeadPact {

class ReasonCatalog;
struct Lead;

// "Dispute rejection", "Confirm rejection" and "Return to manager": the rejection under review
// (its reason, the manager's comment and marketing's dispute, read-only) and a comment, which
// only a dispute requires.
class ReviewSection final : public ActionSection
{
    Q_OBJECT

public:
    ReviewSection(const Lead &lead,
                  const ReasonCatalog &catalog,
                  bool commentRequired,
                  QWidget *parent = nullptr);

    void fillRequest(TransitionRequest &request) const override;
    QWidget *firstField() const override;

private:
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace LeadPact
