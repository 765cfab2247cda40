// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingslide.h"

class QGridLayout;

namespace LeadPact {

struct BestDeal;

// Slide 1: the week's largest won deal, who closed it, how long it took, and thanks to the
// channel and campaign the lead came from, so the meeting starts positive. A friendly line when
// nothing was won.
class BestDealSlide final : public MeetingSlide
{
    Q_OBJECT

public:
    explicit BestDealSlide(MeetingSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    // "Thank you, marketing, for the lead from …": shared with the printed page.
    static QString thanks(const BestDeal &deal);
    static QString cycle(const BestDeal &deal);

private:
    QLabel *m_amount = nullptr;
    QLabel *m_lead = nullptr;
    QLabel *m_thanks = nullptr;
    QGridLayout *m_details = nullptr;
};

} // namespace LeadPact
