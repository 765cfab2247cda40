// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigncommands.h"

#include "campaigns/campaignschedule.h"
#include "campaigns/campaignservice.h"
#include "clicontext.h"
#include "domain/error.h"
#include "service/clock.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace LeadPact::Cli {

namespace {

struct TextOption
{
    const char *name;
    QString Campaign::*field;
    const char *help;
};

const TextOption textOptions[] = {
    {"name", &Campaign::name, QT_TRANSLATE_NOOP("Cli", "The name as in the official documents.")},
    {"goal", &Campaign::goal, QT_TRANSLATE_NOOP("Cli", "What the campaign is for.")},
    {"audience", &Campaign::audience, QT_TRANSLATE_NOOP("Cli", "Who the offer is for.")},
    {"announced", &Campaign::announcedIn, QT_TRANSLATE_NOOP("Cli", "Where it was announced.")},
    {"promo", &Campaign::promoCode, QT_TRANSLATE_NOOP("Cli", "The promo code.")},
    {"benefit", &Campaign::promoBenefit, QT_TRANSLATE_NOOP("Cli", "What the promo code gives.")},
    {"landing", &Campaign::landingUrl, QT_TRANSLATE_NOOP("Cli", "The landing page address.")},
    {"utm", &Campaign::utmCampaign, QT_TRANSLATE_NOOP("Cli", "The utm_campaign value it uses.")},
    {"technical",
     &Campaign::technicalNotes,
     QT_TRANSLATE_NOOP("Cli", "How it is implemented technically.")},
};

struct DateOption
{
    const char *name;
    QDate Campaign::*field;
    const char *help;
};

const DateOption dateOptions[] = {
    {"starts", &Campaign::startsOn, QT_TRANSLATE_NOOP("Cli", "First day of the campaign.")},
    {"ends", &Campaign::endsOn, QT_TRANSLATE_NOOP("Cli", "Last day of the campaign.")},
    {"activation-from",
     &Campaign::activationFrom,
     QT_TRANSLATE_NOOP("Cli", "First day clients may activate the offer.")},
    {"activation-until",
     &Campaign::activationUntil,
     QT_TRANSLATE_NOOP("Cli", "Last day clients may activate the offer.")},
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Campaign &c, const QDate &today)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("goal"), c.goal},
        {QStringLiteral("audience"), c.audience},
        {QStringLiteral("announced_in"), c.announcedIn},
        {QStringLiteral("promo_code"), c.promoCode},
        {QStringLiteral("promo_benefit"), c.promoBenefit},
        {QStringLiteral("landing_url"), c.landingUrl},
        {QStringLiteral("utm_campaign"), c.utmCampaign},
        {QStringLiteral("starts_on"), dateText(c.startsOn)},
        {QStringLiteral("ends_on"), dateText(c.endsOn)},
        {QStringLiteral("activation_from"), dateText(c.activationFrom)},
        {QStringLiteral("activation_until"), dateText(c.activationUntil)},
        {QStringLiteral("technical_notes"), c.technicalNotes},
        {QStringLiteral("document_links"), QJsonArray::fromStringList(c.documentLinks)},
        {QStringLiteral("owner"), c.ownerName},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("upcoming"), CampaignSchedule::isUpcoming(c, today)},
        {QStringLiteral("leads"), c.attributedLeads},
    };
}

Campaign findCampaign(CampaignService &service, const QString &key)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId)
        return service.campaign(id);
    if (auto found = service.findByName(key))
        return *found;
    throw Error(Error::Kind::NotFound, Context::tr("There is no campaign \"%1\".").arg(key));
}

// Applies the options given on the command line; the others keep their values.
void applyOptions(const QCommandLineParser &parser, Database &db, Campaign &c)
{
    for (const TextOption &option : textOptions) {
        if (parser.isSet(QLatin1String(option.name)))
            c.*option.field = parser.value(QLatin1String(option.name));
    }
    for (const DateOption &option : dateOptions) {
        const QString name = QLatin1String(option.name);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        c.*option.field = value.isEmpty() ? QDate()
                                          : dateOption(value, QStringLiteral("--") + name);
    }
    if (parser.isSet(QStringLiteral("doc")))
        c.documentLinks = parser.values(QStringLiteral("doc"));
    if (parser.isSet(QStringLiteral("owner"))) {
        const QString login = parser.value(QStringLiteral("owner"));
        if (login.isEmpty()) {
            c.ownerId.reset();
        } else {
            const auto owner = UserRepository(db).findByLogin(login);
            if (!owner)
                throw UsageError(Context::tr("--owner: there is no user \"%1\".").arg(login));
            c.ownerId = owner->id;
        }
    }
}

} // namespace

int runCampaign(Context &context, const QString &verb)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("campaign"),
                                 Context::tr("The campaign's id or name (edit, show, attribute)."));
    for (const TextOption &option : textOptions) {
        parser.addOption({QLatin1String(option.name),
                          QCoreApplication::translate("Cli", option.help),
                          Context::tr("text")});
    }
    for (const DateOption &option : dateOptions) {
        parser.addOption({QLatin1String(option.name),
                          QCoreApplication::translate("Cli", option.help),
                          Context::tr("date")});
    }
    parser.addOption({QStringLiteral("doc"),
                      Context::tr("A link to an internal document (repeat for several)."),
                      Context::tr("url")});
    parser.addOption({QStringLiteral("owner"),
                      Context::tr("The person responsible (login)."),
                      Context::tr("login")});
    parser.addOption({QStringLiteral("archive"), Context::tr("Archive the campaign.")});
    parser.addOption({QStringLiteral("restore"), Context::tr("Take it back from the archive.")});
    parser.addOption({QStringLiteral("all"), Context::tr("List archived campaigns too.")});
    context.parse(parser, 2);

    if (verb == QLatin1String("list") || verb == QLatin1String("show")) {
        Database &db = context.openForReading();
        CampaignService service(db, Clock::system());
        const QDate today = Clock::system().now().toTimeZone(service.teamZone()).date();
        if (verb == QLatin1String("show")) {
            Campaign c = findCampaign(service, context.positional(0, QStringLiteral("CAMPAIGN")));
            for (const Campaign &listed : service.list(true, true)) {
                if (listed.id == c.id)
                    c.attributedLeads = listed.attributedLeads;
            }
            QJsonObject object = toJson(c, today);
            QJsonArray log;
            for (const CampaignLogEntry &entry : service.log(c.id)) {
                log.append(QJsonObject {{QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
                                        {QStringLiteral("by"), entry.actorLogin},
                                        {QStringLiteral("change"), entry.change},
                                        {QStringLiteral("detail"), entry.detail}});
            }
            object.insert(QStringLiteral("log"), log);
            context.printJson(object); // like "lead show": always JSON
            return 0;
        }
        const QList<Campaign> campaigns = service.list(parser.isSet(QStringLiteral("all")), true);
        if (context.json()) {
            QJsonArray array;
            for (const Campaign &c : campaigns)
                array.append(toJson(c, today));
            context.printJson(array);
            return 0;
        }
        QTextStream &out = context.out();
        for (const Campaign &c : campaigns) {
            QStringList flags;
            if (c.archived)
                flags.append(Context::tr("archived"));
            if (CampaignSchedule::isUpcoming(c, today))
                flags.append(Context::tr("upcoming"));
            out << c.id << '\t' << c.name << '\t' << dateText(c.startsOn) << ".."
                << dateText(c.endsOn) << '\t' << c.promoCode << '\t'
                << Context::tr("%n lead(s)", nullptr, int(c.attributedLeads)) << '\t'
                << flags.join(QStringLiteral(", ")) << '\n';
        }
        return 0;
    }

    Database &db = context.openForWriting();
    const User actor = context.actingUser();
    CampaignService service(db, Clock::system());
    const auto report = [&](const CampaignService::Saved &saved) {
        if (context.json()) {
            QJsonObject object = toJson(saved.campaign, QDate());
            object.remove(QStringLiteral("upcoming"));
            object.insert(QStringLiteral("attributed"), saved.attributed);
            object.insert(QStringLiteral("relabelled"), saved.relabelled);
            context.printJson(object);
            return;
        }
        context.print(Context::tr("Campaign %1 \"%2\" saved; %n lead(s) attributed to it now.",
                                  nullptr,
                                  int(saved.attributed))
                          .arg(saved.campaign.id)
                          .arg(saved.campaign.name));
    };
    if (verb == QLatin1String("add")) {
        Campaign c;
        applyOptions(parser, db, c);
        report(service.create(c, actor));
        return 0;
    }
    if (verb == QLatin1String("edit")) {
        Campaign c = findCampaign(service, context.positional(0, QStringLiteral("CAMPAIGN")));
        applyOptions(parser, db, c);
        if (parser.isSet(QStringLiteral("archive")) && parser.isSet(QStringLiteral("restore")))
            throw UsageError(Context::tr("Say --archive or --restore, not both."));
        CampaignService::Saved saved = service.edit(c, actor);
        if (parser.isSet(QStringLiteral("archive")) || parser.isSet(QStringLiteral("restore"))) {
            saved.campaign = service.setArchived(c.id,
                                                 parser.isSet(QStringLiteral("archive")),
                                                 actor);
        }
        report(saved);
        return 0;
    }
    if (verb == QLatin1String("attribute")) {
        const Campaign c = findCampaign(service, context.positional(0, QStringLiteral("CAMPAIGN")));
        const qint64 count = service.attribute(c.id, actor);
        if (context.json()) {
            context.printJson(
                QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("attributed"), count}});
        } else {
            context.print(
                Context::tr("%n lead(s) attributed to \"%1\".", nullptr, int(count)).arg(c.name));
        }
        return 0;
    }
    throw UsageError(Context::tr("Unknown command \"campaign %1\". Use add, edit, list, show or "
                                 "attribute.")
                         .arg(verb));
}

} // namespace LeadPact::Cli
