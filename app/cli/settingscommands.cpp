// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscommands.h"

#include "clicontext.h"
#include "domain/error.h"
#include "service/clock.h"
#include "service/leaddistributor.h"
#include "service/policyservice.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeadPact::Cli {

int runPolicy(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Context::tr("The policy as JSON (as printed by policy show)."));
    context.parse(parser, 2);

    if (verb == QLatin1String("show")) {
        Database &db = context.openForReading();
        context.printJson(PolicyService(db, Clock::system()).slaPolicy().toJson());
        return 0;
    }
    if (verb != QLatin1String("set")) {
        throw UsageError(Context::tr("Unknown command \"policy %1\". Use show or set.").arg(verb));
    }
    const QString path = context.positional(0, QStringLiteral("FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(Context::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        throw Error(Error::Kind::Validation,
                    Context::tr("%1 is not a JSON object: %2 at offset %3.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    }
    const SlaPolicy policy = SlaPolicy::fromJson(document.object());
    Database &db = context.openForWriting();
    PolicyService(db, Clock::system()).setSlaPolicy(policy, context.actingUser());
    context.print(Context::tr("The SLA policy is saved; it applies to leads arriving from now on."));
    return 0;
}

int runDistribution(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("on"), Context::tr("Distribute new leads automatically.")});
    parser.addOption({QStringLiteral("off"), Context::tr("Stop distributing new leads.")});
    parser.addOption({QStringLiteral("managers"),
                      Context::tr("Managers on duty, in rotation order (comma-separated logins)."),
                      Context::tr("logins")});
    context.parse(parser, 2);

    if (verb == QLatin1String("show")) {
        Database &db = context.openForReading();
        const LeadDistributor::Settings settings = LeadDistributor(db, Clock::system()).settings();
        UserRepository users(db);
        QJsonArray onDuty;
        for (const qint64 id : settings.onDuty) {
            const auto user = users.findById(id);
            onDuty.append(user ? user->login : QString::number(id));
        }
        context.printJson(QJsonObject{{QStringLiteral("enabled"), settings.enabled},
                                      {QStringLiteral("on_duty"), onDuty}});
        return 0;
    }
    Database &db = context.openForWriting();
    const User actor = context.actingUser();
    LeadDistributor distributor(db, Clock::system());
    if (verb == QLatin1String("set")) {
        if (parser.isSet(QStringLiteral("on")) == parser.isSet(QStringLiteral("off")))
            throw UsageError(Context::tr("Say --on or --off."));
        LeadDistributor::Settings settings = distributor.settings();
        settings.enabled = parser.isSet(QStringLiteral("on"));
        if (parser.isSet(QStringLiteral("managers"))) {
            settings.onDuty.clear();
            UserRepository users(db);
            for (const QString &login :
                 parser.value(QStringLiteral("managers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                settings.onDuty.append(users.requireByLogin(login.trimmed()).id);
        }
        distributor.setSettings(settings, actor);
        context.print(settings.enabled ? Context::tr("Lead distribution is on (%n manager(s) on duty).",
                                                     nullptr, int(settings.onDuty.size()))
                                       : Context::tr("Lead distribution is off."));
        return 0;
    }
    if (verb == QLatin1String("run")) {
        const int assigned = distributor.distribute(actor);
        context.print(Context::tr("Leads distributed: %1.").arg(assigned));
        return 0;
    }
    throw UsageError(Context::tr("Unknown command \"distribution %1\". Use show, set or run.")
                         .arg(verb));
}

} // namespace LeadPact::Cli
