// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertcenter.h"
#include "domain/role.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace LeadPact {

class CampaignCard;
class CampaignRegistryDialog;
class Clock;
class Database;

// The main window's campaign features: the Tools → Campaigns action and its registry window,
// the campaign card a lead's detail panel asks for, and the launch announcement shown when a
// user signs in. Both windows are modeless: a manager keeps the card open during a call.
class CampaignsController final : public QObject
{
    Q_OBJECT

public:
    CampaignsController(Database &db, const Clock &clock, QWidget *window);

    QAction *registryAction() const { return m_registryAction; }
    void setUser(const User &user);

    // The campaigns to tell the user about today (see CampaignSchedule), as one alert.
    std::optional<Alert> announcement() const;

    CampaignRegistryDialog *registry() const;
    CampaignCard *card() const;

public slots:
    void openRegistry();
    void openCard(qint64 campaignId);

signals:
    void registryChanged();
    // The registry is saving a campaign on its own connection (it holds the write lock).
    void savingChanged(bool saving);
    void failed(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    QWidget *m_window;
    User m_user;
    QAction *m_registryAction;
    QPointer<CampaignRegistryDialog> m_registry;
    QPointer<CampaignCard> m_card;
};

} // namespace LeadPact
