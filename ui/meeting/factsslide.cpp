// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsslide.h"

#include "charts/chartstyle.h"
#include "charts/trendchart.h"
#include "meetingcharts.h"
#include "meetingsession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace LeadPact {

FactsSlide::FactsSlide(MeetingSession &session, QWidget *parent)
    : MeetingSlide(session, parent)
    , m_table(new QGridLayout)
    , m_reasons(new QGridLayout)
    , m_trend(new TrendChart(this))
{
    setObjectName(QStringLiteral("factsSlide"));
    m_trend->setObjectName(QStringLiteral("factsTrend"));
    m_table->setHorizontalSpacing(36);
    m_table->setVerticalSpacing(4);
    m_reasons->setHorizontalSpacing(24);
    auto *reasonsBox = new QVBoxLayout;
    reasonsBox->addWidget(label(tr("Top rejection reasons"), "head", this));
    reasonsBox->addLayout(m_reasons);
    reasonsBox->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(reasonsBox, 2);
    bottom->addWidget(m_trend, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_table);
    layout->addSpacing(12);
    layout->addLayout(bottom, 1);
}

QString FactsSlide::title() const
{
    return tr("Facts of the week");
}

const char *FactsSlide::trendRole(const WeekFact &fact)
{
    const int trend = fact.trendVsPrevious();
    return trend > 0 ? "better" : trend < 0 ? "worse" : nullptr;
}

void FactsSlide::refresh()
{
    clearLayout(m_table);
    clearLayout(m_reasons);
    const WeekReviewData &review = m_session.snapshot().review;
    if (m_session.isComputing()) {
        QLabel *computing = label(tr("Computing the week's numbers…"), "big");
        computing->setObjectName(QStringLiteral("computingLabel"));
        m_table->addWidget(computing, 0, 0);
        m_trend->hide();
        return;
    }
    m_trend->show();
    const QStringList headers
        = {tr("Fact"), tr("This week"), tr("Previous week"), tr("4-week average"), tr("Change")};
    for (int column = 0; column < headers.size(); ++column) {
        QLabel *head = label(headers[column], "head");
        head->setAlignment(column == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_table->addWidget(head, 0, column);
    }
    int row = 1;
    for (const WeekFact &fact : review.facts) {
        const QStringList cells
            = {fact.title,
               MeetingFormat::factValue(fact, fact.current, review.currency),
               MeetingFormat::factValue(fact, fact.previous, review.currency),
               MeetingFormat::factValue(fact, fact.fourWeekAverage, review.currency),
               MeetingFormat::change(fact, review.currency)};
        for (int column = 0; column < cells.size(); ++column) {
            const char *role = column == 1 ? "big" : column == 4 ? trendRole(fact) : nullptr;
            QLabel *cell = label(cells[column], role);
            cell->setWordWrap(column == 0);
            cell->setAlignment((column == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            cell->setObjectName(QStringLiteral("fact_%1_%2").arg(fact.code).arg(column));
            m_table->addWidget(cell, row, column);
        }
        ++row;
    }
    m_table->setColumnStretch(0, 1);

    const WeekFigures *week = review.current();
    if (!week || week->topReasons.isEmpty()) {
        m_reasons->addWidget(label(tr("No rejections this week."), "muted"), 0, 0);
    } else {
        int line = 0;
        for (const ReasonCount &reason : week->topReasons) {
            m_reasons->addWidget(label(reason.title), line, 0);
            QLabel *count = label(MeetingFormat::count(double(reason.count)), "big");
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_reasons->addWidget(count, line, 1);
            const QString share = reason.sharePct ? ChartStyle::formatPercent(*reason.sharePct)
                                                  : QString();
            m_reasons->addWidget(label(share, "muted"), line, 2);
            ++line;
        }
        m_reasons->setColumnStretch(0, 1);
    }
    m_trend->setData(MeetingCharts::trend(review));
}

} // namespace LeadPact
