// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingslide.h"

class QGridLayout;

namespace LeadPact {

class TrendChart;
struct WeekFact;

// Slide 2: the week's facts against the previous week and the 4-week average, an arrow and a
// colour for better or worse (as core's WeekFact judges it), the top rejection reasons and
// six weeks of the trend.
class FactsSlide final : public MeetingSlide
{
    Q_OBJECT

public:
    explicit FactsSlide(MeetingSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    TrendChart *trendChart() const { return m_trend; }
    // "better", "worse" or nothing: the theme role of a fact's change.
    static const char *trendRole(const WeekFact &fact);

private:
    QGridLayout *m_table = nullptr;
    QGridLayout *m_reasons = nullptr;
    TrendChart *m_trend = nullptr;
};

} // namespace LeadPact
