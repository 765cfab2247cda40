// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>

namespace LeadPact {

struct WeekReviewData;

// The meeting's charts as input for ui/charts, from the numbers core computed: the same data
// on the slide and on the printed page.
class MeetingCharts final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPact::MeetingCharts)

public:
    // Six weeks of leads received and processed, and the share answered within the SLA.
    static TrendData trend(const WeekReviewData &review);
    // The week's top rejection reasons.
    static BarChartData reasons(const WeekReviewData &review);
};

} // namespace LeadPact
