// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionpage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace LeadPact {

namespace {

QString displayName(const User &user)
{
    return user.displayName.isEmpty() ? user.login : user.displayName;
}

} // namespace

DistributionPage::DistributionPage(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Distribute new unassigned leads au&tomatically"), this))
    , m_onDuty(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
{
    m_enabled->setObjectName(QStringLiteral("distributionEnabled"));
    m_onDuty->setObjectName(QStringLiteral("onDuty"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));

    auto *hint = new QLabel(tr("New leads nobody has taken go to the ticked managers in turn, "
                               "the most urgent first."),
                            this);
    hint->setObjectName(QStringLiteral("distributionHint"));
    hint->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Managers on duty, in rotation order:"), this);
    listLabel->setBuddy(m_onDuty);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_enabled, 0, 0, 1, 2);
    grid->addWidget(hint, 1, 0, 1, 2);
    grid->addWidget(listLabel, 2, 0, 1, 2);
    grid->addWidget(m_onDuty, 3, 0, 3, 1);
    grid->addWidget(m_up, 3, 1);
    grid->addWidget(m_down, 4, 1);
    grid->setRowStretch(5, 1);

    connect(m_enabled, &QCheckBox::toggled, this, &DistributionPage::changed);
    connect(m_onDuty, &QListWidget::itemChanged, this, &DistributionPage::changed);
    connect(m_onDuty, &QListWidget::currentRowChanged, this, &DistributionPage::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    updateButtons();
}

void DistributionPage::setSettings(const LeadDistributor::Settings &settings,
                                   const QList<User> &team)
{
    QList<User> managers;
    for (const User &user : team) {
        if (user.active && user.role == Role::Manager)
            managers.append(user);
    }
    // On duty first, in rotation order; the rest alphabetically after them.
    const auto rank = [&settings](const User &user) {
        const qsizetype index = settings.onDuty.indexOf(user.id);
        return index < 0 ? settings.onDuty.size() : index;
    };
    std::sort(managers.begin(), managers.end(), [&](const User &a, const User &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });

    const QSignalBlocker blocker(this);
    m_enabled->setChecked(settings.enabled);
    m_onDuty->clear();
    for (const User &user : managers) {
        auto *item = new QListWidgetItem(displayName(user), m_onDuty);
        item->setData(Qt::UserRole, user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(settings.onDuty.contains(user.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_onDuty->setCurrentRow(m_onDuty->count() > 0 ? 0 : -1);
    updateButtons();
}

LeadDistributor::Settings DistributionPage::settings() const
{
    LeadDistributor::Settings result;
    result.enabled = m_enabled->isChecked();
    for (int row = 0; row < m_onDuty->count(); ++row) {
        const QListWidgetItem *item = m_onDuty->item(row);
        if (item->checkState() == Qt::Checked)
            result.onDuty.append(item->data(Qt::UserRole).toLongLong());
    }
    return result;
}

void DistributionPage::move(int step)
{
    const int row = m_onDuty->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_onDuty->count())
        return;
    QListWidgetItem *item = m_onDuty->takeItem(row);
    m_onDuty->insertItem(target, item);
    m_onDuty->setCurrentRow(target);
    emit changed();
}

void DistributionPage::updateButtons()
{
    const int row = m_onDuty->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_onDuty->count() - 1);
}

} // namespace LeadPact
