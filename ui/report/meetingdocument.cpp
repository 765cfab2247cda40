// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdocument.h"

#include "charts/barchart.h"
#include "charts/chartstyle.h"
#include "charts/trendchart.h"
#include "meeting/bestdealslide.h"
#include "meeting/meetingcharts.h"
#include "meeting/meetingtheme.h"
#include "pagepainter.h"

#include <QLocale>
#include <QPagedPaintDevice>

namespace LeadPact {

namespace {

constexpr double headerHeight = 62;

QColor trendColor(const WeekFact &fact)
{
    const int trend = fact.trendVsPrevious();
    return trend > 0 ? MeetingTheme::better() : trend < 0 ? MeetingTheme::worse() : Qt::black;
}

} // namespace

MeetingDocument::MeetingDocument(MeetingSnapshot snapshot)
    : m_snapshot(std::move(snapshot))
{}

void MeetingDocument::writePdf(const QString &path) const
{
    PagePainter::writePdf(path,
                          tr("Weekly meeting %1").arg(m_snapshot.review.week.toString()),
                          [this](QPagedPaintDevice &device) { print(device); });
}

void MeetingDocument::print(QPagedPaintDevice &device) const
{
    PagePainter pages(device);
    QString title;
    pages.setPageDecoration(
        [this, &title](PagePainter &p) {
            p.painter().fillRect(QRectF(0, 0, PagePainter::width, 44),
                                 MeetingTheme::headerBackground());
            p.text(QRectF(10, 8, 620, 30), title, 24, true, Qt::white);
            p.text(QRectF(560, 14, 430, 30),
                   m_snapshot.weekTitle(),
                   14,
                   false,
                   Qt::white,
                   Qt::AlignRight);
            const QString footer = tr("LeadPact · weekly meeting · printed %1 · page %2")
                                       .arg(QLocale().toString(m_snapshot.generatedAt.toLocalTime(),
                                                               QLocale::ShortFormat))
                                       .arg(p.page());
            p.text(QRectF(0, p.height() - 18, PagePainter::width, 18),
                   footer,
                   10,
                   false,
                   MeetingTheme::muted(),
                   Qt::AlignRight);
        },
        headerHeight);

    title = tr("Best deal of the week");
    pages.startFirstPage();
    paintBestDeal(pages);
    title = tr("Facts of the week");
    pages.newPage();
    paintFacts(pages);
    title = tr("Top 3 problems");
    pages.newPage();
    paintItems(pages,
               m_snapshot.notes.problems,
               tr("No problems found by the rules, none written down."));
    if (m_snapshot.notes.problemsProposedOnly) {
        pages.text(QRectF(0, pages.bottom() - 20, PagePainter::width, 20),
                   tr("Proposed by the rules; not yet saved for this week."),
                   12,
                   false,
                   MeetingTheme::muted());
    }
    title = tr("Ideas to test");
    pages.newPage();
    paintItems(pages, m_snapshot.notes.ideas, tr("No ideas yet."));
    title = tr("Action items");
    pages.newPage();
    paintActions(pages);
    title = tr("Notes of the meeting");
    pages.newPage();
    paintItems(pages, m_snapshot.notes.notes, tr("No notes yet."));
}

void MeetingDocument::paintBestDeal(PagePainter &pages) const
{
    double y = pages.top() + 20;
    const std::optional<BestDeal> &deal = m_snapshot.review.bestDeal;
    if (!deal) {
        y += pages.text(QRectF(0, y, PagePainter::width, 0),
                        tr("No deal was won this week"),
                        40,
                        true,
                        MeetingTheme::accent());
        pages.text(QRectF(0, y + 20, PagePainter::width, 0),
                   tr("Every week starts from zero: the leads in work now are next week's best "
                      "deal."),
                   20);
        return;
    }
    y += pages.text(QRectF(0, y, PagePainter::width, 0),
                    MeetingFormat::money(deal->amountMinor, deal->currency),
                    64,
                    true,
                    MeetingTheme::accent());
    const QString lead = deal->company.isEmpty() ? deal->leadName
                                                 : tr("%1, %2").arg(deal->leadName, deal->company);
    y += pages.text(QRectF(0, y + 6, PagePainter::width, 0), lead, 26, true) + 30;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Channel"), deal->channel.isEmpty() ? QStringLiteral("—") : deal->channel},
        {tr("Campaign"), deal->campaign.isEmpty() ? QStringLiteral("—") : deal->campaign},
        {tr("Manager"), deal->ownerName.isEmpty() ? QStringLiteral("—") : deal->ownerName},
        {tr("Deal cycle"), BestDealSlide::cycle(*deal)},
    };
    for (const auto &[name, value] : rows) {
        pages.text(QRectF(0, y, 220, 0), name, 20, false, MeetingTheme::muted());
        y += pages.text(QRectF(230, y, 770, 0), value, 20) + 10;
    }
    pages.text(QRectF(0, y + 30, PagePainter::width, 0), BestDealSlide::thanks(*deal), 22, true);
}

void MeetingDocument::paintFacts(PagePainter &pages) const
{
    const WeekReviewData &review = m_snapshot.review;
    PageTable table;
    table.fontSize = 15;
    table.headers
        = {tr("Fact"), tr("This week"), tr("Previous week"), tr("4-week average"), tr("Change")};
    table.widths = {340, 160, 160, 160, 180};
    table.alignments
        = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const WeekFact &fact : review.facts) {
        table.rows.append({fact.title,
                           MeetingFormat::factValue(fact, fact.current, review.currency),
                           MeetingFormat::factValue(fact, fact.previous, review.currency),
                           MeetingFormat::factValue(fact, fact.fourWeekAverage, review.currency),
                           MeetingFormat::change(fact, review.currency)});
        table.colors.append({Qt::black, Qt::black, Qt::black, Qt::black, trendColor(fact)});
    }
    double y = pages.table(table, pages.top());

    // Below the table: the reasons beside six weeks of the trend, drawn as vector charts.
    const double chartTop = y + 14;
    const double chartHeight = pages.bottom() - chartTop;
    if (chartHeight < 120)
        return;
    BarChart reasons;
    reasons.setTitle(tr("Top rejection reasons"));
    reasons.setData(MeetingCharts::reasons(review));
    reasons.render(pages.painter(), QRectF(0, chartTop, 420, chartHeight));
    TrendChart trend;
    trend.setTitle(tr("Six weeks"));
    trend.setData(MeetingCharts::trend(review));
    trend.render(pages.painter(), QRectF(440, chartTop, 560, chartHeight));
}

void MeetingDocument::paintItems(PagePainter &pages,
                                 const QList<MeetingItem> &items,
                                 const QString &empty) const
{
    double y = pages.top() + 10;
    if (items.isEmpty()) {
        pages.text(QRectF(0, y, PagePainter::width, 0), empty, 20, false, MeetingTheme::muted());
        return;
    }
    int number = 0;
    for (const MeetingItem &item : items) {
        const double needed = pages.textHeight(940, item.text, 22, true)
                              + (item.evidence.isEmpty() ? 0
                                                         : pages.textHeight(940, item.evidence, 16))
                              + 24;
        y = pages.ensureSpace(y, needed);
        pages.text(QRectF(0, y, 50, 0),
                   QStringLiteral("%1.").arg(++number),
                   22,
                   true,
                   MeetingTheme::accent(),
                   Qt::AlignRight);
        y += pages.text(QRectF(60, y, 940, 0), item.text, 22, true);
        if (!item.evidence.isEmpty())
            y += pages.text(QRectF(60, y + 4, 940, 0),
                            item.evidence,
                            16,
                            false,
                            MeetingTheme::muted())
                 + 4;
        y += 20;
    }
}

void MeetingDocument::paintActions(PagePainter &pages) const
{
    const QList<WeekActionItem> &actions = m_snapshot.notes.actions;
    if (actions.isEmpty()) {
        pages.text(QRectF(0, pages.top() + 10, PagePainter::width, 0),
                   tr("No action items yet."),
                   20,
                   false,
                   MeetingTheme::muted());
        return;
    }
    PageTable table;
    table.fontSize = 15;
    table.headers = {tr("Action"), tr("Owner"), tr("Deadline"), tr("Status")};
    table.widths = {520, 180, 160, 140};
    table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
    for (const WeekActionItem &entry : actions) {
        const ActionItem &item = entry.item;
        QString text = item.text;
        if (entry.carriedOver)
            text += QLatin1Char('\n') + tr("carried over from %1").arg(item.createdWeek.toString());
        QString deadline = MeetingFormat::date(item.deadline);
        if (entry.overdue)
            deadline = tr("%1, overdue").arg(deadline);
        table.rows.append(
            {text, m_snapshot.userName(item.ownerId), deadline, actionStatusTitle(item.status)});
        const QColor color = entry.overdue ? MeetingTheme::worse() : QColor(Qt::black);
        table.colors.append({color, Qt::black, color, Qt::black});
    }
    pages.table(table, pages.top());
}

} // namespace LeadPact
