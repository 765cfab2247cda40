// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "metrics/metriccell.h"
#include "metrics/metricsquery.h"
#include "metrics/metricvalues.h"
#include "storage/leadfilter.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace LeadPact {

class BarChart;
class ChartWidget;
class Clock;
class DashboardFilterBar;
class Database;
class DialogRunner;
class FunnelChart;
class MetricsService;
class MetricsTableView;
class SlaChart;
class TrendChart;

// The funnel and SLA dashboard: one filter bar over every chart and table, all fed by core's
// MetricsService (the UI formats numbers, it never computes them). A click on a funnel stage, a
// bar, a trend point or a table number asks for the list of exactly the leads behind it
// (drillDownRequested with core's LeadFilter). Each chart exports to PNG (a fixed pixel size)
// and SVG from its context menu, each table to CSV.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr QSize exportSize = QSize(1920, 1080);
    // Above this, a change of the data does not re-query by itself while the dashboard is
    // shown (it would freeze the window every refresh): a note offers to refresh instead.
    static constexpr qint64 slowQueryMs = 1000;

    // The database, clock and runner must outlive the view.
    DashboardView(Database &db, const Clock &clock, DialogRunner &runner, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setUser(const User &user);
    // Reads the channels, campaigns, team and the team's time zone again with the next refresh
    // (markStale() or showing the view).
    void reloadContext();
    // Queries core for the filter bar's query and redraws everything.
    void refresh();
    // The data may have changed: when it did (MetricsService::dataVersion), refresh now when
    // shown (unless the last query was slow: then a note says so), else on the next show.
    void markStale();
    bool isStale() const { return m_stale; }

    DashboardFilterBar *filterBar() const { return m_filterBar; }
    const DashboardMetrics &metrics() const { return m_metrics; }
    const MetricsQuery &query() const { return m_query; }
    // How long the last refresh took: computing the metrics, and drawing them.
    qint64 lastQueryMs() const { return m_queryMs; }
    qint64 lastDrawMs() const { return m_drawMs; }
    // Draws the current metrics again (what a filter change costs after the query).
    void redraw();

signals:
    // Show the leads behind a number: `filter` lists exactly them; `description` says which
    // number (chart, item, period) and how many.
    void drillDownRequested(const LeadFilter &filter, const QString &description);
    void failed(const QString &message);
    // The numbers were computed again and drawn.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a click on one item of a chart or table lists.
    struct Drill
    {
        MetricCell cell;
        QString what;
        std::optional<qint64> count;
    };
    using DrillTable = QList<QList<Drill>>; // [series][category] or [row][column]

    void buildLayout();
    void loadContext();
    template<typename Chart>
    Chart *addChart(const char *objectName, const QString &title);
    MetricsTableView *addTable(const char *objectName, const QString &title);
    void addChartExports(ChartWidget *chart);
    void exportTable(MetricsTableView *table);
    void drill(const DrillTable &table, int outer, int inner);
    void editSpend();

    // dashboardcharts.cpp: turn the metrics into chart and table data.
    void drawFunnel();
    void drawChannels();
    void drawSla();
    void drawRejections();
    void drawMoney();
    void drawTrend();
    void drawMoneyTable();
    void drawManagerTable();
    void drawScoreTable();
    QString channelTitle(const QString &channel) const;
    QStringList channelNames() const;
    QString periodText() const;

    Database &m_db;
    const Clock &m_clock;
    DialogRunner &m_runner;
    User m_user;
    std::unique_ptr<MetricsService> m_service;
    MetricsQuery m_query;
    QStringList m_channels;
    QStringList m_registryCampaigns; // names in the campaign registry
    QStringList m_campaigns;
    QList<User> m_managers;
    DashboardMetrics m_metrics;
    std::optional<QByteArray> m_dataVersion; // the database's when the numbers were computed
    bool m_stale = true;
    bool m_contextStale = true;
    qint64 m_queryMs = 0;
    qint64 m_drawMs = 0;

    DashboardFilterBar *m_filterBar = nullptr;
    QPushButton *m_spendButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_staleNote = nullptr;
    QWidget *m_grid = nullptr;
    FunnelChart *m_funnel = nullptr;
    BarChart *m_channelLeads = nullptr;
    BarChart *m_channelConversion = nullptr;
    SlaChart *m_sla = nullptr;
    BarChart *m_rejections = nullptr;
    BarChart *m_cycle = nullptr;
    BarChart *m_dealSize = nullptr;
    TrendChart *m_trend = nullptr;
    MetricsTableView *m_moneyTable = nullptr;
    MetricsTableView *m_managerTable = nullptr;
    MetricsTableView *m_scoreTable = nullptr;

    DrillTable m_funnelDrills;
    DrillTable m_channelLeadDrills;
    DrillTable m_conversionDrills;
    DrillTable m_slaDrills;
    DrillTable m_rejectionDrills;
    DrillTable m_cycleDrills;
    DrillTable m_dealDrills;
    DrillTable m_trendDrills;
    DrillTable m_moneyDrills;
    DrillTable m_managerDrills;
};

} // namespace LeadPact
