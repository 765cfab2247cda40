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
    QString nextFileName; // empty: "cancelled"

    QList<LeadAction> askedActions;
    QList<qint64> askedLeads;
    int catalogEdits = 0;
    int userQuestions = 0;
    int spendEdits = 0;
    QStringList printedTitles;
    QStringList askedFileNames; // the suggested names

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
    QString saveFileName(const QString &, const QString &suggestedName, const QString &,
                         QWidget *) override
    {
        askedFileNames.append(suggestedName);
        return std::exchange(nextFileName, QString());
    }
    bool editSpend(SpendService &, const User &, const QStringList &, const QString &,
                   QWidget *) override
    {
        ++spendEdits;
        return false;
    }
    void print(const QString &title, const std::function<void(QPrinter *)> &, QWidget *) override
    {
        printedTitles.append(title);
    }
};

} // namespace LeadPact::Test
