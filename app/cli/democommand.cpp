// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "clicontext.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace LeadPact::Cli {

int runDemo(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("leads"), Context::tr("How many leads (default 20000)."),
                      Context::tr("n")});
    parser.addOption({QStringLiteral("seed"), Context::tr("Random seed (default 42)."),
                      Context::tr("n")});
    parser.addOption({QStringLiteral("weeks"), Context::tr("Weeks of history (default 12)."),
                      Context::tr("n")});
    parser.addOption({QStringLiteral("end"),
                      Context::tr("Last day of the data (default: up to now)."),
                      Context::tr("date")});
    context.parse(parser, 1);

    DemoOptions options;
    options.leads = integerOption(parser, QStringLiteral("leads"), 20000, 1, 50000000);
    options.seed = quint64(integerOption(parser, QStringLiteral("seed"), 42, 0,
                                         std::numeric_limits<qint64>::max()));
    options.weeks = int(integerOption(parser, QStringLiteral("weeks"), 12, 1, 520));
    if (parser.isSet(QStringLiteral("end")))
        options.endDate = dateOption(parser.value(QStringLiteral("end")), QStringLiteral("end"));

    Database &db = context.openForWriting();
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = isatty(fileno(stderr)) && !context.json();
    const DemoSummary summary = DemoGenerator(db, options).run([&](qint64 done, qint64 total) {
        if (showProgress)
            std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done),
                         static_cast<long long>(total));
        return true;
    });
    if (showProgress)
        std::fprintf(stderr, "\n");

    QJsonObject byStatus;
    for (auto it = summary.byStatus.cbegin(); it != summary.byStatus.cend(); ++it)
        byStatus.insert(statusCode(it.key()), it.value());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("leads"), summary.leads},
                                      {QStringLiteral("events"), summary.events},
                                      {QStringLiteral("users_created"), summary.usersCreated},
                                      {QStringLiteral("campaigns"), summary.campaigns},
                                      {QStringLiteral("attributed_leads"), summary.attributed},
                                      {QStringLiteral("from"), summary.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), summary.to.toString(Qt::ISODate)},
                                      {QStringLiteral("by_status"), byStatus},
                                      {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        return 0;
    }
    QStringList parts;
    for (auto it = summary.byStatus.cbegin(); it != summary.byStatus.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(statusCode(it.key())).arg(it.value()));
    context.print(Context::tr("Generated %1 leads and %2 events from %3 to %4 in %5 s: %6.")
                      .arg(summary.leads)
                      .arg(summary.events)
                      .arg(summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate))
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                      .arg(parts.join(QStringLiteral(", "))));
    return 0;
}

} // namespace LeadPact::Cli
