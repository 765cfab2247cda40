// SPDX-License-Identifier: GPL-3.0-or-later
#include "bestdealslide.h"

#include "meetingsession.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace LeadPact {

BestDealSlide::BestDealSlide(MeetingSession &session, QWidget *parent)
    : MeetingSlide(session, parent)
    , m_amount(label({}, "huge", this))
    , m_lead(label({}, "big", this))
    , m_thanks(label({}, "big", this))
    , m_details(new QGridLayout)
{
    setObjectName(QStringLiteral("bestDealSlide"));
    m_amount->setObjectName(QStringLiteral("bestDealAmount"));
    m_lead->setObjectName(QStringLiteral("bestDealLead"));
    m_thanks->setObjectName(QStringLiteral("bestDealThanks"));
    m_details->setHorizontalSpacing(40);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_amount);
    layout->addWidget(m_lead);
    layout->addSpacing(20);
    layout->addLayout(m_details);
    layout->addSpacing(20);
    layout->addWidget(m_thanks);
    layout->addStretch(1);
}

QString BestDealSlide::title() const
{
    return tr("Best deal of the week");
}

QString BestDealSlide::cycle(const BestDeal &deal)
{
    //: %n days from the lead's arrival to the payment
    return tr("%n day(s)", nullptr, int(deal.cycleDays)) + QStringLiteral(" (")
           + MeetingFormat::date(deal.receivedOn) + QStringLiteral(" → ")
           + MeetingFormat::date(deal.paidOn) + QLatin1Char(')');
}

QString BestDealSlide::thanks(const BestDeal &deal)
{
    if (!deal.campaign.isEmpty() && !deal.channel.isEmpty()) {
        return tr("Thank you, marketing, for this lead: channel \"%1\", campaign \"%2\". "
                  "And thank you, %3, for closing it!")
            .arg(deal.channel, deal.campaign, deal.ownerName);
    }
    if (!deal.channel.isEmpty()) {
        return tr("Thank you, marketing, for this lead from channel \"%1\". And thank you, %2, "
                  "for closing it!")
            .arg(deal.channel, deal.ownerName);
    }
    return tr("Thank you, %1, for closing it!").arg(deal.ownerName);
}

void BestDealSlide::refresh()
{
    clearLayout(m_details);
    const std::optional<BestDeal> &deal = m_session.snapshot().review.bestDeal;
    if (m_session.isComputing()) {
        m_amount->setText(tr("Computing the week's numbers…"));
        m_lead->clear();
        m_thanks->clear();
        return;
    }
    if (!deal) {
        m_amount->setText(tr("No deal was won this week"));
        m_lead->setText(tr("Every week starts from zero: the leads in work now are next "
                           "week's best deal."));
        m_thanks->setText(tr("Thank you all for the work on the leads!"));
        return;
    }
    m_amount->setText(MeetingFormat::money(deal->amountMinor, deal->currency));
    m_lead->setText(deal->company.isEmpty() ? deal->leadName
                                            : tr("%1, %2").arg(deal->leadName, deal->company));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Channel"), deal->channel.isEmpty() ? QStringLiteral("—") : deal->channel},
        {tr("Campaign"), deal->campaign.isEmpty() ? QStringLiteral("—") : deal->campaign},
        {tr("Manager"), deal->ownerName.isEmpty() ? QStringLiteral("—") : deal->ownerName},
        {tr("Deal cycle"), cycle(*deal)},
    };
    for (int row = 0; row < rows.size(); ++row) {
        m_details->addWidget(label(rows[row].first, "head"), row, 0);
        QLabel *value = label(rows[row].second, nullptr);
        value->setObjectName(QStringLiteral("bestDealValue%1").arg(row));
        m_details->addWidget(value, row, 1);
    }
    m_details->setColumnStretch(1, 1);
    m_thanks->setText(thanks(*deal));
}

} // namespace LeadPact
