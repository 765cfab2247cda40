// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogrunner.h"

namespace LeadPact {

// The application's DialogRunner: runs each dialog modally with exec() and returns its answer.
class ExecDialogRunner final : public DialogRunner
{
public:
    std::optional<TransitionRequest> transition(LeadAction action, const Lead &lead,
                                                const User &actor, const LeadService &service,
                                                const ReasonCatalog &catalog, const Clock &clock,
                                                QWidget *parent) override;
    std::optional<OwnerChoice> reassign(const Lead &lead, const QList<User> &team,
                                        QWidget *parent) override;
    void editCatalog(CatalogService &service, const User &actor, QWidget *parent) override;
    std::optional<User> chooseUser(const QList<User> &users, const QString &currentLogin,
                                   QWidget *parent) override;
    QString saveFileName(const QString &caption, const QString &suggestedName,
                         const QString &filter, QWidget *parent) override;
    bool editSpend(SpendService &service, const User &actor, const QStringList &channels,
                   const QString &currency, QWidget *parent) override;
    void print(const QString &title, const std::function<void(QPrinter *)> &paint,
               QWidget *parent) override;
};

} // namespace LeadPact
