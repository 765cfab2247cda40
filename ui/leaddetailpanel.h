// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/leadevent.h"
#include "domain/reason.h"
#include "domain/slapolicy.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListView;
class QPushButton;

namespace LeadPact {

class Clock;
class TimelineModel;

// The selected lead in full beside the queue: contact data, source (channel, campaign, landing
// page, UTM), SLA state and deadline, rejection details, and the history timeline from the
// event log. Shows what it is given; the window reads the lead and its history.
class LeadDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    // The clock drives the SLA countdown; it must outlive the panel.
    explicit LeadDetailPanel(const Clock &clock, QWidget *parent = nullptr);

    // Names of users (id -> display name), the reason catalog and the SLA policy for the texts.
    void setContext(const QHash<qint64, QString> &userNames, const ReasonCatalog &reasons,
                    const SlaPolicy &policy);
    // Shows the lead with its history, or an empty panel for no lead.
    void showLead(const std::optional<Lead> &lead, const QList<LeadEvent> &history = {});
    const std::optional<Lead> &lead() const { return m_lead; }
    // Updates the SLA line to the clock's current time.
    void tickSla();

    TimelineModel *timelineModel() const { return m_timelineModel; }
    QListView *timelineView() const { return m_timeline; }

signals:
    // The user asked for the card of the registry campaign the lead is attributed to.
    void campaignRequested(qint64 campaignId);

private:
    QLabel *addRow(QFormLayout *form, const QString &title, const char *objectName);
    void setRow(QLabel *label, const QString &text);
    QString userName(std::optional<qint64> id) const;

    const Clock &m_clock;
    QHash<qint64, QString> m_userNames;
    ReasonCatalog m_reasons;
    SlaPolicy m_policy;
    std::optional<Lead> m_lead;

    QLabel *m_title = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_campaign = nullptr;
    QPushButton *m_campaignCard = nullptr;
    QLabel *m_promo = nullptr;
    QLabel *m_landing = nullptr;
    QLabel *m_utm = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_declaredRevenue = nullptr;
    QLabel *m_duplicate = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QListView *m_timeline = nullptr;
};

} // namespace LeadPact
