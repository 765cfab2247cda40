// SPDX-License-Identifier: GPL-3.0-or-later
#include "slachart.h"

#include "chartstyle.h"

namespace LeadPact {

SlaChart::SlaChart(QWidget *parent)
    : BarChart(parent)
{}

void SlaChart::setDistribution(const QStringList &keys,
                               const QStringList &labels,
                               const QList<qint64> &counts,
                               const QStringList &details)
{
    BarChartData data;
    data.categoryKeys = keys;
    data.categories = labels;
    ChartSeries leads;
    leads.key = QStringLiteral("leads");
    leads.label = tr("Leads");
    for (qint64 count : counts)
        leads.values.append(double(count));
    leads.details = details;
    data.series = {leads};
    for (int index = 0; index < labels.size(); ++index)
        data.categoryColors.append(ChartStyle::slaBucketColor(index, int(labels.size())));
    data.valueAxisTitle = tr("Leads");
    setData(data);
}

} // namespace LeadPact
