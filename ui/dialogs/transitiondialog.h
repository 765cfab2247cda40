// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/role.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace LeadPact {

class ActionSection;
class Clock;
class LeadService;
class ReasonCatalog;

// One dialog for every LeadAction: the fields the action needs, and an OK button that stays
// disabled while LeadService::check() finds problems with the request, which the dialog lists
// ("problemLabel") so the user sees why. The dialog changes nothing: the caller passes
// request() to LeadService::perform() after exec() returns Accepted.
class TransitionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `clock` gives "now" for the default contact time and payment date; `catalog` holds the
    // reasons offered and the one a disputed rejection carries.
    TransitionDialog(LeadAction action,
                     const Lead &lead,
                     const User &actor,
                     const LeadService &service,
                     const ReasonCatalog &catalog,
                     const Clock &clock,
                     QWidget *parent = nullptr);

    LeadAction action() const { return m_action; }
    // The request as the fields stand now (its `at` is left for the service to fill).
    TransitionRequest request() const;
    // What stops the request now: input that is not a value, then the core's problems.
    QStringList problems() const;

    void accept() override;

private:
    void recheck();

    LeadAction m_action;
    Lead m_lead;
    User m_actor;
    const LeadService &m_service;
    ActionSection *m_section = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadPact
