// SPDX-License-Identifier: GPL-3.0-or-later
// Searching leads by name in any case, by phone in any format; deep pages; channel list.
#include "domain/leadsearch.h"
#include "domain/phonenumber.h"
#include "qtstringmaker.h"
#include "service/leadservice.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

Lead make(const char *name, const char *phone, const char *company, const char *email,
          const char *channel)
{
    Lead lead;
    lead.name = QString::fromUtf8(name);
    lead.phoneRaw = QString::fromUtf8(phone);
    lead.company = QString::fromUtf8(company);
    lead.email = QString::fromUtf8(email);
    lead.channel = QString::fromUtf8(channel);
    lead.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    return lead;
}

QStringList namesFound(Database &db, const QString &search, LeadFilter filter = {})
{
    filter.search = search;
    QStringList names;
    for (const Lead &lead : LeadRepository(db).list(filter, 100))
        names.append(lead.name);
    names.sort();
    CHECK(LeadRepository(db).count(filter) == names.size());
    return names;
}

} // namespace

TEST_CASE("Search finds Russian names in any case and phones in any format", "[search]")
{
    Test::TempDatabase t;
    LeadService service(t.db(), t.clock());
    service.receive(make("Иван Петров", "8 (912) 345-67-89", "ООО «Вектор»", "ivan@vector.ru", "seo"), t.marketing);
    service.receive(make("Алёна Ёлкина", "+7 903 111-22-33", "", "alena@mail.ru", "social"), t.marketing);
    service.receive(make("Пётр Иванов", "", "ИП Иванов", "", "seo"), t.marketing);
    service.receive(make("100% Лид", "", "", "", "seo"), t.marketing);
    Database &db = t.db();

    CHECK(namesFound(db, QStringLiteral("иван")) == QStringList{QStringLiteral("Иван Петров"), QStringLiteral("Пётр Иванов")});
    CHECK(namesFound(db, QStringLiteral("ПЕТРОВ")) == QStringList{QStringLiteral("Иван Петров")});
    // "ё" and "е" are one letter for search.
    CHECK(namesFound(db, QStringLiteral("елкина")) == QStringList{QStringLiteral("Алёна Ёлкина")});
    // …both ways: "Пётр" is also the start of "Петров".
    CHECK(namesFound(db, QStringLiteral("Пётр")) == QStringList{QStringLiteral("Иван Петров"), QStringLiteral("Пётр Иванов")});
    // Every word must match.
    CHECK(namesFound(db, QStringLiteral("иван петров")) == QStringList{QStringLiteral("Иван Петров")});
    // Company and e-mail.
    CHECK(namesFound(db, QStringLiteral("вектор")) == QStringList{QStringLiteral("Иван Петров")});
    CHECK(namesFound(db, QStringLiteral("MAIL.RU")) == QStringList{QStringLiteral("Алёна Ёлкина")});
    // The phone in every way people type it.
    for (const char *typed : {"+7 912 345-67-89", "89123456789", "9123456789", "(912) 345 67 89",
                              "345-67"}) {
        INFO(typed);
        CHECK(namesFound(db, QString::fromUtf8(typed)) == QStringList{QStringLiteral("Иван Петров")});
    }
    // LIKE wildcards in the typed text are taken literally.
    CHECK(namesFound(db, QStringLiteral("100%")) == QStringList{QStringLiteral("100% Лид")});
    CHECK(namesFound(db, QStringLiteral("_")).isEmpty());
    CHECK(namesFound(db, QStringLiteral("nobody")).isEmpty());
    // Search combines with the other filters.
    LeadFilter social;
    social.channel = QStringLiteral("social");
    CHECK(namesFound(db, QStringLiteral("иван"), social).isEmpty());
    CHECK(namesFound(db, QString(), social) == QStringList{QStringLiteral("Алёна Ёлкина")});
}

TEST_CASE("Search fragments: phones to digits, words folded", "[search]")
{
    const PhoneNormalizer phones;
    CHECK(LeadSearch::fragments(QStringLiteral("8 (912) 345-67-89"), phones) == QStringList{QStringLiteral("79123456789")});
    CHECK(LeadSearch::fragments(QStringLiteral("345-67"), phones) == QStringList{QStringLiteral("34567")});
    CHECK(LeadSearch::fragments(QStringLiteral("  Иван  ЁЛКИН "), phones) == QStringList{QStringLiteral("иван"), QStringLiteral("елкин")});
    CHECK(LeadSearch::fragments(QStringLiteral("   "), phones).isEmpty());
}

TEST_CASE("Deep pages come back in the same order as reading from the start", "[search][paging]")
{
    Test::TempDatabase t;
    LeadRepository leads(t.db());
    constexpr int total = 24000;
    {
        Transaction transaction(t.db());
        const QDateTime start(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC);
        for (int i = 0; i < total; ++i) {
            Lead lead;
            lead.name = QStringLiteral("Lead %1").arg(i);
            lead.channel = i % 3 == 0 ? QStringLiteral("seo") : QStringLiteral("email");
            lead.receivedAt = start.addSecs(qint64(i) * 37 % 500000);
            // Ties on the deadline make the id tie-breaker matter.
            lead.slaDueAt = lead.receivedAt.addSecs(900 - (i % 2) * 60).addSecs(-(lead.receivedAt.toSecsSinceEpoch() % 120));
            lead.statusChangedAt = lead.receivedAt;
            leads.insert(lead);
        }
        transaction.commit();
    }
    for (const LeadFilter::Order order : {LeadFilter::Order::SlaUrgency, LeadFilter::Order::NewestFirst}) {
        LeadFilter filter;
        filter.order = order;
        const QList<Lead> all = leads.list(filter, total);
        REQUIRE(all.size() == total);
        for (const int offset : {0, 11000, 12500, 23850, 23990}) {
            const QList<Lead> page = leads.list(filter, 200, offset);
            INFO("offset " << offset);
            REQUIRE(page.size() == std::min(200, total - offset));
            for (int i = 0; i < page.size(); ++i)
                CHECK(page.at(i).id == all.at(offset + i).id);
        }
        CHECK(leads.list(filter, 200, total).isEmpty());
    }
    CHECK(leads.channels() == QStringList{QStringLiteral("email"), QStringLiteral("seo")});
}
