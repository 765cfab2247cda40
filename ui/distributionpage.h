// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "service/leaddistributor.h"

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace LeadPact {

// The "Lead distribution" tab of the settings dialog: the on/off switch
// ("distributionEnabled") and the active managers ("onDuty"), ticked when on duty and listed
// in rotation order (Move up / Move down change it).
class DistributionPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionPage(QWidget *parent = nullptr);

    // Lists the active managers among `team`: those on duty first, in rotation order, then the
    // rest by name. Ids on duty that are no longer active managers are dropped.
    void setSettings(const LeadDistributor::Settings &settings, const QList<User> &team);
    LeadDistributor::Settings settings() const;

signals:
    void changed();

private:
    void move(int step);
    void updateButtons();

    QCheckBox *m_enabled = nullptr;
    QListWidget *m_onDuty = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace LeadPact
