// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincommands.h"

#include "clicontext.h"
#include "domain/reason.h"
#include "service/catalogservice.h"
#include "service/userservice.h"
#include "storage/migrations.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace LeadPact::Cli {

namespace {

ReasonKind kindOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("kind")))
        return ReasonKind::Rejection;
    const auto kind = reasonKindFromString(parser.value(QStringLiteral("kind")));
    if (!kind) {
        throw UsageError(Context::tr("--kind must be rejection or loss, not \"%1\".")
                             .arg(parser.value(QStringLiteral("kind"))));
    }
    return *kind;
}

} // namespace

int runInit(Context &context)
{
    QCommandLineParser parser;
    context.parse(parser, 1);
    auto db = Database::openSqlite(context.dbPath(), Database::Access::ReadWrite);
    const Migrations::Result result = Migrations::migrate(*db);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("path"), db->location()},
                                      {QStringLiteral("schema_from"), result.fromVersion},
                                      {QStringLiteral("schema_version"), result.toVersion},
                                      {QStringLiteral("backup"), result.backupPath}});
        return 0;
    }
    if (result.fromVersion == result.toVersion) {
        context.print(Context::tr("%1 is up to date (schema version %2).")
                          .arg(QDir::toNativeSeparators(db->location()))
                          .arg(result.toVersion));
    } else {
        context.print(Context::tr("%1: schema version %2 -> %3.")
                          .arg(QDir::toNativeSeparators(db->location()))
                          .arg(result.fromVersion)
                          .arg(result.toVersion));
    }
    if (!result.backupPath.isEmpty())
        context.print(Context::tr("Backup of the previous version: %1")
                          .arg(QDir::toNativeSeparators(result.backupPath)));
    return 0;
}

int runReasons(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kind"), Context::tr("Catalog: rejection (default) or loss."),
                      Context::tr("kind")});
    parser.addOption({QStringLiteral("all"), Context::tr("Include archived reasons.")});
    parser.addOption({QStringLiteral("ru"), Context::tr("Russian title."), Context::tr("title")});
    parser.addOption({QStringLiteral("en"), Context::tr("English title."), Context::tr("title")});
    parser.addOption({QStringLiteral("comment-required"),
                      Context::tr("The reason needs a comment as proof.")});
    context.parse(parser, 2);
    const ReasonKind kind = kindOption(parser);

    if (verb == QLatin1String("list")) {
        Database &db = context.openForReading();
        CatalogService catalogs(db);
        const QHash<qint64, qint64> usage = catalogs.usageCounts();
        QJsonArray array;
        QTextStream &out = context.out();
        const ReasonCatalog catalog = catalogs.catalog();
        for (const Reason &r : catalog.all()) {
            if (r.kind != kind || (r.archived && !parser.isSet(QStringLiteral("all"))))
                continue;
            if (context.json()) {
                array.append(QJsonObject{{QStringLiteral("code"), r.code},
                                         {QStringLiteral("kind"), reasonKindCode(r.kind)},
                                         {QStringLiteral("title_ru"), r.titleRu},
                                         {QStringLiteral("title_en"), r.titleEn},
                                         {QStringLiteral("comment_required"), r.commentRequired},
                                         {QStringLiteral("archived"), r.archived},
                                         {QStringLiteral("order"), r.sortOrder},
                                         {QStringLiteral("leads"), usage.value(r.id)}});
            } else {
                out << qSetFieldWidth(20) << Qt::left << r.code << qSetFieldWidth(32)
                    << r.titleEn << qSetFieldWidth(10)
                    << (r.commentRequired ? QStringLiteral("comment") : QString())
                    << qSetFieldWidth(10) << (r.archived ? QStringLiteral("archived") : QString())
                    << qSetFieldWidth(0) << usage.value(r.id) << '\n';
            }
        }
        if (context.json())
            context.printJson(array);
        out.flush();
        return 0;
    }

    Database &db = context.openForWriting();
    const User actor = context.actingUser();
    CatalogService catalogs(db);
    if (verb == QLatin1String("add")) {
        Reason reason;
        reason.kind = kind;
        reason.code = context.positional(0, QStringLiteral("CODE"));
        reason.titleRu = parser.value(QStringLiteral("ru"));
        reason.titleEn = parser.value(QStringLiteral("en"));
        reason.commentRequired = parser.isSet(QStringLiteral("comment-required"));
        catalogs.add(reason, actor);
        context.print(Context::tr("Added reason %1.").arg(reason.code));
    } else if (verb == QLatin1String("archive") || verb == QLatin1String("unarchive")) {
        const QString code = context.positional(0, QStringLiteral("CODE"));
        const bool archive = verb == QLatin1String("archive");
        catalogs.setArchived(kind, code, archive, actor);
        context.print(archive ? Context::tr("Archived reason %1.").arg(code)
                              : Context::tr("Restored reason %1.").arg(code));
    } else {
        throw UsageError(Context::tr("Unknown command \"reasons %1\". Use list, add, archive or "
                                     "unarchive.")
                             .arg(verb));
    }
    return 0;
}

int runUsers(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("role"),
                      Context::tr("manager, head_of_sales, marketing or admin."),
                      Context::tr("role")});
    parser.addOption({QStringLiteral("name"), Context::tr("Display name."), Context::tr("name")});
    context.parse(parser, 2);

    if (verb == QLatin1String("list")) {
        Database &db = context.openForReading();
        QJsonArray array;
        for (const User &user : UserService(db).list()) {
            if (context.json()) {
                array.append(QJsonObject{{QStringLiteral("login"), user.login},
                                         {QStringLiteral("name"), user.displayName},
                                         {QStringLiteral("role"), roleCode(user.role)},
                                         {QStringLiteral("active"), user.active}});
            } else {
                context.out() << qSetFieldWidth(16) << Qt::left << user.login << qSetFieldWidth(16)
                              << roleCode(user.role) << qSetFieldWidth(0) << user.displayName
                              << (user.active ? QString() : QStringLiteral(" (inactive)")) << '\n';
            }
        }
        if (context.json())
            context.printJson(array);
        context.out().flush();
        return 0;
    }
    if (verb == QLatin1String("add")) {
        User user;
        user.login = context.positional(0, QStringLiteral("LOGIN")).trimmed().toLower();
        const auto role = roleFromString(parser.value(QStringLiteral("role")));
        if (!role) {
            throw UsageError(Context::tr("--role must be manager, head_of_sales, marketing or "
                                         "admin."));
        }
        user.role = *role;
        user.displayName = parser.value(QStringLiteral("name"));
        Database &db = context.openForWriting();
        UserService(db).add(user, context.actingUser());
        context.print(Context::tr("Added user %1 (%2).").arg(user.login, roleCode(user.role)));
        return 0;
    }
    throw UsageError(Context::tr("Unknown command \"users %1\". Use list or add.").arg(verb));
}

} // namespace LeadPact::Cli
