// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "domain/slapolicy.h"
#include "service/leaddistributor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace LeadPact {

class Clock;
class Database;
class DistributionPage;
class SlaPolicyPage;

// The team settings for the administrator and the head of sales: the SLA policy (target,
// due-soon warning, work calendar) and the automatic lead distribution. Reads both when it
// opens; OK saves what changed, in one transaction, as the acting user. While the policy is
// invalid its problem shows in "problemLabel" and OK stays disabled; a refusal from the core
// shows in "errorLabel" and keeps the dialog open.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The database and the clock must outlive the dialog.
    SettingsDialog(Database &db, const Clock &clock, const User &actor, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    SlaPolicyPage *policyPage() const { return m_policyPage; }
    DistributionPage *distributionPage() const { return m_distributionPage; }

    // Saves; closes only when the core accepted the change.
    void accept() override;

private:
    void load();
    bool save();
    void updateProblem();
    void showError(const QString &message);

    Database &m_db;
    const Clock &m_clock;
    User m_actor;
    SlaPolicy m_storedPolicy;
    LeadDistributor::Settings m_storedDistribution;
    QTabWidget *m_tabs = nullptr;
    SlaPolicyPage *m_policyPage = nullptr;
    DistributionPage *m_distributionPage = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadPact
