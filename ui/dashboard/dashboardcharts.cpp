// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardView, continued: the metrics core computed, turned into chart and table input, and
// what a click on each item lists. Only formatting and arrangement here: every number comes
// from core as it is shown.
#include "dashboardview.h"

#include "charts/barchart.h"
#include "charts/chartstyle.h"
#include "charts/funnelchart.h"
#include "charts/slachart.h"
#include "charts/trendchart.h"
#include "metrics/metricsservice.h"
#include "metricstablemodel.h"
#include "metricstableview.h"

#include <QLabel>
#include <QLocale>

namespace LeadPact {

namespace {

using Measure = MetricCell::Measure;

MetricCell cellOf(Measure measure, const std::optional<QString> &channel = std::nullopt)
{
    MetricCell cell;
    cell.measure = measure;
    cell.channel = channel;
    return cell;
}

Measure stageMeasure(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Received: return Measure::Received;
    case FunnelStage::Mql: return Measure::Mql;
    case FunnelStage::Contacted: return Measure::Contacted;
    case FunnelStage::Sql: return Measure::Sql;
    case FunnelStage::Won: return Measure::Won;
    }
    return Measure::Received;
}

// Money arrives in minor units (kopecks); charts and tables show whole units.
double major(qint64 minor)
{
    return double(minor) / 100.0;
}

std::optional<double> major(const std::optional<qint64> &minor)
{
    return minor ? std::optional(major(*minor)) : std::nullopt;
}

const MoneyMetrics *moneyIn(const QList<MoneyMetrics> &money, const QString &currency)
{
    for (const MoneyMetrics &entry : money) {
        if (entry.currency == currency)
            return &entry;
    }
    return nullptr;
}

std::optional<double> asDouble(const std::optional<qint64> &value)
{
    return value ? std::optional(double(*value)) : std::nullopt;
}

} // namespace

void DashboardView::drawFunnel()
{
    const FunnelCounts &funnel = m_metrics.funnel;
    FunnelData data;
    QList<Drill> drills;
    for (FunnelStage stage : allFunnelStages) {
        data.stages.append({funnelStageCode(stage), funnelStageTitle(stage), funnel.count(stage),
                            funnel.stepConversionPct(stage)});
        drills.append({cellOf(stageMeasure(stage)),
                       tr("Funnel, %1").arg(funnelStageTitle(stage)), funnel.count(stage)});
    }
    data.endToEndPct = funnel.endToEndPct(FunnelStage::Won);
    const QList<std::tuple<Measure, QString, qint64>> sides = {
        {Measure::Incomplete, tr("Incomplete data"), funnel.incomplete},
        {Measure::Rejected, tr("Rejected"), funnel.rejected},
        {Measure::Lost, tr("Lost"), funnel.lost},
        {Measure::Disputed, tr("Rejections disputed"), funnel.disputed},
        {Measure::Overturned, tr("Rejections overturned"), funnel.overturned},
    };
    for (const auto &[measure, title, count] : sides) {
        data.sideCounts.append({QString(), title, count, std::nullopt});
        drills.append({cellOf(measure), tr("Funnel, %1").arg(title), count});
    }
    m_funnelDrills = {drills};
    m_funnel->setData(data);

    QStringList summary{tr("Received: %1").arg(ChartStyle::formatCount(funnel.received)),
                        tr("SQL: %1").arg(ChartStyle::formatCount(funnel.sql)),
                        tr("won: %1").arg(ChartStyle::formatCount(funnel.won))};
    if (const auto within = m_metrics.sla.withinPct())
        summary.append(tr("within SLA: %1").arg(ChartStyle::formatPercent(*within)));
    if (m_metrics.sla.medianMinutes) {
        summary.append(tr("median first contact: %1")
                           .arg(ChartStyle::formatValue(double(*m_metrics.sla.medianMinutes),
                                                        ValueFormat::Minutes)));
    }
    m_summary->setText(periodText() + QStringLiteral(" · ") + summary.join(QStringLiteral(" · ")));
}

void DashboardView::drawSla()
{
    const SlaStats &sla = m_metrics.sla;
    QStringList keys;
    QStringList labels;
    QStringList details;
    QList<qint64> counts;
    QList<Drill> drills;
    for (ContactBucket bucket : allContactBuckets) {
        keys.append(contactBucketCode(bucket));
        labels.append(contactBucketTitle(bucket));
        counts.append(sla.bucket(bucket));
        const std::optional<double> share = percentOf(sla.bucket(bucket), sla.leads);
        details.append(share ? tr("%1 of the leads").arg(ChartStyle::formatPercent(*share))
                             : QString());
        MetricCell cell = cellOf(Measure::ContactBucket);
        cell.bucket = bucket;
        drills.append({cell, tr("First contact %1").arg(contactBucketTitle(bucket)),
                       sla.bucket(bucket)});
    }
    m_slaDrills = {drills};
    m_sla->setDistribution(keys, labels, counts, details);

    QStringList facts;
    if (const auto within = sla.withinPct())
        facts.append(tr("within SLA %1").arg(ChartStyle::formatPercent(*within)));
    if (sla.medianMinutes) {
        facts.append(tr("median %1").arg(ChartStyle::formatValue(double(*sla.medianMinutes),
                                                                 ValueFormat::Minutes)));
    }
    if (sla.p90Minutes) {
        facts.append(tr("90th percentile %1")
                         .arg(ChartStyle::formatValue(double(*sla.p90Minutes),
                                                      ValueFormat::Minutes)));
    }
    // Horizontal: the bucket names never get cut, fastest at the top.
    BarChartData data = m_sla->data();
    data.horizontal = true;
    // Two lines at most: a long title would be cut.
    data.valueAxisTitle = facts.mid(0, 2).join(QStringLiteral(" · "));
    if (facts.size() > 2)
        data.valueAxisTitle += QStringLiteral("<br>") + facts.mid(2).join(QStringLiteral(" · "));
    m_sla->setData(data);
}

void DashboardView::drawChannels()
{
    // Leads by channel, largest at the top (core lists the largest first).
    BarChartData leads;
    ChartSeries received{QStringLiteral("received"), tr("Leads"), {}, {}, {}};
    QList<Drill> leadDrills;
    for (auto it = m_metrics.channels.cbegin(); it != m_metrics.channels.cend(); ++it) {
        leads.categoryKeys.append(it->channel);
        leads.categories.append(channelTitle(it->channel));
        leads.categoryColors.append(ChartStyle::channelColor(it->channel));
        received.values.append(double(it->funnel.received));
        leadDrills.append({cellOf(Measure::Received, it->channel),
                           tr("Leads from %1").arg(channelTitle(it->channel)),
                           it->funnel.received});
    }
    leads.series = {received};
    leads.horizontal = true;
    leads.valueAxisTitle = tr("Leads received");
    m_channelLeadDrills = {leadDrills};
    m_channelLeads->setData(leads);

    // Rates side by side, one colour per channel.
    BarChartData rates;
    rates.categories = {tr("Received → SQL"), tr("Received → won"), tr("Within SLA"),
                        tr("Incomplete data")};
    rates.legendAlignment = Qt::AlignRight;
    rates.categoryKeys = {QStringLiteral("sql"), QStringLiteral("won"),
                          QStringLiteral("within_sla"), QStringLiteral("incomplete")};
    rates.format = ValueFormat::Percent;
    m_conversionDrills.clear();
    for (const ChannelMetrics &channel : m_metrics.channels) {
        const FunnelCounts &funnel = channel.funnel;
        const QString title = channelTitle(channel.channel);
        const QList<std::tuple<std::optional<double>, qint64, qint64, Measure, QString>> items = {
            {funnel.endToEndPct(FunnelStage::Sql), funnel.sql, funnel.received, Measure::Sql,
             tr("SQL from %1")},
            {funnel.endToEndPct(FunnelStage::Won), funnel.won, funnel.received, Measure::Won,
             tr("Won from %1")},
            {channel.sla.withinPct(), channel.sla.withinSla, channel.sla.leads,
             Measure::WithinSla, tr("Contacted within SLA from %1")},
            {percentOf(funnel.incomplete, funnel.received), funnel.incomplete, funnel.received,
             Measure::Incomplete, tr("Incomplete data from %1")},
        };
        ChartSeries series{channel.channel, title, {}, ChartStyle::channelColor(channel.channel),
                           {}};
        QList<Drill> drills;
        for (const auto &[pct, part, whole, measure, what] : items) {
            series.values.append(pct.value_or(0.0));
            series.details.append(tr("%1 of %2 leads")
                                      .arg(ChartStyle::formatCount(part),
                                           ChartStyle::formatCount(whole)));
            drills.append({cellOf(measure, channel.channel), what.arg(title), part});
        }
        rates.series.append(series);
        m_conversionDrills.append(drills);
    }
    rates.valueAxisTitle = tr("% of the channel's leads");
    m_channelConversion->setData(rates);
}

void DashboardView::drawRejections()
{
    BarChartData data;
    data.stacked = true;
    // Channels down the side: their names are never cut, however many there are.
    data.horizontal = true;
    data.legendAlignment = Qt::AlignRight;
    data.valueAxisTitle = tr("Rejected leads");
    QList<const ChannelMetrics *> channels;
    for (const ChannelMetrics &channel : m_metrics.channels) {
        if (channel.funnel.rejected > 0) {
            channels.append(&channel);
            data.categoryKeys.append(channel.channel);
            data.categories.append(channelTitle(channel.channel));
        }
    }
    m_rejectionDrills.clear();
    int index = 0;
    for (const ReasonCount &reason : m_metrics.rejections) {
        ChartSeries series{reason.code, reason.title, {}, ChartStyle::reasonColor(index++), {}};
        QList<Drill> drills;
        for (const ChannelMetrics *channel : std::as_const(channels)) {
            const ReasonCount *found = nullptr;
            for (const ReasonCount &count : channel->rejections) {
                if (count.code == reason.code)
                    found = &count;
            }
            const qint64 count = found ? found->count : 0;
            series.values.append(double(count));
            series.details.append(found && found->sharePct
                                      ? tr("%1 of the channel's rejections")
                                            .arg(ChartStyle::formatPercent(*found->sharePct))
                                      : QString());
            MetricCell cell = cellOf(Measure::Rejection, channel->channel);
            cell.reasonCode = reason.code;
            drills.append({cell,
                           tr("Rejected from %1: %2")
                               .arg(channelTitle(channel->channel), reason.title),
                           count});
        }
        data.series.append(series);
        m_rejectionDrills.append(drills);
    }
    m_rejections->setData(data);
}

void DashboardView::drawMoney()
{
    const QString currency = m_metrics.mainCurrency;
    BarChartData cycle;
    cycle.horizontal = true;
    cycle.format = ValueFormat::Days;
    cycle.valueAxisTitle = tr("Days from arrival to payment (median)");
    ChartSeries cycleDays{QStringLiteral("cycle"), tr("Median cycle"), {}, {}, {}};
    BarChartData deal;
    deal.horizontal = true;
    deal.format = ValueFormat::Money;
    deal.valueAxisTitle = tr("Average deal, %1").arg(currency);
    ChartSeries dealSize{QStringLiteral("deal"), tr("Average deal"), {}, {}, {}};
    QList<Drill> cycleDrills;
    QList<Drill> dealDrills;
    for (auto it = m_metrics.channels.cbegin(); it != m_metrics.channels.cend(); ++it) {
        const QString title = channelTitle(it->channel);
        for (BarChartData *data : {&cycle, &deal}) {
            data->categoryKeys.append(it->channel);
            data->categories.append(title);
            data->categoryColors.append(ChartStyle::channelColor(it->channel));
        }
        cycleDays.values.append(double(it->medianCycleDays.value_or(0)));
        MetricCell allWon = cellOf(Measure::Deals, it->channel);
        cycleDrills.append({allWon, tr("Won from %1").arg(title), std::nullopt});

        const MoneyMetrics *money = moneyIn(it->money, currency);
        dealSize.values.append(money ? major(money->averageDealMinor.value_or(0)) : 0.0);
        dealSize.details.append(
            money ? tr("%1 deals, revenue %2 %3")
                        .arg(ChartStyle::formatCount(money->deals),
                             ChartStyle::formatValue(major(money->revenueMinor),
                                                     ValueFormat::Money),
                             currency)
                  : QString());
        MetricCell deals = cellOf(Measure::Deals, it->channel);
        deals.currency = currency;
        dealDrills.append({deals, tr("Deals in %1 from %2").arg(currency, title),
                           money ? money->deals : 0});
    }
    cycle.series = {cycleDays};
    deal.series = {dealSize};
    m_cycleDrills = {cycleDrills};
    m_dealDrills = {dealDrills};
    m_cycle->setData(cycle);
    m_dealSize->setData(deal);
}

void DashboardView::drawTrend()
{
    TrendData data;
    ChartSeries leads{QStringLiteral("leads"), tr("Leads"), {}, QColor(0x00, 0x72, 0xB2), {}};
    ChartSeries conversion{QStringLiteral("mql_sql"), tr("MQL → SQL, %"), {},
                           QColor(0xD5, 0x5E, 0x00), {}};
    ChartSeries sla{QStringLiteral("within_sla"), tr("Within SLA, %"), {},
                    QColor(0x00, 0x9E, 0x73), {}};
    QList<Drill> leadDrills;
    QList<Drill> sqlDrills;
    QList<Drill> slaDrills;
    const QLocale locale;
    const QDate today = m_service->today();
    for (const TrendWeek &week : m_metrics.trend) {
        // Weeks yet to come would draw as a fall to zero.
        if (week.monday > today)
            continue;
        const QString label = locale.toString(week.monday, QStringLiteral("dd.MM"));
        data.weekKeys.append(week.monday.toString(Qt::ISODate));
        data.weeks.append(label);
        leads.values.append(double(week.leads));
        conversion.values.append(week.mqlToSqlPct().value_or(0.0));
        conversion.details.append(tr("%1 SQL of %2 MQL")
                                      .arg(ChartStyle::formatCount(week.sql),
                                           ChartStyle::formatCount(week.mql)));
        sla.values.append(week.slaWithinPct().value_or(0.0));
        sla.details.append(tr("%1 of %2 leads")
                               .arg(ChartStyle::formatCount(week.withinSla),
                                    ChartStyle::formatCount(week.leads)));
        const QString weekTitle = tr("week of %1").arg(locale.toString(week.monday,
                                                                        QLocale::ShortFormat));
        MetricCell cell = cellOf(Measure::Received);
        cell.week = week.monday;
        leadDrills.append({cell, tr("Leads, %1").arg(weekTitle), week.leads});
        cell.measure = Measure::Sql;
        sqlDrills.append({cell, tr("SQL, %1").arg(weekTitle), week.sql});
        cell.measure = Measure::WithinSla;
        slaDrills.append({cell, tr("Contacted within SLA, %1").arg(weekTitle), week.withinSla});
    }
    data.counts = {leads};
    data.percentages = {conversion, sla};
    data.countAxisTitle = tr("Leads");
    data.percentAxisTitle = tr("Share, %");
    m_trendDrills = {leadDrills, sqlDrills, slaDrills};
    m_trend->setData(data);
}

void DashboardView::drawMoneyTable()
{
    const QString currency = m_metrics.mainCurrency;
    const QList<MetricsColumn> columns = {
        {QStringLiteral("received"), tr("Leads"), ValueFormat::Count, true},
        {QStringLiteral("sql"), tr("SQL"), ValueFormat::Count, true},
        {QStringLiteral("deals"), tr("Deals"), ValueFormat::Count, true},
        {QStringLiteral("revenue"), tr("Revenue, %1").arg(currency), ValueFormat::Money, false},
        {QStringLiteral("spend"), tr("Spend, %1").arg(currency), ValueFormat::Money, false},
        {QStringLiteral("cpl"), tr("CPL, %1").arg(currency), ValueFormat::Money, false},
        {QStringLiteral("cost_sql"), tr("Cost per SQL, %1").arg(currency), ValueFormat::Money,
         false},
        {QStringLiteral("cost_won"), tr("Cost per deal, %1").arg(currency), ValueFormat::Money,
         false},
        {QStringLiteral("romi"), tr("ROMI, %"), ValueFormat::Percent, false},
        {QStringLiteral("avg_deal"), tr("Average deal, %1").arg(currency), ValueFormat::Money,
         false},
        {QStringLiteral("cycle"), tr("Cycle, days (median)"), ValueFormat::Count, false},
    };
    QList<MetricsRow> rows;
    m_moneyDrills.clear();
    const auto addRow = [&](const std::optional<QString> &channel, const QString &title,
                            const FunnelCounts &funnel, const QList<MoneyMetrics> &moneyList,
                            const std::optional<qint64> &cycleDays) {
        const MoneyMetrics *money = moneyIn(moneyList, currency);
        MetricsRow row{channel.value_or(QString()), title, {}, !channel.has_value()};
        row.values = {
            double(funnel.received),
            double(funnel.sql),
            money ? std::optional(double(money->deals)) : std::optional(0.0),
            money ? std::optional(major(money->revenueMinor)) : std::optional(0.0),
            money ? major(money->spendMinor) : std::nullopt,
            money ? major(money->costPerLeadMinor) : std::nullopt,
            money ? major(money->costPerSqlMinor) : std::nullopt,
            money ? major(money->costPerWonMinor) : std::nullopt,
            money ? money->romiPct : std::nullopt,
            money ? major(money->averageDealMinor) : std::nullopt,
            asDouble(cycleDays),
        };
        rows.append(row);
        MetricCell deals = cellOf(Measure::Deals, channel);
        deals.currency = currency;
        const QString where = channel ? tr(" from %1").arg(title) : QString();
        m_moneyDrills.append({
            Drill{},
            Drill{cellOf(Measure::Received, channel), tr("Leads%1").arg(where), funnel.received},
            Drill{cellOf(Measure::Sql, channel), tr("SQL%1").arg(where), funnel.sql},
            Drill{deals, tr("Deals in %1%2").arg(currency, where), money ? money->deals : 0},
        });
    };
    for (const ChannelMetrics &channel : m_metrics.channels)
        addRow(channel.channel, channelTitle(channel.channel), channel.funnel, channel.money,
               channel.medianCycleDays);
    addRow(std::nullopt, tr("All channels"), m_metrics.funnel, m_metrics.money,
           m_metrics.medianCycleDays);
    m_moneyTable->metricsModel()->setTable(columns, rows, tr("Channel"));
}

void DashboardView::drawManagerTable()
{
    const QList<MetricsColumn> columns = {
        {QStringLiteral("leads"), tr("Leads"), ValueFormat::Count, true},
        {QStringLiteral("contacted"), tr("Contacted"), ValueFormat::Count, true},
        {QStringLiteral("within_sla"), tr("Within SLA"), ValueFormat::Count, true},
        {QStringLiteral("within_sla_pct"), tr("Within SLA, %"), ValueFormat::Percent, false},
        {QStringLiteral("median"), tr("Median, min"), ValueFormat::Count, false},
        {QStringLiteral("p90"), tr("90th percentile, min"), ValueFormat::Count, false},
        {QStringLiteral("sql"), tr("SQL"), ValueFormat::Count, true},
    };
    QList<MetricsRow> rows;
    m_managerDrills.clear();
    for (const ManagerMetrics &manager : m_metrics.managers) {
        const QString name = manager.managerId == 0 ? tr("Unassigned")
                             : manager.displayName.isEmpty() ? manager.login
                                                             : manager.displayName;
        rows.append({QString::number(manager.managerId), name,
                     {double(manager.sla.leads), double(manager.sla.contacted),
                      double(manager.sla.withinSla), manager.sla.withinPct(),
                      asDouble(manager.sla.medianMinutes), asDouble(manager.sla.p90Minutes),
                      double(manager.funnel.sql)}});
        const auto cell = [&manager](Measure measure) {
            MetricCell result = cellOf(measure);
            result.managerId = manager.managerId;
            return result;
        };
        m_managerDrills.append({
            Drill{},
            Drill{cell(Measure::Received), tr("Leads of %1").arg(name), manager.sla.leads},
            Drill{cell(Measure::SlaContacted), tr("Contacted by %1").arg(name),
                  manager.sla.contacted},
            Drill{cell(Measure::WithinSla), tr("Contacted within SLA by %1").arg(name),
                  manager.sla.withinSla},
            Drill{}, Drill{}, Drill{},
            Drill{cell(Measure::Sql), tr("SQL of %1").arg(name), manager.funnel.sql},
        });
    }
    m_managerTable->metricsModel()->setTable(columns, rows, tr("Manager"));
}

void DashboardView::drawScoreTable()
{
    const QList<MetricsColumn> columns = {
        {QStringLiteral("leads"), tr("Leads"), ValueFormat::Count, false},
        {QStringLiteral("sql"), tr("SQL"), ValueFormat::Count, false},
        {QStringLiteral("won"), tr("Won"), ValueFormat::Count, false},
        {QStringLiteral("p_sql"), tr("Chance of SQL, %"), ValueFormat::Percent, false},
        {QStringLiteral("p_won"), tr("Chance of a deal, %"), ValueFormat::Percent, false},
    };
    QList<MetricsRow> rows;
    const auto addScores = [&rows, this](const QList<SourceScore> &scores) {
        for (const SourceScore &score : scores) {
            QString title = channelTitle(score.channel);
            if (!score.campaign.isEmpty())
                title = tr("%1 / %2").arg(title, score.campaign);
            if (score.hot)
                title = tr("%1 (hot)").arg(title);
            rows.append({score.channel + QLatin1Char('/') + score.campaign, title,
                         {double(score.leads), double(score.sql), double(score.won),
                          score.sqlProbability * 100.0, score.wonProbability * 100.0}});
        }
    };
    addScores(m_metrics.channelScores);
    addScores(m_metrics.campaignScores);
    m_scoreTable->metricsModel()->setTable(columns, rows, tr("Source"));
}

} // namespace LeadPact
