// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign registry: validation naming the field, permissions, uniqueness, the attribution
// rules (each with a lead that matches and one that must not), attribution when a lead is
// received, imported or the registry changes, relabelling on rename, the launch announcements
// and the migration of a version 13 database.
#include "campaigns/campaignattributor.h"
#include "campaigns/campaignschedule.h"
#include "campaigns/campaignservice.h"
#include "clirunner.h"
#include "coretesthelpers.h"
#include "import/leadimporter.h"
#include "importfixture.h"
#include "leadbuilder.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/migrations.h"
#include "storage/sqlvalues.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

const QTimeZone moscow("Europe/Moscow");

Campaign spring()
{
    Campaign c;
    c.name = u"Весенняя распродажа 2026"_s;
    c.goal = u"Продать годовые тарифы"_s;
    c.promoCode = u"SPRING26"_s;
    c.promoBenefit = u"Скидка 20% на год"_s;
    c.landingUrl = u"https://www.shop.example.ru/lp/spring/"_s;
    c.utmCampaign = u"spring_sale"_s;
    return c;
}

Lead leadWith(const QString &promo,
              const QString &landing,
              const QString &utm,
              const QDateTime &at = QDateTime(QDate(2026, 11, 23), QTime(9, 55), Qt::UTC))
{
    Lead lead = Test::incomingLead();
    lead.promoCode = promo;
    lead.landingPage = landing;
    lead.utmCampaign = utm;
    lead.receivedAt = at;
    return lead;
}

QStringList fields(const QList<CampaignProblem> &problems)
{
    QStringList list;
    for (const CampaignProblem &p : problems)
        list.append(p.field);
    return list;
}

QList<LeadEvent> editedEvents(TempDatabase &fx, qint64 leadId)
{
    QList<LeadEvent> edited;
    for (const LeadEvent &e : EventRepository(fx.db()).forLead(leadId)) {
        if (e.kind == EventKind::Edited)
            edited.append(e);
    }
    return edited;
}

qint64 insertRaw(TempDatabase &fx, Lead lead)
{
    return LeadRepository(fx.db()).insert(LeadService(fx.db(), fx.clock()).prepareNew(lead));
}

} // namespace

TEST_CASE("landing addresses compare without scheme, www, query, fragment and trailing slash",
          "[campaigns]")
{
    const QString url = u"https://www.Shop.example.ru/lp/spring/"_s;
    CHECK(CampaignKeys::landing(url) == u"shop.example.ru/lp/spring"_s);
    CHECK(CampaignKeys::landingMatches(url, u"http://shop.example.ru/lp/spring"_s));
    CHECK(CampaignKeys::landingMatches(url, u"SHOP.EXAMPLE.RU/lp/spring?utm_source=vk#form"_s));
    CHECK(CampaignKeys::landingMatches(url, u"/lp/spring/"_s)); // a bare path, as forms give
    CHECK_FALSE(CampaignKeys::landingMatches(url, u"https://shop.example.ru/lp/Spring"_s));
    CHECK_FALSE(CampaignKeys::landingMatches(url, u"https://other.ru/lp/spring"_s));
    CHECK_FALSE(CampaignKeys::landingMatches(url, u"https://shop.example.ru/lp/spring2"_s));
    CHECK_FALSE(CampaignKeys::landingMatches(url, u"/lp"_s));
    CHECK(CampaignKeys::text(u"  Spring26 "_s) == CampaignKeys::text(u"SPRING26"_s));
}

TEST_CASE("validation names the field of each problem", "[campaigns]")
{
    TempDatabase fx;
    CampaignService service(fx.db(), fx.clock());
    CHECK(service.problems(spring()).isEmpty());

    Campaign c = spring();
    c.name = u"   "_s;
    c.startsOn = QDate(2026, 12, 1);
    c.endsOn = QDate(2026, 11, 30);
    c.activationFrom = QDate(2026, 11, 29);
    c.activationUntil = QDate(2026, 11, 28);
    c.landingUrl = u"shop lp"_s;
    c.documentLinks = {u"https://wiki.example.ru/spring"_s, u"::nope"_s};
    const QList<CampaignProblem> problems = service.problems(c);
    CHECK(fields(problems)
          == QStringList {u"name"_s,
                          u"landing_url"_s,
                          u"ends_on"_s,
                          u"activation_from"_s,
                          u"activation_until"_s,
                          u"document_links"_s});
    CHECK(problems.at(0).message.contains(u"official documents"_s));
    CHECK(problems.at(2).message.contains(u"2026-11-30"_s));
    CHECK(problems.at(2).message.contains(u"before it starts"_s));
    CHECK(problems.at(5).message.contains(u"Document link 2"_s));

    const auto error = caughtError([&] { service.create(c, fx.marketing); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Validation);
    CHECK(error->message().contains(u"field \"name\""_s));
    CHECK(service.list().isEmpty()); // nothing half-written

    Campaign noStart = spring();
    noStart.endsOn = QDate(2026, 12, 1);
    CHECK(fields(service.problems(noStart)) == QStringList {u"starts_on"_s});
}

TEST_CASE("marketing, the head of sales and admin edit the registry; managers only read",
          "[campaigns]")
{
    TempDatabase fx;
    CampaignService service(fx.db(), fx.clock());
    const auto refused = caughtError([&] { service.create(spring(), fx.manager); });
    REQUIRE(refused);
    CHECK(refused->kind() == Error::Kind::Permission);
    CHECK(refused->message().contains(u"anna"_s));

    const Campaign created = service.create(spring(), fx.marketing).campaign;
    CHECK(created.id > 0);
    CHECK(created.createdBy == fx.marketing.id);
    Campaign renamed = created;
    renamed.goal = u"Другая цель"_s;
    CHECK(caughtError([&] { service.edit(renamed, fx.manager); })->kind()
          == Error::Kind::Permission);
    CHECK_NOTHROW(service.edit(renamed, fx.head));
    CHECK(caughtError([&] { service.setArchived(created.id, true, fx.otherManager); })->kind()
          == Error::Kind::Permission);
    CHECK(service.setArchived(created.id, true, fx.admin).archived);
    CHECK(service.list(false).isEmpty());
    CHECK(service.list(true).size() == 1); // managers read the whole registry

    const QList<CampaignLogEntry> log = service.log(created.id);
    REQUIRE(log.size() == 3);
    CHECK(log.at(0).change == u"created"_s);
    CHECK(log.at(1).change == u"edited"_s);
    CHECK(log.at(1).actorLogin == u"rop"_s);
    CHECK(log.at(1).detail.value(u"goal"_s).toObject().value(u"to"_s).toString()
          == u"Другая цель"_s);
    CHECK(log.at(2).change == u"archived"_s);
    CHECK(log.at(2).actorLogin == u"admin"_s);
}

TEST_CASE("names and promo codes are unique, case-insensitively", "[campaigns]")
{
    TempDatabase fx;
    CampaignService service(fx.db(), fx.clock());
    service.create(spring(), fx.marketing);

    Campaign other;
    other.name = u"Осенний вебинар"_s;
    other.promoCode = u" spring26 "_s;
    const auto taken = caughtError([&] { service.create(other, fx.marketing); });
    REQUIRE(taken);
    CHECK(taken->message().contains(u"is taken by \"Весенняя распродажа 2026\""_s));
    CHECK(fields(service.problems(other)) == QStringList {u"promo_code"_s});

    other.promoCode = u"AUTUMN"_s;
    other.name = u"ВЕСЕННЯЯ РАСПРОДАЖА 2026"_s; // Cyrillic case folding, not SQL's ASCII lower()
    CHECK(fields(service.problems(other)) == QStringList {u"name"_s});
    other.name = u"Осенний вебинар"_s;
    const Campaign autumn = service.create(other, fx.marketing).campaign;
    // Editing a campaign keeps its own code and name without a clash.
    Campaign same = autumn;
    same.promoCode = u"autumn"_s;
    CHECK(service.problems(same).isEmpty());
    // Two campaigns without a promo code do not clash.
    Campaign third;
    third.name = u"Без промокода"_s;
    Campaign fourth;
    fourth.name = u"Тоже без промокода"_s;
    CHECK_NOTHROW(service.create(third, fx.marketing));
    CHECK_NOTHROW(service.create(fourth, fx.marketing));
}

TEST_CASE("attribution rules: promo code, then landing, then utm; each must really match",
          "[campaigns][attribution]")
{
    Campaign byAll = spring();
    byAll.id = 1;
    const QList<Campaign> registry {byAll};
    using Rule = CampaignAttributor::Rule;

    const auto rule = [&](const Lead &lead) -> std::optional<Rule> {
        const auto m = CampaignAttributor::match(lead, registry, moscow);
        return m ? std::optional<Rule>(m->rule) : std::nullopt;
    };
    CHECK(rule(leadWith(u" spring26"_s, {}, {})) == Rule::PromoCode);
    CHECK(rule(leadWith(u"SPRING25"_s, {}, {})) == std::nullopt);
    CHECK(rule(leadWith({}, u"http://shop.example.ru/lp/spring?x=1"_s, {})) == Rule::LandingPage);
    CHECK(rule(leadWith({}, u"https://shop.example.ru/lp/summer"_s, {})) == std::nullopt);
    CHECK(rule(leadWith({}, {}, u"Spring_Sale"_s)) == Rule::UtmCampaign);
    CHECK(rule(leadWith({}, {}, u"spring_sale_2"_s)) == std::nullopt);
    CHECK(rule(leadWith(u"SPRING26"_s, u"/lp/spring"_s, u"spring_sale"_s)) == Rule::PromoCode);
    CHECK(rule(leadWith(u"OTHER"_s, u"/lp/spring"_s, u"spring_sale"_s)) == Rule::LandingPage);

    // An archived campaign takes no leads.
    Campaign archived = byAll;
    archived.archived = true;
    CHECK_FALSE(CampaignAttributor::match(leadWith(u"SPRING26"_s, {}, {}), {archived}, moscow));
}

TEST_CASE("a dated campaign takes leads from its start to the end of activation, team time",
          "[campaigns][attribution]")
{
    Campaign c = spring();
    c.id = 7;
    c.startsOn = QDate(2026, 11, 20);
    c.endsOn = QDate(2026, 11, 22);
    c.activationUntil = QDate(2026, 11, 25);
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
    };
    const auto matched = [&](const QDateTime &when) {
        return CampaignAttributor::match(leadWith(u"SPRING26"_s, {}, {}, when), {c}, moscow)
            .has_value();
    };
    // Moscow is UTC+3: the 20th begins at 21:00 UTC on the 19th.
    CHECK_FALSE(matched(at(19, 20, 59)));
    CHECK(matched(at(19, 21, 0)));
    CHECK(matched(at(23, 9, 55)));  // after the campaign's end, within activation
    CHECK(matched(at(25, 20, 59))); // 23:59 in Moscow on the last activation day
    CHECK_FALSE(matched(at(25, 21, 0)));
    // Without activation the campaign's own end bounds it.
    c.activationUntil = {};
    CHECK_FALSE(matched(at(23, 9, 55)));
    CHECK(matched(at(22, 20, 59)));
}

TEST_CASE("ties: the same rule picks the campaign started last, dated before undated, then "
          "the older entry",
          "[campaigns][attribution]")
{
    Campaign older;
    older.id = 1;
    older.name = u"Старт в сентябре"_s;
    older.utmCampaign = u"sale"_s;
    older.startsOn = QDate(2026, 9, 1);
    Campaign newer = older;
    newer.id = 2;
    newer.name = u"Старт в ноябре"_s;
    newer.startsOn = QDate(2026, 11, 1);
    Campaign undated = older;
    undated.id = 3;
    undated.name = u"Без дат"_s;
    undated.startsOn = {};
    const Lead lead = leadWith({}, {}, u"sale"_s);
    CHECK(CampaignAttributor::match(lead, {older, newer, undated}, moscow)->campaignId == 2);
    CHECK(CampaignAttributor::match(lead, {undated, older}, moscow)->campaignId == 1);
    Campaign twin = undated;
    twin.id = 4;
    CHECK(CampaignAttributor::match(lead, {twin, undated}, moscow)->campaignId == 3);
    // A better rule beats a later start: a promo code match wins over any utm match.
    Campaign byPromo = older;
    byPromo.id = 5;
    byPromo.utmCampaign.clear();
    byPromo.promoCode = u"OLD"_s;
    byPromo.startsOn = QDate(2026, 1, 1);
    Lead both = lead;
    both.promoCode = u"old"_s;
    CHECK(CampaignAttributor::match(both, {newer, byPromo}, moscow)->campaignId == 5);
}

TEST_CASE("a received lead is attributed with an event naming the rule", "[campaigns][attribution]")
{
    TempDatabase fx;
    CampaignService campaigns(fx.db(), fx.clock());
    const Campaign c = campaigns.create(spring(), fx.marketing).campaign;
    LeadService leads(fx.db(), fx.clock());

    Lead lead = leadWith(u"spring26"_s, {}, {});
    lead.campaign = u"весна"_s; // a free-text label from the form
    const Lead stored = leads.receive(lead, fx.manager);
    CHECK(stored.campaignId == c.id);
    CHECK(stored.campaign == c.name);
    const Lead read = LeadRepository(fx.db()).get(stored.id);
    CHECK(read.campaignId == c.id);
    CHECK(read.campaign == c.name);
    CHECK(read.promoCode == u"spring26"_s);
    const QList<LeadEvent> edited = editedEvents(fx, stored.id);
    REQUIRE(edited.size() == 1);
    CHECK(edited.at(0).actorId == fx.manager.id);
    CHECK(edited.at(0).at == fx.clock().now());
    CHECK(edited.at(0).comment.contains(u"promo code"_s));
    CHECK(edited.at(0).changes.value(u"campaign"_s).toObject().value(u"from"_s).toString()
          == u"весна"_s);

    const Lead plain = leads.receive(leadWith(u"NOPE"_s, u"/lp/other"_s, u"x"_s), fx.manager);
    CHECK_FALSE(plain.campaignId);
    CHECK(editedEvents(fx, plain.id).isEmpty());
}

TEST_CASE("adding a campaign attributes the unattributed leads it matches, set-based",
          "[campaigns][attribution]")
{
    TempDatabase fx;
    CampaignService campaigns(fx.db(), fx.clock());
    Campaign first;
    first.name = u"Первая"_s;
    first.utmCampaign = u"spring_sale"_s;
    const Campaign taken = campaigns.create(first, fx.marketing).campaign;

    const qint64 byUtm = insertRaw(fx, leadWith({}, {}, u"spring_sale"_s)); // unattributed yet
    Lead already = leadWith({}, {}, u"spring_sale"_s);
    already.campaignId = taken.id;
    already.campaign = taken.name;
    const qint64 kept = insertRaw(fx, already);
    const qint64 byLanding = insertRaw(fx, leadWith({}, u"/lp/spring"_s, {}));
    const qint64 byPromo = insertRaw(fx, leadWith(u"Spring26"_s, {}, {}));
    const qint64 none = insertRaw(fx, leadWith(u"other"_s, u"/lp/autumn"_s, u"autumn"_s));
    Lead tooEarly = leadWith(u"SPRING26"_s, {}, {});
    tooEarly.receivedAt = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    const qint64 early = insertRaw(fx, tooEarly);

    Campaign c = spring();
    c.startsOn = QDate(2026, 11, 1);
    const CampaignService::Saved saved = campaigns.create(c, fx.marketing);
    CHECK(saved.attributed == 3);
    LeadRepository repo(fx.db());
    for (const qint64 id : {byUtm, byLanding, byPromo}) {
        const Lead l = repo.get(id);
        CHECK(l.campaignId == saved.campaign.id);
        CHECK(l.campaign == saved.campaign.name);
        CHECK(l.version == 1);
        const QList<LeadEvent> edited = editedEvents(fx, id);
        REQUIRE(edited.size() == 1);
        CHECK(edited.at(0).actorId == fx.marketing.id);
        CHECK(edited.at(0).changes.value(u"campaign_id"_s).toObject().value(u"to"_s).toInteger()
              == saved.campaign.id);
        CHECK(edited.at(0).changes.value(u"campaign"_s).toObject().value(u"to"_s).toString()
              == saved.campaign.name);
    }
    CHECK(editedEvents(fx, byLanding).at(0).comment.contains(u"landing page"_s));
    CHECK(editedEvents(fx, byUtm).at(0).comment.contains(u"utm_campaign"_s));
    CHECK(repo.get(kept).campaignId == taken.id); // attribution never moves a lead
    CHECK_FALSE(repo.get(none).campaignId);
    CHECK_FALSE(repo.get(early).campaignId);
    for (const Campaign &listed : campaigns.list(true, true))
        CHECK(listed.attributedLeads == (listed.id == saved.campaign.id ? 3 : 1));

    // Widening the dates takes the early lead; nothing else changes.
    Campaign wider = saved.campaign;
    wider.startsOn = QDate(2026, 9, 1);
    CHECK(campaigns.edit(wider, fx.marketing).attributed == 1);
    CHECK(repo.get(early).campaignId == saved.campaign.id);
    CHECK(campaigns.attribute(saved.campaign.id, fx.head) == 0);

    // The registry's log says how many leads each change took (nothing logged for none).
    const QList<CampaignLogEntry> log = campaigns.log(saved.campaign.id);
    REQUIRE(log.size() == 4);
    CHECK(log.at(0).change == u"created"_s);
    CHECK(log.at(1).change == u"attributed"_s);
    CHECK(log.at(1).detail.value(u"leads"_s).toInteger() == 3);
    CHECK(log.at(2).change == u"edited"_s);
    CHECK(log.at(3).change == u"attributed"_s);
    CHECK(log.at(3).detail.value(u"leads"_s).toInteger() == 1);
    CHECK(log.at(3).actorLogin == u"mark"_s);
}

TEST_CASE("a cancelled save leaves neither the campaign nor any attribution",
          "[campaigns][attribution]")
{
    TempDatabase fx;
    const qint64 lead = insertRaw(fx, leadWith(u"SPRING26"_s, {}, {}));
    std::atomic_bool cancel {true};
    REQUIRE(fx.db().setCancelFlag(&cancel));
    CampaignService campaigns(fx.db(), fx.clock());
    const auto stopped = caughtError([&] { campaigns.create(spring(), fx.marketing); });
    REQUIRE(stopped);
    CHECK(stopped->kind() == Error::Kind::Storage);

    REQUIRE(fx.db().setCancelFlag(nullptr));
    CHECK(campaigns.list().isEmpty());
    CHECK_FALSE(LeadRepository(fx.db()).get(lead).campaignId);
    CHECK(editedEvents(fx, lead).isEmpty());
    // Nothing half-done is in the way: the same campaign saves now, and takes the lead.
    CHECK(campaigns.create(spring(), fx.marketing).attributed == 1);
}

TEST_CASE("renaming a campaign relabels its leads with events", "[campaigns][attribution]")
{
    TempDatabase fx;
    CampaignService campaigns(fx.db(), fx.clock());
    const qint64 a = insertRaw(fx, leadWith(u"SPRING26"_s, {}, {}));
    const qint64 b = insertRaw(fx, leadWith({}, {}, u"spring_sale"_s));
    const qint64 other = insertRaw(fx, leadWith({}, {}, u"autumn"_s));
    const Campaign c = campaigns.create(spring(), fx.marketing).campaign;

    Campaign renamed = c;
    renamed.name = u"Весна \"2026\" \\ финал"_s; // quotes and a backslash survive the JSON
    fx.clock().advanceSecs(60);
    const CampaignService::Saved saved = campaigns.edit(renamed, fx.head);
    CHECK(saved.relabelled == 2);
    CHECK(saved.attributed == 0);
    LeadRepository repo(fx.db());
    CHECK(repo.get(a).campaign == renamed.name);
    CHECK(repo.get(b).campaign == renamed.name);
    CHECK(repo.get(a).version == 2);
    CHECK(repo.get(other).campaign.isEmpty());
    const QList<LeadEvent> events = editedEvents(fx, a);
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).actorId == fx.head.id);
    CHECK(events.at(1).at == fx.clock().now());
    const QJsonObject change = events.at(1).changes.value(u"campaign"_s).toObject();
    CHECK(change.value(u"from"_s).toString() == c.name);
    CHECK(change.value(u"to"_s).toString() == renamed.name);
    // The dashboard's filter keys on the label: it finds the leads under the new name.
    LeadFilter filter;
    filter.campaign = renamed.name;
    CHECK(repo.count(filter) == 2);
}

TEST_CASE("an import attributes the rows it wrote in one pass, with events", "[campaigns][import]")
{
    TempDatabase fx;
    CampaignService campaigns(fx.db(), fx.clock());
    const Campaign c = campaigns.create(spring(), fx.marketing).campaign;
    const qint64 before = insertRaw(fx, leadWith({}, {}, u"spring_sale"_s)); // not the import's

    ImportMapping mapping = Test::siteFormMapping();
    mapping.columns.append({u"promo"_s, ImportField::PromoCode});
    mapping.columns.append({u"landing"_s, ImportField::LandingPage});
    const QString path = Test::writeTestFile(
        fx,
        u"promo.csv"_s,
        "id;received;name;phone;source;promo;landing\n"
        "P-1;23.11.2026 09:15;Мария;8 (912) 345-67-89;seo;spring26;\n"
        "P-2;23.11.2026 09:20;Иван;+7 912 000-11-22;context;;https://shop.example.ru/lp/spring\n"
        "P-3;23.11.2026 09:25;Ольга;89123330000;seo;NONE;/lp/autumn\n"_ba);
    const ImportResult result
        = LeadImporter(fx.db(), fx.clock()).import(path, mapping, {}, fx.marketing, {});
    REQUIRE(result.committed);
    CHECK(result.inserted == 3);
    CHECK(result.rejected == 0);
    CHECK(result.attributed == 2); // P-1 by its promo code, P-2 by its landing page
    CHECK(result.toJson().value(u"attributed"_s).toInteger() == 2);
    LeadRepository repo(fx.db());
    const Lead p1 = *repo.findByExternalId(u"P-1"_s);
    const Lead p2 = *repo.findByExternalId(u"P-2"_s);
    const Lead p3 = *repo.findByExternalId(u"P-3"_s);
    CHECK(p1.promoCode == u"spring26"_s);
    CHECK(p1.campaignId == c.id);
    CHECK(p2.campaignId == c.id);
    CHECK(p2.campaign == c.name);
    CHECK_FALSE(p3.campaignId);
    CHECK(p3.promoCode == u"NONE"_s);
    REQUIRE(editedEvents(fx, p1.id).size() == 1);
    CHECK(editedEvents(fx, p1.id).at(0).comment.contains(u"promo code"_s));
    REQUIRE(editedEvents(fx, p2.id).size() == 1);
    CHECK(editedEvents(fx, p2.id).at(0).comment.contains(u"landing page"_s));
    CHECK_FALSE(repo.get(before).campaignId); // outside the import: left to the registry

    // A dry run counts what it would attribute, and stores nothing.
    ImportOptions dry;
    dry.dryRun = true;
    const QString again = Test::writeTestFile(fx,
                                              u"dry.csv"_s,
                                              "id;received;name;phone;source;promo;landing\n"
                                              "P-9;23.11.2026 09:15;Мария;89120001111;seo;"
                                              "SPRING26;\n"_ba);
    const ImportResult dryResult
        = LeadImporter(fx.db(), fx.clock()).import(again, mapping, dry, fx.marketing, {});
    CHECK_FALSE(dryResult.committed);
    CHECK(dryResult.attributed == 1); // what the import would attribute
    CHECK_FALSE(repo.findByExternalId(u"P-9"_s));
}

TEST_CASE("launch announcements: starting within three days or started within two",
          "[campaigns][schedule]")
{
    const QDate today(2026, 11, 23);
    const auto starting = [](const char *name, QDate start) {
        Campaign c;
        c.name = QString::fromUtf8(name);
        c.startsOn = start;
        return c;
    };
    Campaign over = starting("over", today.addDays(-1));
    over.endsOn = today.addDays(-1);
    Campaign archived = starting("archived", today.addDays(1));
    archived.archived = true;
    const QList<CampaignAnnouncement> list
        = CampaignSchedule::announcements({starting("in4", today.addDays(4)),
                                           starting("in3", today.addDays(3)),
                                           starting("today", today),
                                           starting("ago2", today.addDays(-2)),
                                           starting("ago3", today.addDays(-3)),
                                           over,
                                           archived,
                                           Campaign {}},
                                          today);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).campaign.name == u"ago2"_s);
    CHECK(list.at(0).kind == CampaignAnnouncement::Kind::JustStarted);
    CHECK(list.at(0).days == 2);
    CHECK(list.at(1).kind == CampaignAnnouncement::Kind::StartsToday);
    CHECK(list.at(2).campaign.name == u"in3"_s);
    CHECK(list.at(2).kind == CampaignAnnouncement::Kind::Upcoming);
    CHECK(list.at(2).days == 3);
    CHECK(CampaignSchedule::text(list.at(2)).contains(u"in3"_s));
    CHECK(CampaignSchedule::isUpcoming(starting("x", today.addDays(2)), today));
    CHECK_FALSE(CampaignSchedule::isUpcoming(starting("x", today.addDays(4)), today));
}

TEST_CASE("migrating a version 13 database keeps its leads, unattributed", "[campaigns][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v13.sqlite"_s);
    auto db = Database::openSqlite(path);
    Migrations::migrate(*db, 13);
    REQUIRE(Migrations::currentVersion(*db) == 13);
    Sql::exec(db->connection(),
              u"INSERT INTO leads (received_at, name, channel, campaign, utm_campaign, "
              "status_changed_at) VALUES (1795000000, 'Old lead', 'seo', 'spring_sale', "
              "'spring_sale', 1795000000)"_s);
    const Migrations::Result result = Migrations::migrate(*db);
    CHECK(result.fromVersion == 13);
    CHECK(result.toVersion == Migrations::latestVersion());
    CHECK_FALSE(result.backupPath.isEmpty());
    QFile::remove(result.backupPath);
    const Lead old = LeadRepository(*db).get(1);
    CHECK(old.name == u"Old lead"_s);
    CHECK(old.campaign == u"spring_sale"_s);
    CHECK_FALSE(old.campaignId);
    CHECK(old.promoCode.isEmpty());
    // The log is append-only.
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    Sql::exec(db->connection(),
              u"INSERT INTO users (login, display_name, role) VALUES "
              "('mark', 'Mark', 'marketing')"_s);
    User mark {2, u"mark"_s, u"Mark"_s, Role::Marketing, true};
    const CampaignService::Saved saved = CampaignService(*db, clock).create(spring(), mark);
    CHECK(saved.attributed == 1);
    CHECK(LeadRepository(*db).get(1).campaignId == saved.campaign.id);
    QSqlQuery update(db->connection());
    CHECK_FALSE(update.exec(u"UPDATE campaign_log SET change = 'edited'"_s));
}

TEST_CASE("cli: campaign add, edit, list, show and attribute round trip with --json",
          "[campaigns][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli.sqlite"_s);
    REQUIRE(Test::runCli(db, {u"init"_s}).exitCode == 0);
    REQUIRE(
        Test::runCli(
            db,
            {u"users"_s, u"add"_s, u"mark"_s, u"--role"_s, u"marketing"_s, u"--as"_s, u"system"_s})
            .exitCode
        == 0);
    REQUIRE(
        Test::runCli(
            db, {u"users"_s, u"add"_s, u"anna"_s, u"--role"_s, u"manager"_s, u"--as"_s, u"system"_s})
            .exitCode
        == 0);
    const auto json = [](const Test::CliRun &run) {
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8());
    };
    const QJsonObject added = json(Test::runCli(db, {u"campaign"_s,  u"add"_s,
                                                     u"--name"_s,    u"Весна 2026"_s,
                                                     u"--promo"_s,   u"SPRING"_s,
                                                     u"--benefit"_s, u"−20%"_s,
                                                     u"--starts"_s,  u"2026-03-01"_s,
                                                     u"--ends"_s,    u"2026-03-31"_s,
                                                     u"--doc"_s,     u"https://wiki/a"_s,
                                                     u"--doc"_s,     u"https://wiki/b"_s,
                                                     u"--owner"_s,   u"mark"_s,
                                                     u"--as"_s,      u"mark"_s,
                                                     u"--json"_s}))
                                  .object();
    const qint64 id = added.value(u"id"_s).toInteger();
    CHECK(id > 0);
    CHECK(added.value(u"promo_code"_s).toString() == u"SPRING"_s);
    CHECK(added.value(u"document_links"_s).toArray().size() == 2);
    CHECK(added.value(u"owner"_s).toString() == u"mark"_s);
    CHECK(added.value(u"attributed"_s).toInteger() == 0);

    const Test::CliRun refused
        = Test::runCli(db, {u"campaign"_s, u"add"_s, u"--name"_s, u"X"_s, u"--as"_s, u"anna"_s});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(u"may not edit the campaign registry"_s));
    const Test::CliRun badDates = Test::runCli(db,
                                               {u"campaign"_s,
                                                u"edit"_s,
                                                u"Весна 2026"_s,
                                                u"--ends"_s,
                                                u"2026-02-01"_s,
                                                u"--as"_s,
                                                u"mark"_s});
    CHECK(badDates.exitCode != 0);
    CHECK(badDates.err.contains(u"field \"ends\""_s));

    const QJsonObject edited = json(Test::runCli(db,
                                                 {u"campaign"_s,
                                                  u"edit"_s,
                                                  u"Весна 2026"_s,
                                                  u"--goal"_s,
                                                  u"Годовые тарифы"_s,
                                                  u"--as"_s,
                                                  u"mark"_s,
                                                  u"--json"_s}))
                                   .object();
    CHECK(edited.value(u"goal"_s).toString() == u"Годовые тарифы"_s);
    CHECK(edited.value(u"promo_code"_s).toString() == u"SPRING"_s); // untouched options stay

    const QJsonArray list = json(Test::runCli(db, {u"campaign"_s, u"list"_s, u"--json"_s})).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(u"name"_s).toString() == u"Весна 2026"_s);

    const QJsonObject shown
        = json(Test::runCli(db, {u"campaign"_s, u"show"_s, QString::number(id)})).object();
    CHECK(shown.value(u"starts_on"_s).toString() == u"2026-03-01"_s);
    const QJsonArray log = shown.value(u"log"_s).toArray();
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).toObject().value(u"change"_s).toString() == u"edited"_s);
    CHECK(log.at(1).toObject().value(u"by"_s).toString() == u"mark"_s);

    const QJsonObject attributed = json(Test::runCli(db,
                                                     {u"campaign"_s,
                                                      u"attribute"_s,
                                                      u"Весна 2026"_s,
                                                      u"--as"_s,
                                                      u"mark"_s,
                                                      u"--json"_s}))
                                       .object();
    CHECK(attributed.value(u"attributed"_s).toInteger() == 0);
}
