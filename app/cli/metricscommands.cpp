// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommands.h"

#include "clicontext.h"
#include "domain/money.h"
#include "metrics/metricsservice.h"
#include "metrics/spendservice.h"
#include "service/clock.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace LeadPact::Cli {

namespace {

// Percentages rounded to 0.1, absent ones as null.
QJsonValue pct(std::optional<double> value)
{
    return value ? QJsonValue(std::round(*value * 10.0) / 10.0) : QJsonValue();
}

QJsonValue number(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue amount(std::optional<qint64> minor)
{
    return minor ? QJsonValue(formatAmountPlain(*minor)) : QJsonValue();
}

QJsonObject funnelJson(const FunnelCounts &f)
{
    QJsonObject step;
    QJsonObject endToEnd;
    for (FunnelStage stage : allFunnelStages) {
        if (stage == FunnelStage::Received)
            continue;
        step.insert(funnelStageCode(stage), pct(f.stepConversionPct(stage)));
        endToEnd.insert(funnelStageCode(stage), pct(f.endToEndPct(stage)));
    }
    return {{QStringLiteral("received"), f.received},
            {QStringLiteral("mql"), f.mql},
            {QStringLiteral("contacted"), f.contacted},
            {QStringLiteral("sql"), f.sql},
            {QStringLiteral("won"), f.won},
            {QStringLiteral("incomplete"), f.incomplete},
            {QStringLiteral("rejected"), f.rejected},
            {QStringLiteral("lost"), f.lost},
            {QStringLiteral("disputed"), f.disputed},
            {QStringLiteral("dispute_pending"), f.disputePending},
            {QStringLiteral("dispute_confirmed"), f.disputeConfirmed},
            {QStringLiteral("overturned"), f.overturned},
            {QStringLiteral("step_conversion_pct"), step},
            {QStringLiteral("end_to_end_pct"), endToEnd}};
}

QJsonObject slaJson(const SlaStats &s)
{
    QJsonObject buckets;
    for (ContactBucket bucket : allContactBuckets)
        buckets.insert(contactBucketCode(bucket), s.bucket(bucket));
    return {{QStringLiteral("leads"), s.leads},
            {QStringLiteral("contacted"), s.contacted},
            {QStringLiteral("within"), s.withinSla},
            {QStringLiteral("within_pct"), pct(s.withinPct())},
            {QStringLiteral("median_minutes"), number(s.medianMinutes)},
            {QStringLiteral("p90_minutes"), number(s.p90Minutes)},
            {QStringLiteral("buckets"), buckets}};
}

QJsonObject reasonsJson(const QList<ReasonCount> &reasons)
{
    QJsonObject o;
    for (const ReasonCount &r : reasons)
        o.insert(r.code, r.count);
    return o;
}

QJsonArray moneyJson(const QList<MoneyMetrics> &money)
{
    QJsonArray list;
    for (const MoneyMetrics &m : money) {
        list.append(QJsonObject {{QStringLiteral("currency"), m.currency},
                                 {QStringLiteral("deals"), m.deals},
                                 {QStringLiteral("revenue"), formatAmountPlain(m.revenueMinor)},
                                 {QStringLiteral("avg_deal"), amount(m.averageDealMinor)},
                                 {QStringLiteral("spend"), amount(m.spendMinor)},
                                 {QStringLiteral("cpl"), amount(m.costPerLeadMinor)},
                                 {QStringLiteral("cost_per_sql"), amount(m.costPerSqlMinor)},
                                 {QStringLiteral("cost_per_won"), amount(m.costPerWonMinor)},
                                 {QStringLiteral("romi_pct"), pct(m.romiPct)}});
    }
    return list;
}

QJsonObject channelJson(const ChannelMetrics &c)
{
    // The first money entry is the main currency's (or the only one).
    const MoneyMetrics main = c.money.isEmpty() ? MoneyMetrics {} : c.money.first();
    return {{QStringLiteral("channel"), c.channel},
            {QStringLiteral("received"), c.funnel.received},
            {QStringLiteral("mql"), c.funnel.mql},
            {QStringLiteral("contacted"), c.funnel.contacted},
            {QStringLiteral("sql"), c.funnel.sql},
            {QStringLiteral("won"), c.funnel.won},
            {QStringLiteral("rejected"), c.funnel.rejected},
            {QStringLiteral("lost"), c.funnel.lost},
            {QStringLiteral("incomplete_pct"),
             pct(percentOf(c.funnel.incomplete, c.funnel.received))},
            {QStringLiteral("conversion_sql_pct"), pct(c.funnel.endToEndPct(FunnelStage::Sql))},
            {QStringLiteral("conversion_won_pct"), pct(c.funnel.endToEndPct(FunnelStage::Won))},
            {QStringLiteral("sla_within_pct"), pct(c.sla.withinPct())},
            {QStringLiteral("median_minutes"), number(c.sla.medianMinutes)},
            {QStringLiteral("median_cycle_days"), number(c.medianCycleDays)},
            {QStringLiteral("currency"),
             main.currency.isEmpty() ? QJsonValue() : QJsonValue(main.currency)},
            {QStringLiteral("avg_deal"), amount(main.averageDealMinor)},
            {QStringLiteral("revenue"),
             amount(main.currency.isEmpty() ? std::nullopt : std::optional(main.revenueMinor))},
            {QStringLiteral("rejections"), reasonsJson(c.rejections)},
            {QStringLiteral("money"), moneyJson(c.money)}};
}

QJsonObject scoreJson(const SourceScore &s)
{
    QJsonObject o {{QStringLiteral("channel"), s.channel},
                   {QStringLiteral("leads"), s.leads},
                   {QStringLiteral("sql"), s.sql},
                   {QStringLiteral("won"), s.won},
                   {QStringLiteral("sql_probability"), std::round(s.sqlProbability * 10000) / 10000},
                   {QStringLiteral("won_probability"), std::round(s.wonProbability * 10000) / 10000},
                   {QStringLiteral("hot"), s.hot}};
    if (!s.campaign.isEmpty())
        o.insert(QStringLiteral("campaign"), s.campaign);
    return o;
}

QJsonObject dashboardJson(const MetricsQuery &query,
                          const DashboardMetrics &d,
                          const QString &zone,
                          const QString &managerLogin)
{
    QJsonArray channels;
    for (const ChannelMetrics &c : d.channels)
        channels.append(channelJson(c));
    QJsonArray managers;
    for (const ManagerMetrics &m : d.managers) {
        managers.append(QJsonObject {{QStringLiteral("manager"),
                                      m.managerId == 0 ? QJsonValue() : QJsonValue(m.login)},
                                     {QStringLiteral("name"), m.displayName},
                                     {QStringLiteral("received"), m.funnel.received},
                                     {QStringLiteral("contacted"), m.sla.contacted},
                                     {QStringLiteral("sql"), m.funnel.sql},
                                     {QStringLiteral("won"), m.funnel.won},
                                     {QStringLiteral("rejected"), m.funnel.rejected},
                                     {QStringLiteral("conversion_sql_pct"),
                                      pct(m.funnel.endToEndPct(FunnelStage::Sql))},
                                     {QStringLiteral("sla_within_pct"), pct(m.sla.withinPct())},
                                     {QStringLiteral("median_minutes"), number(m.sla.medianMinutes)},
                                     {QStringLiteral("p90_minutes"), number(m.sla.p90Minutes)}});
    }
    QJsonArray trend;
    for (const TrendWeek &w : d.trend) {
        trend.append(QJsonObject {{QStringLiteral("week"),
                                   QStringLiteral("%1-W%2").arg(w.isoYear).arg(w.isoWeek,
                                                                               2,
                                                                               10,
                                                                               QLatin1Char('0'))},
                                  {QStringLiteral("monday"), w.monday.toString(Qt::ISODate)},
                                  {QStringLiteral("leads"), w.leads},
                                  {QStringLiteral("mql"), w.mql},
                                  {QStringLiteral("sql"), w.sql},
                                  {QStringLiteral("mql_to_sql_pct"), pct(w.mqlToSqlPct())},
                                  {QStringLiteral("sla_within_pct"), pct(w.slaWithinPct())}});
    }
    QJsonArray channelScores;
    for (const SourceScore &s : d.channelScores)
        channelScores.append(scoreJson(s));
    QJsonArray campaignScores;
    for (const SourceScore &s : d.campaignScores)
        campaignScores.append(scoreJson(s));
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    return {{QStringLiteral("period"),
             QJsonObject {{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                          {QStringLiteral("time_zone"), zone},
                          {QStringLiteral("channel"), text(query.channel)},
                          {QStringLiteral("campaign"), text(query.campaign)},
                          {QStringLiteral("manager"), text(managerLogin)}}},
            {QStringLiteral("funnel"), funnelJson(d.funnel)},
            {QStringLiteral("sla"), slaJson(d.sla)},
            {QStringLiteral("rejections"), reasonsJson(d.rejections)},
            {QStringLiteral("median_cycle_days"), number(d.medianCycleDays)},
            {QStringLiteral("money"), moneyJson(d.money)},
            {QStringLiteral("by_channel"), channels},
            {QStringLiteral("by_manager"), managers},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("source_scores"),
             QJsonObject {{QStringLiteral("prior_strength"), SourceScores::priorStrength},
                          {QStringLiteral("hot_factor"), SourceScores::hotFactor},
                          {QStringLiteral("channels"), channelScores},
                          {QStringLiteral("campaigns"), campaignScores}}}};
}

QString orDash(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    if (value.isDouble()) {
        const double v = value.toDouble();
        return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v, 'f', 1);
    }
    return value.toString();
}

// "12.5%", or "-" when there is no percentage.
QString orDashPct(const QJsonValue &value)
{
    const QString text = orDash(value);
    return text == QLatin1String("-") ? text : text + QLatin1Char('%');
}

void printText(QTextStream &out, const QJsonObject &o)
{
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    const QJsonObject f = o.value(QStringLiteral("funnel")).toObject();
    const QJsonObject step = f.value(QStringLiteral("step_conversion_pct")).toObject();
    const QJsonObject sla = o.value(QStringLiteral("sla")).toObject();
    out << Context::tr("Leads that arrived %1 – %2 (%3)")
               .arg(period.value(QStringLiteral("from")).toString(),
                    period.value(QStringLiteral("to")).toString(),
                    period.value(QStringLiteral("time_zone")).toString())
        << '\n';
    out << Context::tr("Funnel: received %1 -> MQL %2 (%3) -> contacted %4 (%5) -> SQL %6 "
                       "(%7) -> won %8 (%9)")
               .arg(orDash(f.value(QStringLiteral("received"))),
                    orDash(f.value(QStringLiteral("mql"))),
                    orDashPct(step.value(QStringLiteral("mql"))),
                    orDash(f.value(QStringLiteral("contacted"))),
                    orDashPct(step.value(QStringLiteral("contacted"))),
                    orDash(f.value(QStringLiteral("sql"))),
                    orDashPct(step.value(QStringLiteral("sql"))),
                    orDash(f.value(QStringLiteral("won"))),
                    orDashPct(step.value(QStringLiteral("won"))))
        << '\n';
    out << Context::tr("Beside it: rejected %1 (disputed %2: pending %3, confirmed %4, returned to "
                       "manager %5), lost %6, incomplete data %7")
               .arg(orDash(f.value(QStringLiteral("rejected"))),
                    orDash(f.value(QStringLiteral("disputed"))),
                    orDash(f.value(QStringLiteral("dispute_pending"))),
                    orDash(f.value(QStringLiteral("dispute_confirmed"))),
                    orDash(f.value(QStringLiteral("overturned"))),
                    orDash(f.value(QStringLiteral("lost"))),
                    orDash(f.value(QStringLiteral("incomplete"))))
        << '\n';
    out << Context::tr("SLA: first contact within the target %1, median %2 min, 90th percentile "
                       "%3 min (working time)")
               .arg(orDashPct(sla.value(QStringLiteral("within_pct"))),
                    orDash(sla.value(QStringLiteral("median_minutes"))),
                    orDash(sla.value(QStringLiteral("p90_minutes"))))
        << '\n';
    QStringList buckets;
    const QJsonObject b = sla.value(QStringLiteral("buckets")).toObject();
    for (ContactBucket bucket : allContactBuckets)
        buckets.append(QStringLiteral("%1 %2").arg(contactBucketTitle(bucket),
                                                   orDash(b.value(contactBucketCode(bucket)))));
    out << Context::tr("First contact: %1").arg(buckets.join(QStringLiteral(", "))) << '\n';
    for (const QJsonValue &m : o.value(QStringLiteral("money")).toArray()) {
        const QJsonObject money = m.toObject();
        out << Context::tr("Money (%1): %2 deals, revenue %3, average deal %4, spend %5, CPL %6, "
                           "cost per SQL %7, cost per deal %8, ROMI %9")
                   .arg(money.value(QStringLiteral("currency")).toString(),
                        orDash(money.value(QStringLiteral("deals"))),
                        orDash(money.value(QStringLiteral("revenue"))),
                        orDash(money.value(QStringLiteral("avg_deal"))),
                        orDash(money.value(QStringLiteral("spend"))),
                        orDash(money.value(QStringLiteral("cpl"))),
                        orDash(money.value(QStringLiteral("cost_per_sql"))),
                        orDash(money.value(QStringLiteral("cost_per_won"))),
                        orDashPct(money.value(QStringLiteral("romi_pct"))))
            << '\n';
    }
    out << '\n'
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
               .arg(Context::tr("channel"), -16)
               .arg(Context::tr("received"), 9)
               .arg(Context::tr("SQL"), 7)
               .arg(Context::tr("won"), 6)
               .arg(Context::tr("won %"), 6)
               .arg(Context::tr("SLA %"), 6)
               .arg(Context::tr("cycle d"), 8)
               .arg(Context::tr("avg deal"), 12)
        << '\n';
    for (const QJsonValue &v : o.value(QStringLiteral("by_channel")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString channel = c.value(QStringLiteral("channel")).toString();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(channel.isEmpty() ? Context::tr("(no channel)") : channel, -16)
                   .arg(orDash(c.value(QStringLiteral("received"))), 9)
                   .arg(orDash(c.value(QStringLiteral("sql"))), 7)
                   .arg(orDash(c.value(QStringLiteral("won"))), 6)
                   .arg(orDash(c.value(QStringLiteral("conversion_won_pct"))), 6)
                   .arg(orDash(c.value(QStringLiteral("sla_within_pct"))), 6)
                   .arg(orDash(c.value(QStringLiteral("median_cycle_days"))), 8)
                   .arg(orDash(c.value(QStringLiteral("avg_deal"))), 12)
            << '\n';
    }
}

} // namespace

int runMetrics(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      Context::tr("First arrival day (local date, inclusive)."),
                      Context::tr("date")});
    parser.addOption({QStringLiteral("to"),
                      Context::tr("Last arrival day (local date, inclusive)."),
                      Context::tr("date")});
    parser.addOption({QStringLiteral("preset"),
                      Context::tr("week, month or quarter holding --to (or today)."),
                      Context::tr("preset")});
    parser.addOption({QStringLiteral("channel"),
                      Context::tr("Only leads of this channel."),
                      Context::tr("channel")});
    parser.addOption({QStringLiteral("campaign"),
                      Context::tr("Only leads of this campaign."),
                      Context::tr("campaign")});
    parser.addOption({QStringLiteral("manager"),
                      Context::tr("Only leads of this manager (login)."),
                      Context::tr("login")});
    context.parse(parser, 1);

    Database &db = context.openForReading();
    const MetricsService service(db, Clock::system());
    MetricsQuery query;
    if (parser.isSet(QStringLiteral("preset"))) {
        const auto preset = MetricsQuery::presetFromString(parser.value(QStringLiteral("preset")));
        if (!preset || *preset == MetricsQuery::Preset::Custom) {
            throw UsageError(Context::tr("--preset must be week, month or quarter, not \"%1\".")
                                 .arg(parser.value(QStringLiteral("preset"))));
        }
        const QDate day = parser.isSet(QStringLiteral("to"))
                              ? dateOption(parser.value(QStringLiteral("to")),
                                           QStringLiteral("--to"))
                              : service.today();
        query = MetricsQuery::preset(*preset, day);
    } else {
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
            throw UsageError(Context::tr("Give the period: --from DATE --to DATE (or --preset)."));
        query.from = dateOption(parser.value(QStringLiteral("from")), QStringLiteral("--from"));
        query.to = dateOption(parser.value(QStringLiteral("to")), QStringLiteral("--to"));
    }
    query.channel = parser.value(QStringLiteral("channel"));
    query.campaign = parser.value(QStringLiteral("campaign"));
    QString managerLogin;
    if (parser.isSet(QStringLiteral("manager"))) {
        managerLogin = parser.value(QStringLiteral("manager"));
        query.managerId = UserRepository(db).requireByLogin(managerLogin).id;
    }
    const DashboardMetrics metrics = service.dashboard(query);
    const QJsonObject json
        = dashboardJson(query, metrics, QString::fromUtf8(service.timeZone().id()), managerLogin);
    if (context.json())
        context.printJson(json);
    else
        printText(context.out(), json);
    return 0;
}

int runSpend(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("channel"), Context::tr("The channel."), Context::tr("channel")});
    parser.addOption(
        {QStringLiteral("month"), Context::tr("The month, YYYY-MM."), Context::tr("month")});
    parser.addOption({QStringLiteral("amount"),
                      Context::tr("The amount, e.g. 150000.00."),
                      Context::tr("amount")});
    parser.addOption({QStringLiteral("currency"),
                      Context::tr("ISO 4217 code (default RUB)."),
                      Context::tr("code"),
                      QStringLiteral("RUB")});
    context.parse(parser, 2);

    if (verb == QLatin1String("list")) {
        Database &db = context.openForReading();
        const QList<MarketingSpend> all = SpendService(db, Clock::system()).all();
        if (context.json()) {
            QJsonArray list;
            for (const MarketingSpend &s : all) {
                list.append(
                    QJsonObject {{QStringLiteral("channel"), s.channel},
                                 {QStringLiteral("month"),
                                  s.month.toString(QStringLiteral("yyyy-MM"))},
                                 {QStringLiteral("amount"), formatAmountPlain(s.amountMinor)},
                                 {QStringLiteral("currency"), s.currency},
                                 {QStringLiteral("updated_by"), s.updatedByLogin},
                                 {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)}});
            }
            context.printJson(list);
        } else {
            for (const MarketingSpend &s : all) {
                context.print(
                    QStringLiteral("%1 %2 %3 %4  %5 %6")
                        .arg(s.month.toString(QStringLiteral("yyyy-MM")))
                        .arg(s.channel, -16)
                        .arg(formatAmountPlain(s.amountMinor), 14)
                        .arg(s.currency, s.updatedByLogin, s.updatedAt.toString(Qt::ISODate)));
            }
        }
        return 0;
    }
    if (verb != QLatin1String("set") && verb != QLatin1String("remove"))
        throw UsageError(
            Context::tr("Unknown command \"spend %1\". Use set, remove or list.").arg(verb));
    if (!parser.isSet(QStringLiteral("channel")) || !parser.isSet(QStringLiteral("month")))
        throw UsageError(Context::tr("Give --channel and --month."));
    const QDate month = QDate::fromString(parser.value(QStringLiteral("month"))
                                              + QStringLiteral("-01"),
                                          Qt::ISODate);
    if (!month.isValid()) {
        throw UsageError(Context::tr("--month must look like 2026-11, not \"%1\".")
                             .arg(parser.value(QStringLiteral("month"))));
    }
    const QString channel = parser.value(QStringLiteral("channel"));
    const QString currency = parser.value(QStringLiteral("currency")).toUpper();
    Database &db = context.openForWriting();
    SpendService service(db, Clock::system());
    if (verb == QLatin1String("remove")) {
        service.remove(channel, month, currency, context.actingUser());
        context.print(Context::tr("Removed the spend of %1 in %2 (%3).")
                          .arg(channel, month.toString(QStringLiteral("yyyy-MM")), currency));
        return 0;
    }
    const auto amountMinor = parseAmount(parser.value(QStringLiteral("amount")));
    if (!amountMinor) {
        throw UsageError(Context::tr("--amount must be a number like 150000 or 150000.50, not "
                                     "\"%1\".")
                             .arg(parser.value(QStringLiteral("amount"))));
    }
    const MarketingSpend spend
        = service.set(channel, month, *amountMinor, currency, context.actingUser());
    context.print(Context::tr("Spend of %1 in %2: %3 %4.")
                      .arg(spend.channel,
                           spend.month.toString(QStringLiteral("yyyy-MM")),
                           formatAmountPlain(spend.amountMinor),
                           spend.currency));
    return 0;
}

} // namespace LeadPact::Cli
