// SPDX-License-Identifier: GPL-3.0-or-later
// leadpact-cli: LeadPact without a display — set-up, demo data, the lead queue and every status
// change from scripts and cron. Exit code 0 on success, 1 when LeadPact refuses or fails,
// 2 on a usage mistake; the reason is one line on stderr.
#include "admincommands.h"
#include "campaigncommands.h"
#include "clicontext.h"
#include "democommand.h"
#include "domain/error.h"
#include "i18n/translations.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "leadcommands.h"
#include "metricscommands.h"
#include "pdfexport.h"
#include "reportcommands.h"
#include "settingscommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace LeadPact;

namespace {

const char usage[] =
    "Usage: leadpact-cli [--db PATH] [--json] COMMAND ...\n"
    "\n"
    "Commands:\n"
    "  init                               create or migrate the database\n"
    "  demo --leads N [--seed S] [--weeks W] [--end DATE]\n"
    "                                     fill an empty database with demo data\n"
    "  import FILE --mapping PRESET.json [--dry-run] [--partial] [--errors FILE.csv] --as USER\n"
    "       [--update-by external_id] [--duplicates keep|skip] [--duplicate-window DAYS]\n"
    "                                     import leads from CSV/TSV (all or nothing by default)\n"
    "  export --csv FILE | --xlsx FILE [--status S] [--owner U] [--channel C] [--incomplete] [--newest]\n"
    "       [--encoding utf-8|windows-1251] [--delimiter ;|,|tab] [--tz ZONE]\n"
    "                                     the filtered leads as CSV for Excel\n"
    "  leads list [--status S] [--owner U] [--channel C] [--incomplete] [--limit N]\n"
    "  lead show ID                       a lead with its full history (JSON)\n"
    "  lead contact|qualify|reject|dispute|confirm|return|won|lost ID --as USER\n"
    "       [--kind call|message|email] [--at TIME] [--need --budget --authority]\n"
    "       [--reason CODE] [--comment TEXT] [--amount N] [--currency RUB] [--paid-on DATE]\n"
    "  reasons list [--kind rejection|loss] [--all]\n"
    "  reasons add CODE --ru TITLE --en TITLE [--comment-required] [--kind K] --as USER\n"
    "  reasons archive|unarchive CODE [--kind K] --as USER\n"
    "  users list\n"
    "  users add LOGIN --role ROLE [--name NAME] --as USER\n"
    "  policy show                        the team's SLA policy as JSON\n"
    "  policy set FILE.json --as USER     replace it (same JSON format)\n"
    "  distribution show\n"
    "  distribution set --on|--off [--managers LOGIN,...] --as USER\n"
    "  distribution run --as USER         hand out new unassigned leads now\n"
    "  metrics --from DATE --to DATE [--channel C] [--campaign X] [--manager LOGIN] [--json]\n"
    "  metrics --preset week|month|quarter [--to DATE] [...]\n"
    "                                     funnel, SLA, rejections, money, trend, source scores\n"
    "                                     of the leads that arrived in the period (docs/metrics.md)\n"
    "  campaign add --name NAME [--goal T] [--audience T] [--announced T] [--promo CODE]\n"
    "        [--benefit T] [--landing URL] [--utm VALUE] [--starts DATE] [--ends DATE]\n"
    "        [--activation-from DATE] [--activation-until DATE] [--technical T] [--doc URL]...\n"
    "        [--owner LOGIN] --as USER    add a campaign to the registry (and attribute leads)\n"
    "  campaign edit ID|NAME [same options] [--archive|--restore] --as USER\n"
    "  campaign list [--all] [--json]     the campaign registry with lead counts\n"
    "  campaign show ID|NAME              one campaign and its change log, as JSON\n"
    "  campaign attribute ID|NAME --as USER\n"
    "                                     attribute unattributed leads the campaign matches\n"
    "  spend set --channel C --month YYYY-MM --amount N [--currency RUB] --as USER\n"
    "  spend remove --channel C --month YYYY-MM [--currency RUB] --as USER\n"
    "  spend list                         marketing spend per channel and month\n"
    "  report daily [--date DATE] [--xlsx FILE] [--pdf FILE]\n"
    "                                     the daily status report per manager\n"
    "  report week [--week 2026-W47] [--pdf FILE]\n"
    "                                     the weekly meeting: facts, or all of it as PDF\n"
    "\n"
    "The database defaults to $LEADPACT_DB or the user's data folder.\n"
    "Run a command with --help for its options.\n";

QString defaultDatabase()
{
    const QString fromEnv = qEnvironmentVariable("LEADPACT_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/leadpact.sqlite");
}

int dispatch(Cli::Context &context, const QStringList &words)
{
    const QString command = words.value(0);
    const QString verb = words.value(1);
    if (command == QLatin1String("init"))
        return Cli::runInit(context);
    if (command == QLatin1String("demo"))
        return Cli::runDemo(context);
    if (command == QLatin1String("import"))
        return Cli::runImport(context);
    if (command == QLatin1String("export"))
        return Cli::runExport(context);
    if (command == QLatin1String("leads") && verb == QLatin1String("list"))
        return Cli::runLeadsList(context);
    if (command == QLatin1String("lead") && verb == QLatin1String("show"))
        return Cli::runLeadShow(context);
    if (command == QLatin1String("lead") && !verb.isEmpty())
        return Cli::runLeadAction(context, verb);
    if (command == QLatin1String("reasons") && !verb.isEmpty())
        return Cli::runReasons(context, verb);
    if (command == QLatin1String("users") && !verb.isEmpty())
        return Cli::runUsers(context, verb);
    if (command == QLatin1String("policy") && !verb.isEmpty())
        return Cli::runPolicy(context, verb);
    if (command == QLatin1String("distribution") && !verb.isEmpty())
        return Cli::runDistribution(context, verb);
    if (command == QLatin1String("metrics"))
        return Cli::runMetrics(context);
    if (command == QLatin1String("campaign") && !verb.isEmpty())
        return Cli::runCampaign(context, verb);
    if (command == QLatin1String("spend") && !verb.isEmpty())
        return Cli::runSpend(context, verb);
    if (command == QLatin1String("report") && !verb.isEmpty())
        return Cli::runReport(context, verb);
    throw Cli::UsageError(command.isEmpty()
                              ? Cli::Context::tr("No command given. Run leadpact-cli --help.")
                              : Cli::Context::tr("Unknown command \"%1\". Run leadpact-cli "
                                                 "--help.")
                                    .arg(words.mid(0, 2).join(QLatin1Char(' '))));
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application object only for the commands that write PDF (see pdfexport.h).
    const std::unique_ptr<QCoreApplication> app = Cli::makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadPact"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadPact"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADPACT_VERSION));
    installTranslations(*app, QLocale::system());

    // Global options come before the command; everything from the command on belongs to it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString dbPath = defaultDatabase();
    bool json = false;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            std::fputs(usage, stdout);
            return 0;
        }
        if (option == QLatin1String("--version")) {
            std::printf("leadpact-cli %s\n", LEADPACT_VERSION);
            return 0;
        }
        if (option == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--db") && !arguments.isEmpty()) {
            dbPath = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else {
            QTextStream(stderr) << "leadpact-cli: "
                                << Cli::Context::tr("Unknown option %1. Run leadpact-cli --help.")
                                       .arg(option)
                                << '\n';
            return 2;
        }
    }

    // The command words (e.g. "leads list") precede the command's own options.
    QStringList words;
    for (const QString &argument : std::as_const(arguments)) {
        if (argument.startsWith(QLatin1Char('-')) || words.size() == 2)
            break;
        words.append(argument);
    }
    if (words.value(0) == QLatin1String("init") || words.value(0) == QLatin1String("demo")
        || words.value(0) == QLatin1String("import") || words.value(0) == QLatin1String("export")
        || words.value(0) == QLatin1String("metrics"))
        words = words.mid(0, 1);

    Cli::Context context(arguments, dbPath, json);
    try {
        return dispatch(context, words);
    } catch (const Cli::UsageError &error) {
        QTextStream(stderr) << "leadpact-cli: " << error.message() << '\n';
        return 2;
    } catch (const Error &error) {
        QTextStream(stderr) << "leadpact-cli: " << error.message() << '\n';
        return 1;
    }
}
