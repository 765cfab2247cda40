// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "clicontext.h"
#include "report/dailyreport.h"
#include "report/dailyreportxlsx.h"
#include "service/clock.h"
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

} // namespace

int runReport(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"),
                      Context::tr("The day to report (YYYY-MM-DD, the team's time zone; default "
                                  "today)."),
                      Context::tr("date")});
    parser.addOption({QStringLiteral("xlsx"), Context::tr("Write the report as an Excel workbook."),
                      Context::tr("file")});
    context.parse(parser, 2);

    if (verb != QLatin1String("daily"))
        throw UsageError(Context::tr("Unknown command \"report %1\". Use daily.").arg(verb));

    Database &db = context.openForReading();
    const Clock &clock = Clock::system();
    const QTimeZone zone = PolicyService(db, clock).slaPolicy().calendar.timeZone();
    const QDate date = parser.isSet(QStringLiteral("date"))
                           ? dateOption(parser.value(QStringLiteral("date")), QStringLiteral("--date"))
                           : clock.now().toTimeZone(zone).date();
    const DailyReport report = DailyReport::build(db, date, zone, clock.now());

    if (parser.isSet(QStringLiteral("xlsx"))) {
        const QString path = parser.value(QStringLiteral("xlsx"));
        writeDailyReportXlsx(report, path);
        if (!context.json()) {
            context.print(Context::tr("Wrote the daily report for %1 to %2.")
                              .arg(date.toString(Qt::ISODate), QDir::toNativeSeparators(path)));
            return 0;
        }
    }
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
