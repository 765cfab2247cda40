// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/role.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;

namespace LeadPact {

// Picks who a lead goes to: an active sales user (manager or head of sales) or nobody
// ("Unassigned"), from the team list (UserService::list()). OK is enabled only for a change.
// The dialog changes nothing; the caller passes ownerId() to LeadService::assign().
class ReassignDialog final : public QDialog
{
    Q_OBJECT

public:
    ReassignDialog(const Lead &lead, const QList<User> &team, QWidget *parent = nullptr);

    // The chosen owner; nothing for "Unassigned".
    std::optional<qint64> ownerId() const;

private:
    void updateOk();

    std::optional<qint64> m_currentOwner;
    QComboBox *m_owner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadPact
