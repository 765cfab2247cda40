// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekreview.h"

#include "domain/leadstatus.h"
#include "domain/reason.h"
#include "service/clock.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/sqlvalues.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace LeadPact {

namespace {

constexpr int reviewedWeeks = 6; // the week, the one before, and four more for the average

const QString ruleWorstSla = QStringLiteral("worst_sla_manager");
const QString ruleRejectionGrowth = QStringLiteral("rejection_share_growth");
const QString ruleReasonGrowth = QStringLiteral("reason_growth");
const QString ruleUntouched = QStringLiteral("untouched_leads");

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 … END" over the weeks' ends.
QString weekBucket(const char *column, int weeks)
{
    QString sql = QStringLiteral("CASE");
    for (int i = 0; i < weeks; ++i)
        sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(QLatin1String(column)).arg(i);
    return sql + QStringLiteral(" END");
}

} // namespace

int WeekFact::trendVsPrevious() const
{
    if (!current || !previous || qFuzzyCompare(*current + 1.0, *previous + 1.0))
        return 0;
    const bool higher = *current > *previous;
    return (higher == (better == Better::Higher)) ? 1 : -1;
}

WeekReview::WeekReview(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_metrics(db, clock)
{}

IsoWeek WeekReview::defaultWeek() const
{
    return IsoWeek::lastFinished(m_metrics.today());
}

MetricsQuery WeekReview::query(const IsoWeek &week) const
{
    MetricsQuery q;
    q.from = week.monday();
    q.to = week.sunday();
    return q;
}

std::optional<BestDeal> WeekReview::bestDeal(const IsoWeek &week) const
{
    const MetricsQuery q = query(week);
    const QTimeZone &zone = timeZone();
    // Won in the week; the team's main currency first, then the largest amount, the earliest.
    QSqlQuery sql = Sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT id, name, company, channel, campaign, owner_id, deal_amount, "
                       "deal_currency, received_at, paid_on FROM leads "
                       "WHERE status = 'won' AND closed_at >= ? AND closed_at < ? "
                       "AND deal_amount IS NOT NULL "
                       "ORDER BY deal_currency = ? DESC, deal_amount DESC, closed_at, id LIMIT 1"));
    sql.addBindValue(q.utcStart(zone).toSecsSinceEpoch());
    sql.addBindValue(q.utcEnd(zone).toSecsSinceEpoch());
    sql.addBindValue(m_metrics.mainCurrency());
    Sql::exec(sql, tr("find the best deal of the week"));
    if (!sql.next())
        return std::nullopt;
    BestDeal deal;
    deal.leadId = sql.value(0).toLongLong();
    deal.leadName = sql.value(1).toString();
    deal.company = sql.value(2).toString();
    deal.channel = sql.value(3).toString();
    deal.campaign = sql.value(4).toString();
    deal.ownerId = Sql::toId(sql.value(5));
    deal.amountMinor = sql.value(6).toLongLong();
    deal.currency = sql.value(7).toString();
    deal.receivedOn = Sql::toTime(sql.value(8)).toTimeZone(zone).date();
    deal.paidOn = Sql::toDate(sql.value(9));
    deal.cycleDays = deal.receivedOn.daysTo(deal.paidOn);
    if (deal.ownerId) {
        if (const std::optional<User> owner = UserRepository(m_db).findById(*deal.ownerId))
            deal.ownerName = owner->displayName.isEmpty() ? owner->login : owner->displayName;
    }
    return deal;
}

QList<WeekFigures> WeekReview::figures(const IsoWeek &week) const
{
    const QTimeZone &zone = timeZone();
    const IsoWeek first = week.addWeeks(-(reviewedWeeks - 1));
    QList<WeekFigures> result;
    QList<qint64> ends;
    for (int i = 0; i < reviewedWeeks; ++i) {
        WeekFigures f;
        f.week = first.addWeeks(i);
        result.append(f);
        ends.append(query(f.week).utcEnd(zone).toSecsSinceEpoch());
    }
    const qint64 start = query(first).utcStart(zone).toSecsSinceEpoch();

    // Arrivals, MQL, SQL and SLA: the dashboard's own trend, so the numbers match it.
    const QList<TrendWeek> trend = m_metrics.trend(query(week), reviewedWeeks);
    for (int i = 0; i < reviewedWeeks && i < trend.size(); ++i) {
        result[i].received = trend[i].leads;
        result[i].mql = trend[i].mql;
        result[i].sql = trend[i].sql;
        result[i].withinSla = trend[i].withinSla;
    }

    // Still New (not answered in any way) and standing rejections, by arrival week.
    const ReasonCatalog catalog = ReasonRepository(m_db).catalog();
    QSqlQuery arrivals = Sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT %1 AS week, status, rejection_reason_id, count(*) FROM leads "
                       "WHERE received_at >= ? AND received_at < ? AND status IN ('new', "
                       "'rejected', 'disputed') GROUP BY 1, 2, 3")
            .arg(weekBucket("received_at", reviewedWeeks)));
    for (qint64 end : std::as_const(ends))
        arrivals.addBindValue(end);
    arrivals.addBindValue(start);
    arrivals.addBindValue(ends.constLast());
    Sql::exec(arrivals, tr("count the week's unanswered and rejected leads"));
    QList<QHash<QString, qint64>> reasons(reviewedWeeks);
    QList<qint64> stillNew(reviewedWeeks, 0);
    while (arrivals.next()) {
        const int i = arrivals.value(0).toInt();
        if (i < 0 || i >= reviewedWeeks)
            continue;
        const qint64 count = arrivals.value(3).toLongLong();
        if (arrivals.value(1).toString() == QLatin1String("new")) {
            stillNew[i] += count;
            continue;
        }
        result[i].rejected += count;
        const Reason *reason = catalog.findById(arrivals.value(2).toLongLong());
        reasons[i][reason ? reason->code : arrivals.value(2).toString()] += count;
    }
    for (int i = 0; i < reviewedWeeks; ++i) {
        result[i].processed = result[i].received - stillNew[i];
        QList<ReasonCount> top;
        for (auto it = reasons[i].cbegin(); it != reasons[i].cend(); ++it) {
            ReasonCount r;
            r.code = it.key();
            const Reason *reason = catalog.find(ReasonKind::Rejection, it.key());
            r.title = reason ? reason->title() : it.key();
            r.count = it.value();
            r.sharePct = percentOf(it.value(), result[i].rejected);
            top.append(r);
        }
        std::sort(top.begin(), top.end(), [](const ReasonCount &a, const ReasonCount &b) {
            return a.count != b.count ? a.count > b.count : a.code < b.code;
        });
        result[i].topReasons = top.mid(0, 3);
    }

    // Deals won (closed) in each week.
    QSqlQuery won = Sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT %1 AS week, deal_currency, count(*), sum(deal_amount) FROM leads "
                       "WHERE status = 'won' AND closed_at >= ? AND closed_at < ? GROUP BY 1, 2")
            .arg(weekBucket("closed_at", reviewedWeeks)));
    for (qint64 end : std::as_const(ends))
        won.addBindValue(end);
    won.addBindValue(start);
    won.addBindValue(ends.constLast());
    Sql::exec(won, tr("count the deals won in the week"));
    while (won.next()) {
        const int i = won.value(0).toInt();
        if (i < 0 || i >= reviewedWeeks)
            continue;
        result[i].wonDeals += won.value(2).toLongLong();
        if (!won.value(3).isNull())
            result[i].revenueMinor[won.value(1).toString()] += won.value(3).toLongLong();
    }
    return result;
}

QList<WeekFact> WeekReview::facts(const IsoWeek &week) const
{
    return factsFrom(figures(week), m_metrics.mainCurrency());
}

QList<WeekFact> WeekReview::factsFrom(const QList<WeekFigures> &figures, const QString &currency)
{
    QList<WeekFact> result;
    if (figures.isEmpty())
        return result;
    const qsizetype last = figures.size() - 1;
    const auto make = [&](const char *code, const QString &title, WeekFact::Better better,
                          auto value) {
        WeekFact fact;
        fact.code = QLatin1String(code);
        fact.title = title;
        fact.better = better;
        fact.current = value(figures[last]);
        if (last >= 1)
            fact.previous = value(figures[last - 1]);
        double sum = 0;
        int n = 0;
        for (qsizetype i = std::max<qsizetype>(0, last - 5); i <= last - 2; ++i) {
            if (const std::optional<double> v = value(figures[i])) {
                sum += *v;
                ++n;
            }
        }
        if (n > 0)
            fact.fourWeekAverage = sum / n;
        return fact;
    };
    using Better = WeekFact::Better;
    const auto count = [](qint64 WeekFigures::*member) {
        return [member](const WeekFigures &f) -> std::optional<double> { return double(f.*member); };
    };
    result.append(make("received", tr("Leads received"), Better::Higher, count(&WeekFigures::received)));
    result.append(make("processed", tr("Leads processed"), Better::Higher, count(&WeekFigures::processed)));
    WeekFact conversion = make("mql_to_sql_pct", tr("MQL → SQL conversion"), Better::Higher,
                               [](const WeekFigures &f) { return f.mqlToSqlPct(); });
    conversion.percent = true;
    result.append(conversion);
    WeekFact sla = make("sla_within_pct", tr("First contact within the SLA"), Better::Higher,
                        [](const WeekFigures &f) { return f.slaWithinPct(); });
    sla.percent = true;
    result.append(sla);
    result.append(make("rejected", tr("Rejections"), Better::Lower, count(&WeekFigures::rejected)));
    result.append(make("won", tr("Deals won"), Better::Higher, count(&WeekFigures::wonDeals)));
    WeekFact revenue = make("revenue", tr("Revenue, %1").arg(currency), Better::Higher,
                            [currency](const WeekFigures &f) -> std::optional<double> {
                                return double(f.revenueMinor.value(currency));
                            });
    revenue.money = true;
    result.append(revenue);
    return result;
}

QList<ProblemProposal> WeekReview::detectProblems(const IsoWeek &week,
                                                  const ProblemRules &rules) const
{
    QList<ProblemProposal> result;
    const MetricsQuery current = query(week);
    const MetricsQuery previous = query(week.previous());

    // 1. The manager with the worst share of first contacts within the SLA, if below target.
    // One dashboard per week: managers() and channels() would each compute a whole one.
    const DashboardMetrics now = m_metrics.dashboard(current);
    const DashboardMetrics before = m_metrics.dashboard(previous);
    std::optional<ManagerMetrics> worst;
    for (const ManagerMetrics &m : now.managers) {
        if (m.managerId == 0 || m.sla.leads < rules.minLeads || !m.sla.withinPct())
            continue;
        if (!worst || *m.sla.withinPct() < *worst->sla.withinPct())
            worst = m;
    }
    if (worst && *worst->sla.withinPct() < rules.slaTargetPct) {
        result.append({ruleWorstSla, QString::number(worst->managerId),
                       tr("%1 answers new leads too late: %2 % within the SLA (target %3 %)")
                           .arg(worst->displayName, percentText(*worst->sla.withinPct()),
                                percentText(rules.slaTargetPct)),
                       tr("%1 of %2 leads answered within the SLA")
                           .arg(worst->sla.withinSla)
                           .arg(worst->sla.leads)});
    }

    // 2. The channel whose share of rejected leads grew most; 3. the reason that grew most.
    QHash<QString, const ChannelMetrics *> beforeByChannel;
    for (const ChannelMetrics &c : before.channels)
        beforeByChannel.insert(c.channel, &c);
    const ChannelMetrics *grown = nullptr;
    double grownBy = 0;
    double grownFrom = 0;
    double grownTo = 0;
    QHash<QString, qint64> reasonsNow;
    QHash<QString, qint64> reasonsBefore;
    QHash<QString, QString> reasonTitles;
    for (const ChannelMetrics &c : now.channels) {
        for (const ReasonCount &r : c.rejections) {
            reasonsNow[r.code] += r.count;
            reasonTitles.insert(r.code, r.title);
        }
        const ChannelMetrics *b = beforeByChannel.value(c.channel);
        if (!b || c.funnel.received < rules.minLeads || b->funnel.received < rules.minLeads
            || c.channel.isEmpty())
            continue;
        const double share = 100.0 * double(c.funnel.rejected) / double(c.funnel.received);
        const double shareBefore = 100.0 * double(b->funnel.rejected) / double(b->funnel.received);
        if (share - shareBefore >= rules.rejectionGrowthPts && share - shareBefore > grownBy) {
            grown = &c;
            grownBy = share - shareBefore;
            grownFrom = shareBefore;
            grownTo = share;
        }
    }
    for (const ChannelMetrics &c : before.channels) {
        for (const ReasonCount &r : c.rejections) {
            reasonsBefore[r.code] += r.count;
            reasonTitles.insert(r.code, r.title);
        }
    }
    if (grown) {
        result.append({ruleRejectionGrowth, grown->channel,
                       tr("More leads from \"%1\" are rejected: %2 % of them, up from %3 %")
                           .arg(grown->channel, percentText(grownTo), percentText(grownFrom)),
                       tr("%1 of %2 leads rejected (+%3 points)")
                           .arg(grown->funnel.rejected)
                           .arg(grown->funnel.received)
                           .arg(percentText(grownBy))});
    }
    QString grownReason;
    qint64 reasonGrowth = 0;
    for (auto it = reasonsNow.cbegin(); it != reasonsNow.cend(); ++it) {
        const qint64 was = reasonsBefore.value(it.key());
        const qint64 growth = it.value() - was;
        if (growth < rules.reasonGrowthLeads
            || double(it.value()) < double(was) * (1.0 + rules.reasonGrowthPct / 100.0))
            continue;
        if (growth > reasonGrowth || (growth == reasonGrowth && it.key() < grownReason)) {
            grownReason = it.key();
            reasonGrowth = growth;
        }
    }
    if (!grownReason.isEmpty()) {
        result.append({ruleReasonGrowth, grownReason,
                       tr("Rejections for \"%1\" grew: %2 leads, %3 the week before")
                           .arg(reasonTitles.value(grownReason, grownReason))
                           .arg(reasonsNow.value(grownReason))
                           .arg(reasonsBefore.value(grownReason)),
                       tr("+%1 rejections").arg(reasonGrowth)});
    }

    // 4. Leads of the week still untouched (New) more than a day after they arrived.
    const qint64 untouched = LeadRepository(m_db).count(problemLeads(week, ruleUntouched, {}, rules));
    if (untouched > 0) {
        result.append({ruleUntouched, QString(),
                       tr("Leads left untouched for over %n hour(s)", nullptr, rules.untouchedHours),
                       tr("%n lead(s) still waiting for a first contact", nullptr, int(untouched))});
    }
    return result;
}

LeadFilter WeekReview::problemLeads(const IsoWeek &week, const QString &rule,
                                    const QString &subject, const ProblemRules &rules) const
{
    const MetricsQuery current = query(week);
    if (rule == ruleWorstSla) {
        MetricCell cell;
        cell.measure = MetricCell::Measure::Received;
        cell.managerId = subject.toLongLong();
        LeadFilter filter = m_metrics.drillDown(current, cell);
        filter.withinSla = false;
        return filter;
    }
    if (rule == ruleRejectionGrowth) {
        MetricCell cell;
        cell.measure = MetricCell::Measure::Rejected;
        cell.channel = subject;
        return m_metrics.drillDown(current, cell);
    }
    if (rule == ruleReasonGrowth) {
        MetricCell cell;
        cell.measure = MetricCell::Measure::Rejection;
        cell.reasonCode = subject;
        return m_metrics.drillDown(current, cell);
    }
    // Untouched (and anything unknown: the week's New leads).
    LeadFilter filter;
    filter.statuses = {LeadStatus::New};
    filter.receivedFrom = current.utcStart(timeZone());
    filter.receivedTo = current.utcEnd(timeZone());
    if (rule == ruleUntouched) {
        const QDateTime dayAgo = m_clock.now().addSecs(-3600 * qint64(rules.untouchedHours));
        filter.receivedTo = std::min(filter.receivedTo, dayAgo);
    }
    filter.order = LeadFilter::Order::SlaUrgency;
    return filter;
}

} // namespace LeadPact
