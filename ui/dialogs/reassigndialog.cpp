// SPDX-License-Identifier: GPL-3.0-or-later
#include "reassigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadPact {

ReassignDialog::ReassignDialog(const Lead &lead, const QList<User> &team, QWidget *parent)
    : QDialog(parent)
    , m_currentOwner(lead.ownerId)
    , m_owner(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    const QString name = lead.name.trimmed().isEmpty() ? tr("lead %1").arg(lead.id) : lead.name;
    setWindowTitle(tr("Reassign — %1").arg(name));

    QList<User> candidates;
    for (const User &user : team) {
        if (user.active && isSalesRole(user.role))
            candidates.append(user);
    }
    std::sort(candidates.begin(), candidates.end(), [](const User &a, const User &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });

    // Item data: the user id, or an invalid QVariant for "Unassigned".
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->addItem(tr("Unassigned"), QVariant());
    for (const User &user : candidates) {
        const QString label = user.displayName.isEmpty() ? user.login : user.displayName;
        m_owner->addItem(tr("%1 (%2)").arg(label, roleTitle(user.role)), user.id);
    }
    int current = lead.ownerId ? m_owner->findData(*lead.ownerId) : 0;
    if (current < 0) {
        // The owner left the team or the sales roles: show them, so OK means a real change.
        const auto owner = std::find_if(team.cbegin(), team.cend(), [&](const User &user) {
            return user.id == *lead.ownerId;
        });
        const QString label = owner != team.cend() ? owner->displayName
                                                   : tr("user %1").arg(*lead.ownerId);
        m_owner->addItem(tr("%1 (current owner, not available)").arg(label), *lead.ownerId);
        current = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(current);

    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reassign"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReassignDialog::reject);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateOk);
    updateOk();
    m_owner->setFocus();
}

std::optional<qint64> ReassignDialog::ownerId() const
{
    const QVariant data = m_owner->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

void ReassignDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ownerId() != m_currentOwner);
}

} // namespace LeadPact
