// SPDX-License-Identifier: GPL-3.0-or-later
// A DialogRunner for tests: answers every dialog at once with what the test prepared, and
// records what was asked, so no test blocks on a modal dialog.
#pragma once

#include "dialogrunner.h"

namespace LeadPact::Test {

class FakeDialogRunner final : public DialogRunner
{
public:
    // The next answers (each used once); nothing means "cancelled".
    std::optional<TransitionRequest> nextRequest;
    std::optional<OwnerChoice> nextOwner;
    std::optional<User> nextUser;

    QList<LeadAction> askedActions;
    QList<qint64> askedLeads;
    int catalogEdits = 0;
    int userQuestions = 0;

    std::optional<TransitionRequest> transition(LeadAction action, const Lead &lead,
                                                const User &, const LeadService &,
                                                const ReasonCatalog &, const Clock &,
                                                QWidget *) override
    {
        askedActions.append(action);
        askedLeads.append(lead.id);
        return std::exchange(nextRequest, std::nullopt);
    }
    std::optional<OwnerChoice> reassign(const Lead &lead, const QList<User> &, QWidget *) override
    {
        askedLeads.append(lead.id);
        return std::exchange(nextOwner, std::nullopt);
    }
    void editCatalog(CatalogService &, const User &, QWidget *) override { ++catalogEdits; }
    std::optional<User> chooseUser(const QList<User> &, const QString &, QWidget *) override
    {
        ++userQuestions;
        return std::exchange(nextUser, std::nullopt);
    }
};

} // namespace LeadPact::Test
