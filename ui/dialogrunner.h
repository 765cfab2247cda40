// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/role.h"

#include <QList>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace LeadPact {

class CatalogService;
class Clock;
class LeadService;
class ReasonCatalog;
class SpendService;

// The choice a reassignment dialog returns: a manager, or nobody (unassigned).
struct OwnerChoice
{
    std::optional<qint64> ownerId;
};

// The seam between the window and its modal dialogs. The application runs the real dialogs
// (ExecDialogRunner); a test passes a fake that answers at once, so no test ever blocks on
// exec(). Every function returns nothing when the user cancels.
class DialogRunner
{
public:
    virtual ~DialogRunner() = default;

    // The details of an action on a lead (TransitionDialog); the caller performs it.
    virtual std::optional<TransitionRequest> transition(LeadAction action, const Lead &lead,
                                                        const User &actor,
                                                        const LeadService &service,
                                                        const ReasonCatalog &catalog,
                                                        const Clock &clock, QWidget *parent)
        = 0;
    // Who the lead goes to (ReassignDialog); `team` is every user, the dialog offers sales.
    virtual std::optional<OwnerChoice> reassign(const Lead &lead, const QList<User> &team,
                                                QWidget *parent)
        = 0;
    // The reason-catalog editor; it applies its changes itself.
    virtual void editCatalog(CatalogService &service, const User &actor, QWidget *parent) = 0;
    // Who is at the keyboard (IdentityDialog), among the active users.
    virtual std::optional<User> chooseUser(const QList<User> &users, const QString &currentLogin,
                                           QWidget *parent)
        = 0;
    // Where to save a file (a "Save as" dialog); `filter` as QFileDialog takes it. Empty when
    // cancelled.
    virtual QString saveFileName(const QString &caption, const QString &suggestedName,
                                 const QString &filter, QWidget *parent)
        = 0;
    // The marketing-spend editor (SpendDialog) over `channels`; it applies its changes itself.
    // True when it changed anything.
    virtual bool editSpend(SpendService &service, const User &actor, const QStringList &channels,
                           const QString &currency, QWidget *parent)
        = 0;
    // Print preview and printing of a document (A4 landscape to start with): `paint` draws
    // every page on the printer it is given.
    virtual void print(const QString &title, const std::function<void(QPrinter *)> &paint,
                       QWidget *parent)
        = 0;
};

} // namespace LeadPact
