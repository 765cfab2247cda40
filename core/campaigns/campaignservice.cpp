// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignservice.h"

#include "campaignattributor.h"
#include "domain/error.h"
#include "service/clock.h"
#include "service/policyservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace LeadPact {

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

bool isDocumentAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty()
           && (!url.host().isEmpty() || url.isLocalFile() || !url.path().isEmpty());
}

Campaign normalized(Campaign c)
{
    c.name = c.name.simplified();
    c.promoCode = c.promoCode.trimmed();
    c.landingUrl = c.landingUrl.trimmed();
    c.utmCampaign = c.utmCampaign.trimmed();
    QStringList links;
    for (const QString &link : std::as_const(c.documentLinks)) {
        if (!link.trimmed().isEmpty())
            links.append(link.trimmed());
    }
    c.documentLinks = links;
    return c;
}

// The fields a log entry lists when they change, with their values as text.
QJsonObject changedFields(const Campaign &a, const Campaign &b)
{
    QJsonObject changes;
    const auto compare = [&](const char *field, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(QLatin1String(field),
                           QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    };
    compare("name", a.name, b.name);
    compare("goal", a.goal, b.goal);
    compare("audience", a.audience, b.audience);
    compare("announced_in", a.announcedIn, b.announcedIn);
    compare("promo_code", a.promoCode, b.promoCode);
    compare("promo_benefit", a.promoBenefit, b.promoBenefit);
    compare("landing_url", a.landingUrl, b.landingUrl);
    compare("utm_campaign", a.utmCampaign, b.utmCampaign);
    compare("starts_on", dateText(a.startsOn), dateText(b.startsOn));
    compare("ends_on", dateText(a.endsOn), dateText(b.endsOn));
    compare("activation_from", dateText(a.activationFrom), dateText(b.activationFrom));
    compare("activation_until", dateText(a.activationUntil), dateText(b.activationUntil));
    compare("technical_notes", a.technicalNotes, b.technicalNotes);
    compare("document_links",
            QJsonArray::fromStringList(a.documentLinks),
            QJsonArray::fromStringList(b.documentLinks));
    compare("owner_id",
            a.ownerId ? QJsonValue(*a.ownerId) : QJsonValue(),
            b.ownerId ? QJsonValue(*b.ownerId) : QJsonValue());
    compare("archived", a.archived, b.archived);
    return changes;
}

bool matchingChanged(const Campaign &a, const Campaign &b)
{
    return CampaignKeys::text(a.promoCode) != CampaignKeys::text(b.promoCode)
           || CampaignKeys::landing(a.landingUrl) != CampaignKeys::landing(b.landingUrl)
           || CampaignKeys::text(a.utmCampaign) != CampaignKeys::text(b.utmCampaign)
           || a.startsOn != b.startsOn || a.attributionEnd() != b.attributionEnd()
           || a.archived != b.archived;
}

} // namespace

CampaignService::CampaignService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_campaigns(db)
    , m_zone(PolicyService(db, clock).slaPolicy().calendar.timeZone())
{}

bool CampaignService::mayEdit(Role role)
{
    return role == Role::Marketing || role == Role::HeadOfSales || role == Role::Admin;
}

void CampaignService::requireEditor(const User &actor) const
{
    if (!actor.active || !mayEdit(actor.role)) {
        throw Error(Error::Kind::Permission,
                    tr("A user with the role \"%1\" may not edit the campaign registry (user %2); "
                       "marketing, the head of sales and admin may.")
                        .arg(roleTitle(actor.role), actor.login));
    }
}

QList<CampaignProblem> CampaignService::problems(const Campaign &entered) const
{
    const Campaign c = normalized(entered);
    QList<CampaignProblem> list;
    const auto add = [&](const char *field, const QString &message) {
        list.append({QLatin1String(field), message});
    };
    if (c.name.isEmpty()) {
        add("name",
            tr("The campaign needs its name exactly as in the official documents (field "
               "\"name\")."));
    } else if (const auto other = m_campaigns.findByName(c.name); other && other->id != c.id) {
        add("name",
            tr("The name \"%1\" is already used by another campaign (field \"name\").")
                .arg(other->name));
    }
    if (!c.promoCode.isEmpty()) {
        if (c.promoCode.contains(QRegularExpression(QStringLiteral("\\s")))) {
            add("promo_code",
                tr("The promo code \"%1\" contains spaces (field \"promo code\").").arg(c.promoCode));
        } else if (const auto other = m_campaigns.findByPromoCode(c.promoCode);
                   other && other->id != c.id) {
            add("promo_code",
                tr("The promo code \"%1\" is taken by \"%2\" (field \"promo code\").")
                    .arg(c.promoCode, other->name));
        }
    }
    if (!c.landingUrl.isEmpty() && !isWebAddress(c.landingUrl)) {
        add("landing_url",
            tr("\"%1\" is not a web address; give the landing link as "
               "https://… (field \"landing link\").")
                .arg(c.landingUrl));
    }
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn) {
        add("ends_on",
            tr("The campaign ends (%1) before it starts (%2) (field \"ends\").")
                .arg(dateText(c.endsOn), dateText(c.startsOn)));
    }
    if (!c.startsOn.isValid()
        && (c.endsOn.isValid() || c.activationFrom.isValid() || c.activationUntil.isValid())) {
        add("starts_on",
            tr("A campaign with an end or activation dates needs its start date "
               "(field \"starts\")."));
    }
    if (c.activationFrom.isValid() && c.startsOn.isValid() && c.activationFrom < c.startsOn) {
        add("activation_from",
            tr("Activation cannot begin (%1) before the campaign starts (%2) "
               "(field \"activation from\").")
                .arg(dateText(c.activationFrom), dateText(c.startsOn)));
    }
    if (c.activationFrom.isValid() && c.activationUntil.isValid()
        && c.activationUntil < c.activationFrom) {
        add("activation_until",
            tr("Activation ends (%1) before it begins (%2) (field "
               "\"activation until\").")
                .arg(dateText(c.activationUntil), dateText(c.activationFrom)));
    }
    for (int i = 0; i < c.documentLinks.size(); ++i) {
        if (!isDocumentAddress(c.documentLinks.at(i))) {
            add("document_links",
                tr("Document link %1 (\"%2\") is not an address (field "
                   "\"documents\").")
                    .arg(i + 1)
                    .arg(c.documentLinks.at(i)));
        }
    }
    if (c.ownerId) {
        const auto owner = UserRepository(m_db).findById(*c.ownerId);
        if (!owner || !owner->active) {
            add("owner", tr("The person responsible must be an active user (field \"owner\")."));
        }
    }
    return list;
}

void CampaignService::requireValid(const Campaign &campaign) const
{
    const QList<CampaignProblem> found = problems(campaign);
    if (found.isEmpty())
        return;
    QStringList messages;
    for (const CampaignProblem &problem : found)
        messages.append(problem.message);
    throw Error(Error::Kind::Validation, messages.join(QLatin1Char(' ')));
}

CampaignService::Saved CampaignService::create(Campaign campaign, const User &actor)
{
    requireEditor(actor);
    campaign = normalized(std::move(campaign));
    campaign.id = 0;
    Transaction transaction(m_db);
    requireValid(campaign);
    const QDateTime now = m_clock.now();
    campaign.createdAt = campaign.updatedAt = now;
    campaign.createdBy = campaign.updatedBy = actor.id;
    campaign.id = m_campaigns.insert(campaign);
    m_campaigns.appendLog({campaign.id,
                           now,
                           actor.id,
                           {},
                           QStringLiteral("created"),
                           changedFields(Campaign {}, campaign)});
    Saved saved;
    saved.attributed = attributeAndLog(campaign, actor, now);
    saved.campaign = *m_campaigns.find(campaign.id);
    transaction.commit();
    return saved;
}

CampaignService::Saved CampaignService::edit(Campaign campaign, const User &actor)
{
    requireEditor(actor);
    campaign = normalized(std::move(campaign));
    Transaction transaction(m_db);
    const Campaign before = this->campaign(campaign.id);
    requireValid(campaign);
    const QDateTime now = m_clock.now();
    campaign.createdAt = before.createdAt;
    campaign.createdBy = before.createdBy;
    campaign.updatedAt = now;
    campaign.updatedBy = actor.id;
    const QJsonObject changes = changedFields(before, campaign);
    Saved saved;
    if (changes.isEmpty()) {
        saved.campaign = before;
        return saved;
    }
    m_campaigns.update(campaign);
    m_campaigns.appendLog({campaign.id, now, actor.id, {}, QStringLiteral("edited"), changes});
    if (before.name != campaign.name)
        saved.relabelled = CampaignAttributor(m_db, m_zone).relabel(campaign, actor, now);
    if (matchingChanged(before, campaign))
        saved.attributed = attributeAndLog(campaign, actor, now);
    saved.campaign = *m_campaigns.find(campaign.id);
    transaction.commit();
    return saved;
}

Campaign CampaignService::setArchived(qint64 id, bool archived, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    Campaign c = campaign(id);
    if (c.archived == archived)
        return c;
    c.archived = archived;
    c.updatedAt = m_clock.now();
    c.updatedBy = actor.id;
    m_campaigns.update(c);
    m_campaigns.appendLog({id,
                           c.updatedAt,
                           actor.id,
                           {},
                           archived ? QStringLiteral("archived") : QStringLiteral("restored"),
                           {}});
    transaction.commit();
    return c;
}

qint64 CampaignService::attribute(qint64 id, const User &actor)
{
    requireEditor(actor);
    Transaction transaction(m_db);
    const qint64 count = attributeAndLog(campaign(id), actor, m_clock.now());
    transaction.commit();
    return count;
}

qint64 CampaignService::attributeAndLog(const Campaign &campaign,
                                        const User &actor,
                                        const QDateTime &now)
{
    const qint64 count = CampaignAttributor(m_db, m_zone).attributeTo(campaign, actor, now);
    if (count > 0) {
        m_campaigns.appendLog({campaign.id,
                               now,
                               actor.id,
                               {},
                               QStringLiteral("attributed"),
                               QJsonObject {{QStringLiteral("leads"), count}}});
    }
    return count;
}

Campaign CampaignService::campaign(qint64 id) const
{
    if (auto c = m_campaigns.find(id))
        return *c;
    throw Error(Error::Kind::NotFound, tr("There is no campaign with id %1.").arg(id));
}

std::optional<Campaign> CampaignService::findByName(const QString &name) const
{
    return m_campaigns.findByName(name);
}

QList<Campaign> CampaignService::list(bool includeArchived, bool withLeadCounts) const
{
    return m_campaigns.list(includeArchived, withLeadCounts);
}

QList<CampaignLogEntry> CampaignService::log(qint64 id) const
{
    return m_campaigns.log(id);
}

QList<CampaignAnnouncement> CampaignService::announcements() const
{
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    return CampaignSchedule::announcements(m_campaigns.list(false), today);
}

} // namespace LeadPact
