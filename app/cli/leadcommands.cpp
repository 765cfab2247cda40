// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadcommands.h"

#include "clicontext.h"
#include "domain/error.h"
#include "domain/money.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace LeadPact::Cli {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString reasonCode(const ReasonCatalog &catalog, const std::optional<qint64> &id)
{
    const Reason *reason = id ? catalog.findById(*id) : nullptr;
    return reason ? reason->code : QString();
}

QJsonObject leadJson(const Lead &l, const ReasonCatalog &catalog,
                     const QHash<qint64, QString> &logins)
{
    QJsonObject o{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("external_id"), l.externalId},
        {QStringLiteral("received_at"), timeJson(l.receivedAt)},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("phone"), l.phone},
        {QStringLiteral("phone_raw"), l.phoneRaw},
        {QStringLiteral("email"), l.email},
        {QStringLiteral("company"), l.company},
        {QStringLiteral("channel"), l.channel},
        {QStringLiteral("campaign"), l.campaign},
        {QStringLiteral("landing_page"), l.landingPage},
        {QStringLiteral("utm_source"), l.utmSource},
        {QStringLiteral("utm_medium"), l.utmMedium},
        {QStringLiteral("utm_campaign"), l.utmCampaign},
        {QStringLiteral("owner"), l.ownerId ? QJsonValue(logins.value(*l.ownerId)) : QJsonValue()},
        {QStringLiteral("status"), statusCode(l.status)},
        {QStringLiteral("status_changed_at"), timeJson(l.statusChangedAt)},
        {QStringLiteral("sla_due_at"), timeJson(l.slaDueAt)},
        {QStringLiteral("first_contact_at"), timeJson(l.firstContactAt)},
        {QStringLiteral("incomplete"), l.isIncomplete()},
        {QStringLiteral("missing_fields"), QJsonArray::fromStringList(l.missingFieldCodes())},
    };
    if (const QString code = reasonCode(catalog, l.rejectionReasonId); !code.isEmpty()) {
        o.insert(QStringLiteral("rejection_reason"), code);
        o.insert(QStringLiteral("rejection_comment"), l.rejectionComment);
    }
    if (const QString code = reasonCode(catalog, l.lossReasonId); !code.isEmpty())
        o.insert(QStringLiteral("loss_reason"), code);
    if (l.dealAmountMinor) {
        o.insert(QStringLiteral("deal_amount"), formatAmountPlain(*l.dealAmountMinor));
        o.insert(QStringLiteral("deal_currency"), l.dealCurrency);
    }
    if (l.paidOn.isValid())
        o.insert(QStringLiteral("paid_on"), l.paidOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("declared_monthly_revenue"),
             l.declaredMonthlyRevenueMinor
                 ? QJsonValue(formatAmountPlain(*l.declaredMonthlyRevenueMinor))
                 : QJsonValue());
    o.insert(QStringLiteral("possible_duplicate_of"),
             l.possibleDuplicateOf ? QJsonValue(*l.possibleDuplicateOf) : QJsonValue());
    return o;
}

QHash<qint64, QString> loginsById(Database &db)
{
    QHash<qint64, QString> logins;
    for (const User &user : UserRepository(db).list())
        logins.insert(user.id, user.login);
    return logins;
}

} // namespace

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("status"), Context::tr("Only these statuses (comma-separated)."),
                      Context::tr("status")});
    parser.addOption({QStringLiteral("owner"), Context::tr("Only leads of this manager (login)."),
                      Context::tr("user")});
    parser.addOption({QStringLiteral("channel"), Context::tr("Only leads from this channel."),
                      Context::tr("channel")});
    parser.addOption({QStringLiteral("incomplete"),
                      Context::tr("Only leads that lack minimum data.")});
    parser.addOption({QStringLiteral("newest"),
                      Context::tr("Newest first instead of the SLA queue order.")});
}

LeadFilter filterFromOptions(const QCommandLineParser &parser, Database &db)
{
    LeadFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        for (const QString &part : parser.value(QStringLiteral("status")).split(QLatin1Char(','))) {
            const auto status = statusFromString(part);
            if (!status) {
                QStringList known;
                for (LeadStatus s : allLeadStatuses)
                    known.append(statusCode(s));
                throw UsageError(Context::tr("Unknown status \"%1\" (--status). Known: %2.")
                                     .arg(part, known.join(QStringLiteral(", "))));
            }
            filter.statuses.append(*status);
        }
    }
    filter.channel = parser.value(QStringLiteral("channel"));
    if (parser.isSet(QStringLiteral("incomplete")))
        filter.incomplete = true;
    if (parser.isSet(QStringLiteral("newest")))
        filter.order = LeadFilter::Order::NewestFirst;
    if (parser.isSet(QStringLiteral("owner")))
        filter.ownerId = UserRepository(db).requireByLogin(parser.value(QStringLiteral("owner"))).id;
    return filter;
}

int runLeadsList(Context &context)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("limit"), Context::tr("At most this many leads (default 50)."),
                      Context::tr("n")});
    parser.addOption({QStringLiteral("offset"), Context::tr("Skip this many leads."),
                      Context::tr("n")});
    context.parse(parser, 2);
    const int limit = int(integerOption(parser, QStringLiteral("limit"), 50, 1, 1000000));
    const int offset = int(integerOption(parser, QStringLiteral("offset"), 0, 0, 1000000000));

    Database &db = context.openForReading();
    const LeadFilter filter = filterFromOptions(parser, db);

    const QList<Lead> leads = LeadRepository(db).list(filter, limit, offset);
    const ReasonCatalog catalog = ReasonRepository(db).catalog();
    const QHash<qint64, QString> logins = loginsById(db);
    if (context.json()) {
        QJsonArray array;
        for (const Lead &lead : leads)
            array.append(leadJson(lead, catalog, logins));
        context.printJson(array);
        return 0;
    }
    QTextStream &out = context.out();
    out << qSetFieldWidth(9) << Qt::left << QStringLiteral("ID") << qSetFieldWidth(21)
        << QStringLiteral("RECEIVED (UTC)") << qSetFieldWidth(11) << QStringLiteral("STATUS")
        << qSetFieldWidth(12) << QStringLiteral("OWNER") << qSetFieldWidth(16)
        << QStringLiteral("CHANNEL") << qSetFieldWidth(21) << QStringLiteral("SLA DUE (UTC)")
        << qSetFieldWidth(0) << QStringLiteral("NAME") << '\n';
    for (const Lead &l : leads) {
        out << qSetFieldWidth(9) << l.id << qSetFieldWidth(21)
            << l.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << qSetFieldWidth(11)
            << statusCode(l.status) << qSetFieldWidth(12)
            << (l.ownerId ? logins.value(*l.ownerId) : QStringLiteral("-")) << qSetFieldWidth(16)
            << (l.channel.isEmpty() ? QStringLiteral("-") : l.channel) << qSetFieldWidth(21)
            << l.slaDueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << qSetFieldWidth(0)
            << l.name << (l.isIncomplete() ? QStringLiteral("  [incomplete]") : QString())
            << '\n';
    }
    out.flush();
    return 0;
}

int runLeadShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Context::tr("The lead."));
    context.parse(parser, 2);
    bool ok = false;
    const qint64 id = context.positional(0, QStringLiteral("ID")).toLongLong(&ok);
    if (!ok)
        throw UsageError(Context::tr("The lead id must be a number."));

    Database &db = context.openForReading();
    LeadService service(db, Clock::system());
    const Lead lead = service.lead(id);
    const ReasonCatalog catalog = ReasonRepository(db).catalog();
    const QHash<qint64, QString> logins = loginsById(db);
    QJsonArray history;
    for (const LeadEvent &e : service.history(id)) {
        history.append(QJsonObject{
            {QStringLiteral("at"), timeJson(e.at)},
            {QStringLiteral("by"), logins.value(e.actorId)},
            {QStringLiteral("kind"), eventKindCode(e.kind)},
            {QStringLiteral("from"), e.fromStatus ? QJsonValue(statusCode(*e.fromStatus)) : QJsonValue()},
            {QStringLiteral("to"), e.toStatus ? QJsonValue(statusCode(*e.toStatus)) : QJsonValue()},
            {QStringLiteral("reason"), reasonCode(catalog, e.reasonId)},
            {QStringLiteral("comment"), e.comment},
            {QStringLiteral("changes"), e.changes},
        });
    }
    QJsonObject object = leadJson(lead, catalog, logins);
    object.insert(QStringLiteral("history"), history);
    context.printJson(object);
    return 0;
}

int runLeadAction(Context &context, const QString &actionName)
{
    const auto action = actionFromString(actionName);
    if (!action) {
        throw UsageError(Context::tr("Unknown lead action \"%1\". Use one of: contact, qualify, "
                                     "reject, dispute, confirm, return, won, lost, show.")
                             .arg(actionName));
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Context::tr("The lead."));
    parser.addOption({QStringLiteral("reason"), Context::tr("Reason code from the catalog."),
                      Context::tr("code")});
    parser.addOption({QStringLiteral("comment"), Context::tr("Comment (proof, dispute text)."),
                      Context::tr("text")});
    parser.addOption({QStringLiteral("kind"), Context::tr("Contact kind: call, message, email."),
                      Context::tr("kind")});
    parser.addOption({QStringLiteral("at"), Context::tr("When the contact happened (ISO 8601)."),
                      Context::tr("time")});
    parser.addOption({QStringLiteral("amount"), Context::tr("Deal or expected amount, e.g. 1500.50."),
                      Context::tr("amount")});
    parser.addOption({QStringLiteral("currency"), Context::tr("ISO 4217 currency (default RUB)."),
                      Context::tr("code")});
    parser.addOption({QStringLiteral("paid-on"), Context::tr("Payment date (YYYY-MM-DD)."),
                      Context::tr("date")});
    parser.addOption({QStringLiteral("need"), Context::tr("The need is confirmed.")});
    parser.addOption({QStringLiteral("budget"), Context::tr("The budget is confirmed.")});
    parser.addOption({QStringLiteral("authority"), Context::tr("The decision-maker is confirmed.")});
    context.parse(parser, 2);

    bool ok = false;
    const qint64 id = context.positional(0, QStringLiteral("ID")).toLongLong(&ok);
    if (!ok)
        throw UsageError(Context::tr("The lead id must be a number."));

    TransitionRequest request;
    request.action = *action;
    request.reasonCode = parser.value(QStringLiteral("reason"));
    request.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = contactKindFromString(parser.value(QStringLiteral("kind")));
        if (!kind) {
            throw UsageError(Context::tr("--kind must be call, message or email, not \"%1\".")
                                 .arg(parser.value(QStringLiteral("kind"))));
        }
        request.contactKind = *kind;
    }
    if (parser.isSet(QStringLiteral("at")))
        request.contactAt = timeOption(parser.value(QStringLiteral("at")), QStringLiteral("at"));
    if (parser.isSet(QStringLiteral("amount"))) {
        const auto amount = parseAmount(parser.value(QStringLiteral("amount")));
        if (!amount) {
            throw UsageError(Context::tr("--amount must be a number like 1500 or 1500.50, not "
                                         "\"%1\".")
                                 .arg(parser.value(QStringLiteral("amount"))));
        }
        request.amountMinor = request.expectedAmountMinor = amount;
    }
    if (parser.isSet(QStringLiteral("currency")))
        request.currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
    if (parser.isSet(QStringLiteral("paid-on")))
        request.paidOn = dateOption(parser.value(QStringLiteral("paid-on")), QStringLiteral("paid-on"));
    request.needConfirmed = parser.isSet(QStringLiteral("need"));
    request.budgetConfirmed = parser.isSet(QStringLiteral("budget"));
    request.authorityConfirmed = parser.isSet(QStringLiteral("authority"));
    if (request.action != LeadAction::Qualify)
        request.expectedAmountMinor.reset();

    Database &db = context.openForWriting();
    const User actor = context.actingUser();
    LeadService service(db, Clock::system());
    const TransitionOutcome outcome = service.perform(id, request, actor);
    if (context.json()) {
        context.printJson(leadJson(outcome.lead, ReasonRepository(db).catalog(), loginsById(db)));
    } else {
        context.print(Context::tr("Lead %1: %2 -> %3 (by %4).")
                          .arg(id)
                          .arg(statusTitle(*outcome.event.fromStatus),
                               statusTitle(outcome.lead.status), actor.login));
    }
    return 0;
}

} // namespace LeadPact::Cli
