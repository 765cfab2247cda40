// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "clicontext.h"
#include "domain/error.h"
#include "import/leadimporter.h"
#include "service/clock.h"

#include <unistd.h>

#include <cstdio>

namespace LeadPact::Cli {

int runImport(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Context::tr("The CSV/TSV file."));
    parser.addOption({QStringLiteral("mapping"),
                      Context::tr("The mapping preset (JSON) from columns to lead fields."),
                      Context::tr("preset.json")});
    parser.addOption({QStringLiteral("update-by"),
                      Context::tr("Update mode: every row changes the existing lead with this key "
                                  "(external_id, the only one) and applies its outcome (won, "
                                  "owner) through the status rules; nothing is inserted."),
                      Context::tr("key")});
    parser.addOption({QStringLiteral("duplicates"),
                      Context::tr("A new lead with the phone or e-mail of a recent one: keep it "
                                  "flagged as a possible duplicate (default) or skip it."),
                      QStringLiteral("keep|skip")});
    parser.addOption({QStringLiteral("duplicate-window"),
                      Context::tr("How many days apart leads still count as possible duplicates "
                                  "(default: the preset's, else 30)."),
                      Context::tr("days")});
    parser.addOption(
        {QStringLiteral("dry-run"), Context::tr("Check and count everything, change nothing.")});
    parser.addOption({QStringLiteral("partial"),
                      Context::tr("Import the valid rows and report the rest (default: all or "
                                  "nothing).")});
    parser.addOption({QStringLiteral("errors"),
                      Context::tr("Write the rejected rows to this CSV file."),
                      Context::tr("errors.csv")});
    context.parse(parser, 1);

    const QString file = context.positional(0, QStringLiteral("FILE"));
    if (!parser.isSet(QStringLiteral("mapping")))
        throw UsageError(Context::tr("Name the mapping preset with --mapping PRESET.json."));
    if (parser.isSet(QStringLiteral("update-by"))
        && parser.value(QStringLiteral("update-by")) != QLatin1String("external_id")) {
        throw UsageError(Context::tr("--update-by supports only external_id, not \"%1\".")
                             .arg(parser.value(QStringLiteral("update-by"))));
    }
    const ImportMapping mapping = ImportMapping::load(parser.value(QStringLiteral("mapping")));
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.partial = parser.isSet(QStringLiteral("partial"));
    options.updateExisting = parser.isSet(QStringLiteral("update-by"));
    if (parser.isSet(QStringLiteral("duplicates"))) {
        const QString choice = parser.value(QStringLiteral("duplicates"));
        if (choice == QLatin1String("skip"))
            options.duplicates = ImportOptions::Duplicates::Skip;
        else if (choice != QLatin1String("keep"))
            throw UsageError(Context::tr("--duplicates takes keep or skip, not \"%1\".").arg(choice));
    }
    if (parser.isSet(QStringLiteral("duplicate-window"))) {
        options.duplicateWindowDays
            = int(integerOption(parser, QStringLiteral("duplicate-window"), 30, 0, 3650));
    }

    Database &db = context.openForWriting();
    const User actor = context.actingUser();
    const bool showProgress = isatty(fileno(stderr)) && !context.json();
    const ImportResult result
        = LeadImporter(db, Clock::system())
              .import(file, mapping, options, actor, [&](qint64 done, qint64 total) {
                  if (showProgress && total > 0)
                      std::fprintf(stderr, "\r%3d%%", int(done * 100 / total));
                  return true;
              });
    if (showProgress)
        std::fprintf(stderr, "\r");
    if (parser.isSet(QStringLiteral("errors")))
        result.writeErrorCsv(parser.value(QStringLiteral("errors")));

    if (context.json())
        context.printJson(result.toJson());
    else
        context.print(result.summary());
    // Rows rejected with all-or-nothing mean the file was not imported: a failure for scripts.
    if (!result.committed && !result.dryRun) {
        const RejectedRow first = result.rejectedRows.value(0);
        throw Error(Error::Kind::Validation,
                    Context::tr("%1 not imported: %2 rejected row(s); first: row %3 (line %4), "
                                "column \"%5\": %6.")
                        .arg(result.file)
                        .arg(result.rejected)
                        .arg(first.row)
                        .arg(first.line)
                        .arg(first.column, first.reason));
    }
    return 0;
}

} // namespace LeadPact::Cli
