// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignattributor.h"

#include "domain/lead.h"
#include "domain/role.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>

namespace LeadPact {

namespace {

using Rule = CampaignAttributor::Rule;

constexpr std::array allRules {Rule::PromoCode, Rule::LandingPage, Rule::UtmCampaign};

// One number orders every candidate the way the tie rule says, so the set-based pass picks a
// campaign per lead with min(): rule first, then the later start (undated last), then the
// smaller id. Registry ids stay far below a million.
constexpr qint64 ruleFactor = 1000000000000LL;
constexpr qint64 idFactor = 1000000;
constexpr qint64 noStartDays = 0;
constexpr qint64 maxDays = 99999;
constexpr qint64 unbounded = qint64(1) << 53;

qint64 priority(const Campaign &c, Rule rule)
{
    const qint64 startDays = c.startsOn.isValid()
                                 ? qBound<qint64>(1, QDate(1970, 1, 1).daysTo(c.startsOn), maxDays)
                                 : noStartDays;
    return qint64(rule) * ruleFactor + (maxDays - startDays) * idFactor + c.id;
}

struct Window
{
    qint64 from = -unbounded;
    qint64 to = unbounded; // exclusive
};

Window window(const Campaign &c, const QTimeZone &zone)
{
    Window w;
    if (c.startsOn.isValid())
        w.from = QDateTime(c.startsOn, QTime(0, 0), zone).toSecsSinceEpoch();
    const QDate end = c.attributionEnd();
    if (end.isValid())
        w.to = QDateTime(end.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return w;
}

const char *leadColumn(Rule rule)
{
    switch (rule) {
    case Rule::PromoCode:
        return "promo_code";
    case Rule::LandingPage:
        return "landing_page";
    case Rule::UtmCampaign:
        return "utm_campaign";
    }
    return "";
}

bool matches(const Campaign &c, Rule rule, const QString &value)
{
    switch (rule) {
    case Rule::PromoCode: {
        const QString key = CampaignKeys::text(c.promoCode);
        return !key.isEmpty() && key == CampaignKeys::text(value);
    }
    case Rule::LandingPage:
        return CampaignKeys::landingMatches(c.landingUrl, value);
    case Rule::UtmCampaign: {
        const QString key = CampaignKeys::text(c.utmCampaign);
        return !key.isEmpty() && key == CampaignKeys::text(value);
    }
    }
    return false;
}

bool usesRule(const Campaign &c, Rule rule)
{
    switch (rule) {
    case Rule::PromoCode:
        return !c.promoCode.trimmed().isEmpty();
    case Rule::LandingPage:
        return !CampaignKeys::landing(c.landingUrl).isEmpty();
    case Rule::UtmCampaign:
        return !c.utmCampaign.trimmed().isEmpty();
    }
    return false;
}

QString leadValue(const Lead &lead, Rule rule)
{
    switch (rule) {
    case Rule::PromoCode:
        return lead.promoCode;
    case Rule::LandingPage:
        return lead.landingPage;
    case Rule::UtmCampaign:
        return lead.utmCampaign;
    }
    return {};
}

// `expression` as the body of a JSON string (without quotes), in SQL both dialects run.
QString sqlJsonText(const QString &expression)
{
    return QStringLiteral("replace(replace(%1, '\\', '\\\\'), '\"', '\\\"')").arg(expression);
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

QString storageWhat(const char *text)
{
    return QCoreApplication::translate("Storage", text);
}

} // namespace

QString CampaignAttributor::ruleCode(Rule rule)
{
    return QLatin1String(leadColumn(rule));
}

QString CampaignAttributor::ruleComment(Rule rule)
{
    switch (rule) {
    case Rule::PromoCode:
        return tr("Attributed to the campaign by its promo code");
    case Rule::LandingPage:
        return tr("Attributed to the campaign by its landing page");
    case Rule::UtmCampaign:
        return tr("Attributed to the campaign by its utm_campaign");
    }
    return {};
}

CampaignAttributor::CampaignAttributor(Database &db, QTimeZone zone)
    : m_db(db)
    , m_zone(std::move(zone))
{}

std::optional<CampaignAttributor::Match> CampaignAttributor::match(const Lead &lead,
                                                                   const QList<Campaign> &campaigns,
                                                                   const QTimeZone &zone)
{
    std::optional<qint64> best;
    const qint64 at = lead.receivedAt.toSecsSinceEpoch();
    for (const Campaign &c : campaigns) {
        if (c.archived)
            continue;
        const Window w = window(c, zone);
        if (at < w.from || at >= w.to)
            continue;
        for (Rule rule : allRules) {
            if (matches(c, rule, leadValue(lead, rule))) {
                const qint64 p = priority(c, rule);
                if (!best || p < *best)
                    best = p;
                break; // a campaign's own best rule; later rules rank lower anyway
            }
        }
    }
    if (!best)
        return std::nullopt;
    return Match {*best % idFactor, Rule(*best / ruleFactor)};
}

std::optional<CampaignAttributor::Match> CampaignAttributor::attribute(
    Lead &lead, const QList<Campaign> &campaigns, const QTimeZone &zone)
{
    if (lead.campaignId)
        return std::nullopt;
    const std::optional<Match> found = match(lead, campaigns, zone);
    if (!found)
        return std::nullopt;
    for (const Campaign &c : campaigns) {
        if (c.id == found->campaignId) {
            lead.campaignId = c.id;
            lead.campaign = c.name;
        }
    }
    return found;
}

std::optional<CampaignAttributor::Match> CampaignAttributor::attributeNew(Lead &lead) const
{
    if (lead.campaignId)
        return std::nullopt;
    return attribute(lead, CampaignRepository(m_db).list(false), m_zone);
}

LeadEvent CampaignAttributor::attributionEvent(const Lead &arrived,
                                               const Lead &attributed,
                                               Rule rule,
                                               qint64 actorId,
                                               const QDateTime &at)
{
    LeadEvent event;
    event.leadId = attributed.id;
    event.at = at;
    event.actorId = actorId;
    event.kind = EventKind::Edited;
    event.comment = ruleComment(rule);
    event.changes = diffLeads(arrived, attributed);
    return event;
}

qint64 CampaignAttributor::lastEventId(Database &db)
{
    QSqlQuery q = Sql::exec(db.connection(), QStringLiteral("SELECT max(id) FROM lead_events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CampaignAttributor::attributeTouched(qint64 afterEventId,
                                            const User &actor,
                                            const QDateTime &now)
{
    const QList<Campaign> campaigns = CampaignRepository(m_db).list(false);
    if (campaigns.isEmpty())
        return 0;
    return attributeWhere(campaigns,
                          QStringLiteral("l.id IN (SELECT lead_id FROM lead_events WHERE id > ?)"),
                          {afterEventId},
                          actor,
                          now);
}

qint64 CampaignAttributor::attributeTo(const Campaign &campaign,
                                       const User &actor,
                                       const QDateTime &now)
{
    if (campaign.archived)
        return 0;
    return attributeWhere({campaign}, QStringLiteral("1 = 1"), {}, actor, now);
}

qint64 CampaignAttributor::attributeWhere(const QList<Campaign> &campaigns,
                                          const QString &scope,
                                          const QVariantList &binds,
                                          const User &actor,
                                          const QDateTime &now)
{
    Transaction transaction(m_db);
    const QSqlDatabase &c = m_db.connection();
    Sql::exec(c,
              QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS campaign_keys (rule BIGINT "
                             "NOT NULL, value TEXT NOT NULL, from_s BIGINT NOT NULL, to_s "
                             "BIGINT NOT NULL, priority BIGINT NOT NULL)"));
    Sql::exec(c,
              QStringLiteral("CREATE INDEX IF NOT EXISTS campaign_keys_value ON campaign_keys "
                             "(rule, value)"));
    Sql::exec(c,
              QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS campaign_picks (lead_id "
                             "BIGINT PRIMARY KEY, priority BIGINT NOT NULL, campaign_id BIGINT, "
                             "rule BIGINT, old_label TEXT)"));
    Sql::exec(c, QStringLiteral("DELETE FROM campaign_keys"));
    Sql::exec(c, QStringLiteral("DELETE FROM campaign_picks"));

    // The distinct values of the unattributed leads in scope (a handful of landings, codes and
    // utm values even among a million leads) are matched here, where the rules are; SQL then
    // joins the leads to the matching values and applies the dates.
    QSqlQuery insertKey = Sql::prepare(c,
                                       QStringLiteral("INSERT INTO campaign_keys (rule, value, "
                                                      "from_s, to_s, priority) VALUES "
                                                      "(?, ?, ?, ?, ?)"));
    QStringList unions;
    QVariantList unionBinds;
    for (Rule rule : allRules) {
        QList<const Campaign *> using_;
        for (const Campaign &campaign : campaigns) {
            if (!campaign.archived && usesRule(campaign, rule))
                using_.append(&campaign);
        }
        if (using_.isEmpty())
            continue;
        const QString column = QLatin1String(leadColumn(rule));
        QSqlQuery values = Sql::prepare(c,
                                        QStringLiteral("SELECT DISTINCT l.%1 FROM leads l "
                                                       "WHERE l.campaign_id IS NULL AND l.%1 "
                                                       "IS NOT NULL AND %2")
                                            .arg(column, scope));
        bindAll(values, binds);
        Sql::exec(values,
                  storageWhat(QT_TRANSLATE_NOOP("Storage",
                                                "read the values campaigns "
                                                "are matched by")));
        bool any = false;
        while (values.next()) {
            const QString value = values.value(0).toString();
            for (const Campaign *campaign : std::as_const(using_)) {
                if (!matches(*campaign, rule, value))
                    continue;
                const Window w = window(*campaign, m_zone);
                insertKey.addBindValue(qint64(rule));
                insertKey.addBindValue(value);
                insertKey.addBindValue(w.from);
                insertKey.addBindValue(w.to);
                insertKey.addBindValue(priority(*campaign, rule));
                Sql::exec(insertKey,
                          storageWhat(QT_TRANSLATE_NOOP("Storage",
                                                        "note a campaign "
                                                        "key")));
                any = true;
            }
        }
        if (!any)
            continue;
        // CROSS JOIN keeps the leads outside (SQLite): the keys are looked up per lead, never
        // the leads scanned per key.
        unions.append(QStringLiteral("SELECT l.id AS lead_id, k.priority AS priority FROM leads l "
                                     "CROSS JOIN campaign_keys k WHERE k.rule = %1 AND k.value = "
                                     "l.%2 AND l.campaign_id IS NULL AND l.received_at >= k.from_s "
                                     "AND l.received_at < k.to_s AND %3")
                          .arg(qint64(rule))
                          .arg(column, scope));
        unionBinds += binds;
    }
    if (unions.isEmpty())
        return 0; // the savepoint rolls back: nothing was written but the scratch tables

    QSqlQuery pick = Sql::prepare(c,
                                  QStringLiteral("INSERT INTO campaign_picks (lead_id, "
                                                 "priority) SELECT lead_id, min(priority) FROM "
                                                 "(%1) m GROUP BY lead_id")
                                      .arg(unions.join(QStringLiteral(" UNION ALL "))));
    bindAll(pick, unionBinds);
    Sql::exec(pick, storageWhat(QT_TRANSLATE_NOOP("Storage", "match leads to campaigns")));
    Sql::exec(c,
              QStringLiteral("UPDATE campaign_picks SET campaign_id = priority % %1, rule = "
                             "priority / %2, old_label = (SELECT campaign FROM leads WHERE "
                             "leads.id = campaign_picks.lead_id)")
                  .arg(idFactor)
                  .arg(ruleFactor));
    QSqlQuery counted = Sql::exec(c, QStringLiteral("SELECT count(*) FROM campaign_picks"));
    const qint64 count = counted.next() ? counted.value(0).toLongLong() : 0;
    if (count == 0)
        return 0;

    QSqlQuery events = Sql::prepare(
        c,
        QStringLiteral("INSERT INTO lead_events (lead_id, at, actor_id, kind, comment, changes) "
                       "SELECT p.lead_id, ?, ?, 'edited', CASE p.rule WHEN 1 THEN ? WHEN 2 THEN "
                       "? ELSE ? END, '{' || CASE WHEN p.old_label = c.name THEN '' ELSE "
                       "'\"campaign\":{\"from\":' || CASE WHEN p.old_label IS NULL THEN 'null' "
                       "ELSE '\"' || %1 || '\"' END || ',\"to\":\"' || %2 || '\"},' END || "
                       "'\"campaign_id\":{\"from\":null,\"to\":' || p.campaign_id || '}}' "
                       "FROM campaign_picks p JOIN campaigns c ON c.id = p.campaign_id")
            .arg(sqlJsonText(QStringLiteral("p.old_label")), sqlJsonText(QStringLiteral("c.name"))));
    events.addBindValue(Sql::fromTime(now));
    events.addBindValue(actor.id);
    for (Rule rule : allRules)
        events.addBindValue(ruleComment(rule));
    Sql::exec(events, storageWhat(QT_TRANSLATE_NOOP("Storage", "record the campaign attribution")));
    Sql::exec(c,
              QStringLiteral("UPDATE leads SET campaign_id = (SELECT p.campaign_id FROM "
                             "campaign_picks p WHERE p.lead_id = leads.id), campaign = (SELECT "
                             "c.name FROM campaign_picks p JOIN campaigns c ON c.id = "
                             "p.campaign_id WHERE p.lead_id = leads.id), version = version + 1 "
                             "WHERE id IN (SELECT lead_id FROM campaign_picks)"));
    Sql::exec(c, QStringLiteral("DELETE FROM campaign_picks"));
    transaction.commit();
    return count;
}

qint64 CampaignAttributor::relabel(const Campaign &campaign, const User &actor, const QDateTime &now)
{
    Transaction transaction(m_db);
    const QSqlDatabase &c = m_db.connection();
    const QString differs = QStringLiteral(
        "campaign_id = ? AND (campaign IS NULL OR campaign <> ?)");
    QSqlQuery events = Sql::prepare(
        c,
        QStringLiteral("INSERT INTO lead_events (lead_id, at, actor_id, kind, comment, changes) "
                       "SELECT id, ?, ?, 'edited', ?, '{\"campaign\":{\"from\":' || CASE WHEN "
                       "campaign IS NULL THEN 'null' ELSE '\"' || %1 || '\"' END || ',\"to\":' "
                       "|| ? || '}}' FROM leads WHERE %2")
            .arg(sqlJsonText(QStringLiteral("campaign")), differs));
    events.addBindValue(Sql::fromTime(now));
    events.addBindValue(actor.id);
    events.addBindValue(tr("The campaign was renamed in the registry"));
    events.addBindValue(jsonString(campaign.name));
    events.addBindValue(campaign.id);
    events.addBindValue(campaign.name);
    Sql::exec(events, storageWhat(QT_TRANSLATE_NOOP("Storage", "record the campaign rename")));
    QSqlQuery update = Sql::prepare(c,
                                    QStringLiteral("UPDATE leads SET campaign = ?, version = "
                                                   "version + 1 WHERE %1")
                                        .arg(differs));
    update.addBindValue(campaign.name);
    update.addBindValue(campaign.id);
    update.addBindValue(campaign.name);
    Sql::exec(update, storageWhat(QT_TRANSLATE_NOOP("Storage", "relabel the campaign's leads")));
    const qint64 count = update.numRowsAffected();
    transaction.commit();
    return count;
}

} // namespace LeadPact
