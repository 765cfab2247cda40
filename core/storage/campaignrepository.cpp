// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace LeadPact {

namespace {

const QString selectCampaigns = QStringLiteral(
    "SELECT c.id, c.name, c.goal, c.audience, c.announced_in, c.promo_code, c.promo_benefit, "
    "c.landing_url, c.utm_campaign, c.starts_on, c.ends_on, c.activation_from, "
    "c.activation_until, c.technical_notes, c.document_links, c.owner_id, "
    "coalesce(u.display_name, ''), c.archived, c.created_at, c.created_by, c.updated_at, "
    "c.updated_by FROM campaigns c LEFT JOIN users u ON u.id = c.owner_id");

Campaign readCampaign(const QSqlQuery &q)
{
    int i = 0;
    Campaign c;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.goal = q.value(i++).toString();
    c.audience = q.value(i++).toString();
    c.announcedIn = q.value(i++).toString();
    c.promoCode = q.value(i++).toString();
    c.promoBenefit = q.value(i++).toString();
    c.landingUrl = q.value(i++).toString();
    c.utmCampaign = q.value(i++).toString();
    c.startsOn = Sql::toDate(q.value(i++));
    c.endsOn = Sql::toDate(q.value(i++));
    c.activationFrom = Sql::toDate(q.value(i++));
    c.activationUntil = Sql::toDate(q.value(i++));
    c.technicalNotes = q.value(i++).toString();
    const QJsonArray links = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const QJsonValue &link : links)
        c.documentLinks.append(link.toString());
    c.ownerId = Sql::toId(q.value(i++));
    c.ownerName = q.value(i++).toString();
    c.archived = q.value(i++).toInt() != 0;
    c.createdAt = Sql::toTime(q.value(i++));
    c.createdBy = q.value(i++).toLongLong();
    c.updatedAt = Sql::toTime(q.value(i++));
    c.updatedBy = q.value(i++).toLongLong();
    return c;
}

// The values every write binds, in the order of `writeColumns`.
const QString writeColumns = QStringLiteral(
    "name, name_key, goal, audience, announced_in, promo_code, promo_key, promo_benefit, "
    "landing_url, utm_campaign, starts_on, ends_on, activation_from, activation_until, "
    "technical_notes, document_links, owner_id, archived, updated_at, updated_by");

void bindCampaign(QSqlQuery &q, const Campaign &c)
{
    const auto nonNull = [](const QString &text) {
        return text.isNull() ? QString(QLatin1String("")) : text;
    };
    q.addBindValue(c.name);
    q.addBindValue(CampaignKeys::text(c.name));
    q.addBindValue(nonNull(c.goal));
    q.addBindValue(nonNull(c.audience));
    q.addBindValue(nonNull(c.announcedIn));
    q.addBindValue(Sql::fromText(c.promoCode));
    q.addBindValue(Sql::fromText(CampaignKeys::text(c.promoCode)));
    q.addBindValue(nonNull(c.promoBenefit));
    q.addBindValue(Sql::fromText(c.landingUrl));
    q.addBindValue(Sql::fromText(c.utmCampaign));
    q.addBindValue(Sql::fromDate(c.startsOn));
    q.addBindValue(Sql::fromDate(c.endsOn));
    q.addBindValue(Sql::fromDate(c.activationFrom));
    q.addBindValue(Sql::fromDate(c.activationUntil));
    q.addBindValue(nonNull(c.technicalNotes));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.documentLinks)).toJson(QJsonDocument::Compact)));
    q.addBindValue(Sql::fromId(c.ownerId));
    q.addBindValue(c.archived ? 1 : 0);
    q.addBindValue(Sql::fromTime(c.updatedAt));
    q.addBindValue(c.updatedBy);
}

QString what(const char *text, const QString &name)
{
    return QCoreApplication::translate("Storage", text).arg(name);
}

} // namespace

CampaignRepository::CampaignRepository(Database &db)
    : m_db(db)
{}

qint64 CampaignRepository::insert(const Campaign &campaign)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("INSERT INTO campaigns (%1, created_at, created_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(writeColumns));
    bindCampaign(q, campaign);
    q.addBindValue(Sql::fromTime(campaign.createdAt));
    q.addBindValue(campaign.createdBy);
    Sql::exec(q, what(QT_TRANSLATE_NOOP("Storage", "add the campaign \"%1\""), campaign.name));
    return q.lastInsertId().toLongLong();
}

void CampaignRepository::update(const Campaign &campaign)
{
    QString sets = writeColumns;
    sets.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("UPDATE campaigns SET %1 = ? WHERE id = ?").arg(sets));
    bindCampaign(q, campaign);
    q.addBindValue(campaign.id);
    Sql::exec(q, what(QT_TRANSLATE_NOOP("Storage", "change the campaign \"%1\""), campaign.name));
}

void CampaignRepository::appendLog(const CampaignLogEntry &entry)
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral(
                                   "INSERT INTO campaign_log (campaign_id, at, actor_id, "
                                   "change, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(entry.campaignId);
    q.addBindValue(Sql::fromTime(entry.at));
    q.addBindValue(entry.actorId);
    q.addBindValue(entry.change);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    Sql::exec(q,
              QCoreApplication::translate("Storage", "record a change of campaign %1")
                  .arg(entry.campaignId));
}

std::optional<Campaign> CampaignRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               selectCampaigns + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    Sql::exec(q, QCoreApplication::translate("Storage", "read campaign %1").arg(id));
    return q.next() ? std::optional<Campaign>(readCampaign(q)) : std::nullopt;
}

std::optional<Campaign> CampaignRepository::findByName(const QString &name) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               selectCampaigns + QStringLiteral(" WHERE c.name_key = ?"));
    q.addBindValue(CampaignKeys::text(name));
    Sql::exec(q, what(QT_TRANSLATE_NOOP("Storage", "find the campaign \"%1\""), name));
    return q.next() ? std::optional<Campaign>(readCampaign(q)) : std::nullopt;
}

std::optional<Campaign> CampaignRepository::findByPromoCode(const QString &code) const
{
    const QString key = CampaignKeys::text(code);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               selectCampaigns + QStringLiteral(" WHERE c.promo_key = ?"));
    q.addBindValue(key);
    Sql::exec(q, what(QT_TRANSLATE_NOOP("Storage", "find the promo code \"%1\""), code));
    return q.next() ? std::optional<Campaign>(readCampaign(q)) : std::nullopt;
}

QList<Campaign> CampaignRepository::list(bool includeArchived, bool withLeadCounts) const
{
    QString sql = selectCampaigns;
    if (!includeArchived)
        sql += QStringLiteral(" WHERE c.archived = 0");
    sql += QStringLiteral(" ORDER BY c.name_key");
    QSqlQuery q = Sql::exec(m_db.connection(), sql);
    QList<Campaign> campaigns;
    while (q.next())
        campaigns.append(readCampaign(q));
    if (withLeadCounts && !campaigns.isEmpty()) {
        QSqlQuery counts = Sql::exec(m_db.connection(),
                                     QStringLiteral("SELECT campaign_id, count(*) FROM leads "
                                                    "WHERE campaign_id IS NOT NULL "
                                                    "GROUP BY campaign_id"));
        QHash<qint64, qint64> byId;
        while (counts.next())
            byId.insert(counts.value(0).toLongLong(), counts.value(1).toLongLong());
        for (Campaign &c : campaigns)
            c.attributedLeads = byId.value(c.id);
    }
    return campaigns;
}

QList<CampaignLogEntry> CampaignRepository::log(qint64 campaignId) const
{
    QSqlQuery q = Sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT l.campaign_id, l.at, l.actor_id, "
                                              "coalesce(u.login, ''), l.change, l.detail FROM "
                                              "campaign_log l LEFT JOIN users u ON u.id = "
                                              "l.actor_id WHERE l.campaign_id = ? ORDER BY l.id"));
    q.addBindValue(campaignId);
    Sql::exec(q,
              QCoreApplication::translate("Storage", "read the log of campaign %1").arg(campaignId));
    QList<CampaignLogEntry> entries;
    while (q.next()) {
        CampaignLogEntry e;
        e.campaignId = q.value(0).toLongLong();
        e.at = Sql::toTime(q.value(1));
        e.actorId = q.value(2).toLongLong();
        e.actorLogin = q.value(3).toString();
        e.change = q.value(4).toString();
        e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}

} // namespace LeadPact
