// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "clicontext.h"
#include "export/leadexporter.h"
#include "leadcommands.h"
#include "service/clock.h"

namespace LeadPact::Cli {

int runExport(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("csv"),
                      Context::tr("Write the leads to this CSV file."),
                      Context::tr("file.csv")});
    parser.addOption({QStringLiteral("xlsx"),
                      Context::tr("Write the leads to this Excel workbook."),
                      Context::tr("file.xlsx")});
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("encoding"),
                      Context::tr("utf-8 (with a BOM, the default) or windows-1251."),
                      Context::tr("encoding")});
    parser.addOption({QStringLiteral("delimiter"),
                      Context::tr("The field separator: ; (the default, as Excel expects on a "
                                  "Russian system), , or tab."),
                      Context::tr("char")});
    parser.addOption({QStringLiteral("tz"),
                      Context::tr("Write times in this IANA time zone (default: the system's)."),
                      Context::tr("zone")});
    context.parse(parser, 1);
    if (!parser.isSet(QStringLiteral("csv")) && !parser.isSet(QStringLiteral("xlsx")))
        throw UsageError(Context::tr("Name the output with --csv FILE or --xlsx FILE."));

    LeadExportOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
        if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
            options.encoding = QByteArrayLiteral("UTF-8");
        else if (encoding == QLatin1String("windows-1251") || encoding == QLatin1String("cp1251"))
            options.encoding = QByteArrayLiteral("windows-1251");
        else
            throw UsageError(Context::tr("--encoding takes utf-8 or windows-1251, not \"%1\".")
                                 .arg(parser.value(QStringLiteral("encoding"))));
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("tab"))
            options.delimiter = QLatin1Char('\t');
        else if (delimiter == QLatin1String(";") || delimiter == QLatin1String(","))
            options.delimiter = delimiter.at(0);
        else
            throw UsageError(
                Context::tr("--delimiter takes ;, , or tab, not \"%1\".").arg(delimiter));
    }
    if (parser.isSet(QStringLiteral("tz"))) {
        const QString zone = parser.value(QStringLiteral("tz"));
        options.timeZone = zone == QLatin1String("UTC") ? QTimeZone::utc()
                                                        : QTimeZone(zone.toUtf8());
        if (!options.timeZone.isValid())
            throw UsageError(Context::tr("Unknown time zone \"%1\" (--tz).").arg(zone));
    }

    Database &db = context.openForReading();
    const LeadFilter filter = filterFromOptions(parser, db);
    LeadExporter exporter(db, Clock::system());
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        const qint64 count = exporter.writeCsv(filter, path, options);
        context.print(Context::tr("%1 leads written to %2.").arg(count).arg(path));
    }
    if (parser.isSet(QStringLiteral("xlsx"))) {
        const QString path = parser.value(QStringLiteral("xlsx"));
        const qint64 count = exporter.writeXlsx(filter, path, options.timeZone);
        context.print(Context::tr("%1 leads written to %2.").arg(count).arg(path));
    }
    return 0;
}

} // namespace LeadPact::Cli
