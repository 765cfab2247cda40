// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaign.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace LeadPact {

// Everything a manager needs to talk to a client the campaign brought: its official name, goal,
// audience, the promo code and what it gives, the dates, the landing page and the internal
// documents (links open in the browser), and who is responsible. Read-only.
class CampaignCard final : public QDialog
{
    Q_OBJECT

public:
    explicit CampaignCard(const Campaign &campaign, const QDate &today, QWidget *parent = nullptr);

    qint64 campaignId() const { return m_id; }

private:
    QLabel *addRow(QFormLayout *form,
                   const QString &title,
                   const QString &text,
                   const char *objectName);

    qint64 m_id = 0;
};

// "1 Dec 2026 – 31 Dec 2026", "from 1 Dec 2026", or "not set", in the user's locale.
QString campaignPeriodText(const QDate &from, const QDate &until);

} // namespace LeadPact
