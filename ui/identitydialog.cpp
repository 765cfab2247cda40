// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>

#include <algorithm>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

const QString loginKey = QStringLiteral("Identity/login");

} // namespace

IdentityDialog::IdentityDialog(const QList<User> &users, const QString &currentLogin,
                               QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Who are you?"));
    for (const User &user : users) {
        if (user.active)
            m_users.append(user);
    }

    auto *intro = new QLabel(tr("Choose yourself. LeadPact remembers the choice; change it later "
                                "with File → Switch user…"),
                             this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("userList"));
    for (const User &user : std::as_const(m_users)) {
        const QString name = user.displayName.isEmpty() ? user.login : user.displayName;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(name, roleTitle(user.role),
                                                                user.login),
                                         m_list);
        item->setData(Qt::UserRole, user.login);
        if (user.login == currentLogin)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Wide enough for the longest entry (Russian role titles are long), within the screen.
    int widest = fontMetrics().averageCharWidth() * 40;
    for (int row = 0; row < m_list->count(); ++row)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(m_list->item(row)->text()));
    const int frame = 2 * m_list->frameWidth() + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                      + 4 * fontMetrics().averageCharWidth();
    m_list->setMinimumWidth(std::min(widest + frame, 1100));

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current != nullptr);
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    m_list->setFocus();
}

std::optional<User> IdentityDialog::user() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString login = item->data(Qt::UserRole).toString();
    for (const User &user : m_users) {
        if (user.login == login)
            return user;
    }
    return std::nullopt;
}

std::optional<User> IdentityDialog::remembered(const QList<User> &users)
{
    const QString login = QSettings().value(loginKey).toString();
    if (login.isEmpty())
        return std::nullopt;
    for (const User &user : users) {
        if (user.login == login && user.active)
            return user;
    }
    return std::nullopt;
}

void IdentityDialog::remember(const User &user)
{
    QSettings().setValue(loginKey, user.login);
}

} // namespace LeadPact
