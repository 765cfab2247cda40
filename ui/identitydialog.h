// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QListWidget;

namespace LeadPact {

// "Who are you?" for SQLite mode, where there is no login: lists the active users with their
// role; the choice is remembered (by login, in QSettings) so the question comes once, and can
// be changed with "Switch user…". The role then decides which actions the window offers.
class IdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    // `users` may include inactive ones; only active users are offered.
    IdentityDialog(const QList<User> &users, const QString &currentLogin,
                   QWidget *parent = nullptr);

    // The chosen user, or nothing before a choice.
    std::optional<User> user() const;

    // The remembered user among `users` (active only), or nothing.
    static std::optional<User> remembered(const QList<User> &users);
    static void remember(const User &user);

private:
    QList<User> m_users;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadPact
