// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "campaigns/campaignservice.h"

#include "charts/barchart.h"
#include "charts/chartstyle.h"
#include "charts/funnelchart.h"
#include "charts/slachart.h"
#include "charts/trendchart.h"
#include "dashboardfilterbar.h"
#include "dialogrunner.h"
#include "domain/error.h"
#include "metrics/metricsservice.h"
#include "metrics/spendservice.h"
#include "metricstablemodel.h"
#include "metricstableview.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LeadPact {

DashboardView::DashboardView(Database &db, const Clock &clock, DialogRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_runner(runner)
    , m_filterBar(new DashboardFilterBar(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    buildLayout();
    connect(m_filterBar, &DashboardFilterBar::queryChanged, this, &DashboardView::refresh);
}

DashboardView::~DashboardView() = default;

template<typename Chart>
Chart *DashboardView::addChart(const char *objectName, const QString &title)
{
    auto *chart = new Chart(m_grid);
    chart->setObjectName(QLatin1String(objectName));
    chart->setTitle(title);
    // Tall enough for a projector's fonts whatever the window's height: the grid scrolls.
    chart->setMinimumHeight(QFontMetrics(ChartStyle::labelFont()).height() * 22);
    addChartExports(chart);
    return chart;
}

MetricsTableView *DashboardView::addTable(const char *objectName, const QString &title)
{
    auto *table = new MetricsTableView(m_grid);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(title);
    auto *exportCsv = new QAction(tr("Export as CSV…"), table);
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(exportCsv, &QAction::triggered, this, [this, table] { exportTable(table); });
    table->addAction(exportCsv);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}

void DashboardView::buildLayout()
{
    m_spendButton = new QPushButton(tr("Marketing &spend…"), this);
    m_spendButton->setObjectName(QStringLiteral("editSpendButton"));
    m_spendButton->setToolTip(tr("Enter the spend per channel and month: CPL, cost per SQL and "
                                 "ROMI need it"));
    m_spendButton->hide();
    connect(m_spendButton, &QPushButton::clicked, this, &DashboardView::editSpend);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_spendButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setFont(ChartStyle::titleFont());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_staleNote = new QLabel(tr("The data has changed since these numbers were computed: "
                                "View → Refresh (F5) computes them again."),
                             this);
    m_staleNote->setObjectName(QStringLiteral("dashboardStaleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_grid->setAutoFillBackground(true);
    m_grid->setBackgroundRole(QPalette::Base);

    m_funnel = addChart<FunnelChart>("funnelChart", tr("Funnel"));
    m_sla = addChart<SlaChart>("slaChart", tr("Time to first contact"));
    m_channelLeads = addChart<BarChart>("channelLeadsChart", tr("Leads by channel"));
    m_channelConversion = addChart<BarChart>("channelConversionChart", tr("Channels compared"));
    m_rejections = addChart<BarChart>("rejectionChart", tr("Rejection reasons by channel"));
    m_trend = addChart<TrendChart>("trendChart", tr("Weekly trend"));
    m_cycle = addChart<BarChart>("cycleChart", tr("Deal cycle by channel (median)"));
    m_dealSize = addChart<BarChart>("dealSizeChart", tr("Average deal by channel"));
    m_moneyTable = addTable("moneyTable", tr("Money and marketing spend by channel"));
    m_managerTable = addTable("managerTable", tr("First contact by manager"));
    m_scoreTable = addTable("scoreTable", tr("Source scores (all history)"));

    const auto titled = [this](const QString &title, QWidget *table) {
        auto *box = new QWidget(m_grid);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, box);
        label->setFont(ChartStyle::titleFont());
        layout->addWidget(label);
        layout->addWidget(table, 1);
        return box;
    };
    // Two charts a row; the charts with many categories or a long legend, and the tables, take
    // the whole width.
    auto *grid = new QGridLayout(m_grid);
    // The funnel's ten rows of two lines need the height of two charts.
    grid->addWidget(m_funnel, 0, 0, 2, 1);
    grid->addWidget(m_sla, 0, 1);
    grid->addWidget(m_channelLeads, 1, 1);
    grid->addWidget(m_channelConversion, 2, 0, 1, 2);
    grid->addWidget(m_rejections, 3, 0, 1, 2);
    grid->addWidget(m_trend, 4, 0, 1, 2);
    grid->addWidget(m_cycle, 5, 0);
    grid->addWidget(m_dealSize, 5, 1);
    grid->addWidget(titled(tr("Money and marketing spend by channel"), m_moneyTable), 6, 0, 1, 2);
    grid->addWidget(titled(tr("First contact by manager"), m_managerTable), 7, 0, 1, 2);
    grid->addWidget(titled(tr("Source scores: chance to become SQL and to be won, all history"),
                           m_scoreTable),
                    8,
                    0,
                    1,
                    2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_staleNote);
    layout->addWidget(scroll, 1);

    const auto connectDrill = [this](ChartWidget *chart, const DrillTable &table) {
        connect(chart, &ChartWidget::itemClicked, this, [this, &table](int series, int category) {
            drill(table, series, category);
        });
    };
    connectDrill(m_funnel, m_funnelDrills);
    connectDrill(m_sla, m_slaDrills);
    connectDrill(m_channelLeads, m_channelLeadDrills);
    connectDrill(m_channelConversion, m_conversionDrills);
    connectDrill(m_rejections, m_rejectionDrills);
    connectDrill(m_trend, m_trendDrills);
    connectDrill(m_cycle, m_cycleDrills);
    connectDrill(m_dealSize, m_dealDrills);
    connect(m_moneyTable, &MetricsTableView::cellActivated, this, [this](int row, int column) {
        drill(m_moneyDrills, row, column);
    });
    connect(m_managerTable, &MetricsTableView::cellActivated, this, [this](int row, int column) {
        drill(m_managerDrills, row, column);
    });
}

void DashboardView::addChartExports(ChartWidget *chart)
{
    const QString png
        = tr("Export as PNG (%1 × %2)…").arg(exportSize.width()).arg(exportSize.height());
    auto *exportPng = new QAction(png, chart);
    exportPng->setObjectName(QStringLiteral("exportPngAction"));
    auto *exportSvg = new QAction(tr("Export as SVG…"), chart);
    exportSvg->setObjectName(QStringLiteral("exportSvgAction"));
    const auto run = [this, chart](bool svg) {
        const QString suggested = QStringLiteral("%1-%2-%3.%4")
                                      .arg(chart->objectName(),
                                           m_query.from.toString(Qt::ISODate),
                                           m_query.to.toString(Qt::ISODate),
                                           svg ? QStringLiteral("svg") : QStringLiteral("png"));
        const QString path = m_runner.saveFileName(tr("Export chart"),
                                                   suggested,
                                                   svg ? tr("SVG images (*.svg)")
                                                       : tr("PNG images (*.png)"),
                                                   this);
        if (path.isEmpty())
            return;
        const bool written = svg ? chart->exportSvg(path, exportSize)
                                 : chart->exportPng(path, exportSize);
        if (!written)
            emit failed(tr("Could not write the chart to %1.").arg(path));
    };
    connect(exportPng, &QAction::triggered, this, [run] { run(false); });
    connect(exportSvg, &QAction::triggered, this, [run] { run(true); });
    chart->addAction(exportPng);
    chart->addAction(exportSvg);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DashboardView::exportTable(MetricsTableView *table)
{
    const QString suggested = QStringLiteral("%1-%2-%3.csv")
                                  .arg(table->objectName(),
                                       m_query.from.toString(Qt::ISODate),
                                       m_query.to.toString(Qt::ISODate));
    const QString path
        = m_runner.saveFileName(tr("Export table"), suggested, tr("CSV files (*.csv)"), this);
    if (!path.isEmpty() && !table->metricsModel()->exportCsv(path))
        emit failed(tr("Could not write the table to %1.").arg(path));
}

void DashboardView::setUser(const User &user)
{
    m_user = user;
    m_spendButton->setVisible(SpendService::mayEdit(user));
    m_spendButton->setEnabled(!m_db.isReadOnly());
}

void DashboardView::reloadContext()
{
    // Read with the next refresh: the caller marks the data stale when it wants one.
    m_contextStale = true;
    m_stale = true;
}

void DashboardView::loadContext()
{
    m_contextStale = false;
    try {
        m_service = std::make_unique<MetricsService>(m_db, m_clock);
        m_filterBar->setToday(m_service->today());
        m_channels = LeadRepository(m_db).channels();
        m_channels.sort();
        ChartStyle::setKnownChannels(m_channels);
        m_managers.clear();
        for (const User &member : UserRepository(m_db).list()) {
            if (isSalesRole(member.role))
                m_managers.append(member);
        }
        // The campaigns come with the metrics (their source scores): no scan of their own;
        // the registry's names join them, so a campaign is there before its first lead.
        m_registryCampaigns.clear();
        for (const Campaign &campaign : CampaignService(m_db, m_clock).list(false))
            m_registryCampaigns.append(campaign.name);
        for (const QString &name : std::as_const(m_registryCampaigns)) {
            if (!m_campaigns.contains(name))
                m_campaigns.append(name);
        }
        m_campaigns.sort();
        m_filterBar->setContext(m_channels, m_campaigns, m_managers);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void DashboardView::markStale()
{
    // Nothing committed since the numbers were computed: they are still right.
    if (!m_stale && !m_contextStale && m_service && m_dataVersion) {
        try {
            if (m_service->dataVersion() == m_dataVersion)
                return;
        } catch (const Error &) {
            // Cannot tell: refresh as if it changed.
        }
    }
    m_stale = true;
    if (!isVisible())
        return;
    if (m_queryMs <= slowQueryMs)
        refresh();
    else
        m_staleNote->show();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refresh()
{
    m_stale = false;
    m_staleNote->hide();
    if (m_contextStale)
        loadContext();
    if (!m_service)
        return;
    m_query = m_filterBar->query();
    QElapsedTimer timer;
    timer.start();
    try {
        // Read before the metrics: a change committed meanwhile shows at the next refresh.
        m_dataVersion = m_service->dataVersion();
        m_metrics = m_service->dashboard(m_query);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    m_queryMs = timer.elapsed();
    QStringList campaigns = m_registryCampaigns;
    for (const SourceScore &score : std::as_const(m_metrics.campaignScores)) {
        if (!score.campaign.isEmpty() && !campaigns.contains(score.campaign))
            campaigns.append(score.campaign);
    }
    campaigns.sort();
    if (campaigns != m_campaigns) {
        m_campaigns = campaigns;
        m_filterBar->setContext(m_channels, m_campaigns, m_managers);
    }
    redraw();
    emit refreshed();
}

void DashboardView::redraw()
{
    QElapsedTimer timer;
    timer.start();
    // Drawing from scratch: no chart animates or repaints while the others change.
    m_grid->setUpdatesEnabled(false);
    drawFunnel();
    drawSla();
    drawChannels();
    drawRejections();
    drawTrend();
    drawMoney();
    drawMoneyTable();
    drawManagerTable();
    drawScoreTable();
    m_grid->setUpdatesEnabled(true);
    m_drawMs = timer.elapsed();
}

void DashboardView::drill(const DrillTable &table, int outer, int inner)
{
    if (!m_service || outer < 0 || outer >= table.size() || inner < 0
        || inner >= table.at(outer).size())
        return;
    const Drill &item = table.at(outer).at(inner);
    if (item.what.isEmpty())
        return;
    try {
        const LeadFilter filter = m_service->drillDown(m_query, item.cell);
        QString description = item.what;
        if (!item.cell.week.isValid())
            description += QStringLiteral(", ") + periodText();
        if (item.count)
            description = tr("%1: %2").arg(description, ChartStyle::formatCount(*item.count));
        emit drillDownRequested(filter, description);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void DashboardView::editSpend()
{
    if (!m_service)
        return;
    SpendService spend(m_db, m_clock);
    const QString currency = m_metrics.mainCurrency.isEmpty() ? QStringLiteral("RUB")
                                                              : m_metrics.mainCurrency;
    if (m_runner.editSpend(spend, m_user, channelNames(), currency, this))
        refresh();
}

QString DashboardView::periodText() const
{
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(m_query.from, QLocale::ShortFormat),
                             locale.toString(m_query.to, QLocale::ShortFormat));
}

QString DashboardView::channelTitle(const QString &channel) const
{
    return channel.isEmpty() ? tr("(no channel)") : channel;
}

QStringList DashboardView::channelNames() const
{
    QStringList names = LeadRepository(m_db).channels();
    names.sort();
    return names;
}

} // namespace LeadPact
