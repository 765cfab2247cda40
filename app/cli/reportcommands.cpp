// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "clicontext.h"
#include "meeting/weekreview.h"
#include "pdfexport.h"
#include "report/dailyreport.h"
#include "report/dailyreportxlsx.h"
#include "service/clock.h"
#include "domain/money.h"
#include "service/policyservice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace LeadPact::Cli {

namespace {

QJsonObject rowJson(const DailyReportRow &row)
{
    QJsonObject revenue;
    for (auto it = row.wonAmountMinor.cbegin(); it != row.wonAmountMinor.cend(); ++it)
        revenue.insert(it.key(), double(it.value()) / 100.0);
    QJsonObject reasons;
    for (auto it = row.rejectionsByReason.cbegin(); it != row.rejectionsByReason.cend(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("manager"), row.managerName},
                     {QStringLiteral("received"), row.received},
                     {QStringLiteral("contacted"), row.contacted},
                     {QStringLiteral("in_work"), row.inWork},
                     {QStringLiteral("qualified"), row.qualified},
                     {QStringLiteral("rejected"), row.rejected},
                     {QStringLiteral("rejections"), reasons},
                     {QStringLiteral("won"), row.won},
                     {QStringLiteral("revenue"), revenue},
                     {QStringLiteral("sla_misses"), row.slaMisses}};
    if (row.managerId)
        json.insert(QStringLiteral("manager_id"), *row.managerId);
    return json;
}

void printText(const Context &context, const DailyReport &report)
{
    QTextStream &out = context.out();
    out << Context::tr("Daily status report for %1 (%2)")
               .arg(report.date.toString(Qt::ISODate), QString::fromUtf8(report.zone.id()))
        << '\n';
    const QStringList headers = {Context::tr("Manager"), Context::tr("Received"),
                                 Context::tr("Contacted"), Context::tr("In work"),
                                 Context::tr("SQL"), Context::tr("Rejected"), Context::tr("Won"),
                                 Context::tr("SLA misses")};
    int nameWidth = int(headers[0].size());
    for (const DailyReportRow &row : report.rows)
        nameWidth = std::max(nameWidth, int(row.managerName.size()));
    const auto line = [&](const QStringList &cells) {
        out << cells[0].leftJustified(nameWidth + 2);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out << cells[i].rightJustified(std::max<int>(10, int(headers[i].size()) + 2));
        out << '\n';
    };
    line(headers);
    const auto cells = [](const DailyReportRow &row) {
        return QStringList{row.managerName,
                           QString::number(row.received),
                           QString::number(row.contacted),
                           QString::number(row.inWork),
                           QString::number(row.qualified),
                           QString::number(row.rejected),
                           QString::number(row.won),
                           QString::number(row.slaMisses)};
    };
    for (const DailyReportRow &row : report.rows)
        line(cells(row));
    line(cells(report.total));
}

QString factText(const WeekFact &fact, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    if (fact.percent)
        return QString::number(*value, 'f', 1) + QStringLiteral(" %");
    if (fact.money)
        return formatAmountPlain(qint64(*value));
    return QString::number(*value, 'f', *value == double(qint64(*value)) ? 0 : 1);
}

QJsonValue factJson(const WeekFact &fact, const std::optional<double> &value)
{
    if (!value)
        return QJsonValue();
    return fact.money ? *value / 100.0 : *value;
}

// report week [--week W] [--pdf FILE]: the week's facts (text or JSON), or the whole meeting.
int runWeekReport(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("week"),
                      Context::tr("The ISO week (e.g. 2026-W47; default the last finished one)."),
                      Context::tr("week")});
    parser.addOption({QStringLiteral("pdf"),
                      Context::tr("Write the whole meeting as PDF (needs the full build)."),
                      Context::tr("file")});
    context.parse(parser, 2);
    std::optional<IsoWeek> week;
    if (parser.isSet(QStringLiteral("week"))) {
        week = IsoWeek::parse(parser.value(QStringLiteral("week")));
        if (!week) {
            throw UsageError(Context::tr("--week: \"%1\" is not an ISO week such as 2026-W47.")
                                 .arg(parser.value(QStringLiteral("week"))));
        }
    }
    if (parser.isSet(QStringLiteral("pdf")))
        requirePdfRenderer(); // before any work: the GUI-less build says so at once

    Database &db = context.openForReading();
    const Clock &clock = Clock::system();
    const WeekReview review(db, clock);
    if (!week)
        week = review.defaultWeek();
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        writeMeetingPdf(db, clock, *week, path);
        context.print(Context::tr("Wrote the meeting of %1 to %2.")
                          .arg(week->toString(), QDir::toNativeSeparators(path)));
        return 0;
    }
    const QList<WeekFact> facts = review.facts(*week);
    if (context.json()) {
        QJsonArray list;
        for (const WeekFact &fact : facts) {
            list.append(QJsonObject{{QStringLiteral("code"), fact.code},
                                    {QStringLiteral("current"), factJson(fact, fact.current)},
                                    {QStringLiteral("previous"), factJson(fact, fact.previous)},
                                    {QStringLiteral("four_week_average"),
                                     factJson(fact, fact.fourWeekAverage)},
                                    {QStringLiteral("trend"), fact.trendVsPrevious()}});
        }
        context.printJson(QJsonObject{{QStringLiteral("week"), week->toString()},
                                      {QStringLiteral("facts"), list}});
        return 0;
    }
    QTextStream &out = context.out();
    out << Context::tr("Facts of the week %1").arg(week->toString()) << '\n';
    for (const WeekFact &fact : facts) {
        out << fact.title.leftJustified(36) << factText(fact, fact.current).rightJustified(14)
            << factText(fact, fact.previous).rightJustified(14)
            << factText(fact, fact.fourWeekAverage).rightJustified(14) << '\n';
    }
    return 0;
}

} // namespace

int runReport(Context &context, const QString &verb)
{
    if (verb == QLatin1String("week"))
        return runWeekReport(context);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"),
                      Context::tr("The day to report (YYYY-MM-DD, the team's time zone; default "
                                  "today)."),
                      Context::tr("date")});
    parser.addOption({QStringLiteral("xlsx"), Context::tr("Write the report as an Excel workbook."),
                      Context::tr("file")});
    parser.addOption({QStringLiteral("pdf"),
                      Context::tr("Write the report as PDF (needs the full build)."),
                      Context::tr("file")});
    context.parse(parser, 2);

    if (verb != QLatin1String("daily"))
        throw UsageError(Context::tr("Unknown command \"report %1\". Use daily or week.").arg(verb));
    if (parser.isSet(QStringLiteral("pdf")))
        requirePdfRenderer();

    Database &db = context.openForReading();
    const Clock &clock = Clock::system();
    const QTimeZone zone = PolicyService(db, clock).slaPolicy().calendar.timeZone();
    const QDate date = parser.isSet(QStringLiteral("date"))
                           ? dateOption(parser.value(QStringLiteral("date")), QStringLiteral("--date"))
                           : clock.now().toTimeZone(zone).date();
    const DailyReport report = DailyReport::build(db, date, zone, clock.now());

    bool wrote = false;
    const auto written = [&](const QString &path) {
        wrote = true;
        if (!context.json()) {
            context.print(Context::tr("Wrote the daily report for %1 to %2.")
                              .arg(date.toString(Qt::ISODate), QDir::toNativeSeparators(path)));
        }
    };
    if (parser.isSet(QStringLiteral("xlsx"))) {
        writeDailyReportXlsx(report, parser.value(QStringLiteral("xlsx")));
        written(parser.value(QStringLiteral("xlsx")));
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        writeDailyReportPdf(report, parser.value(QStringLiteral("pdf")));
        written(parser.value(QStringLiteral("pdf")));
    }
    if (wrote && !context.json())
        return 0;
    if (context.json()) {
        QJsonArray rows;
        for (const DailyReportRow &row : report.rows)
            rows.append(rowJson(row));
        context.printJson(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                      {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
                                      {QStringLiteral("managers"), rows},
                                      {QStringLiteral("total"), rowJson(report.total)}});
    } else {
        printText(context, report);
    }
    return 0;
}

} // namespace LeadPact::Cli
