// SPDX-License-Identifier: GPL-3.0-or-later
// Searching leads by name in any case, by phone in any format; deep pages; channel list.
#include "domain/leadsearch.h"
#include "domain/phonenumber.h"
#include "qtstringmaker.h"
#include "service/leadservice.h"
#include "storage/leadrepository.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

        // Every lead matches "lead": far more candidates than are worth sorting, so pages walk
        // the order's index testing keys, and must agree with the unsearched pages.
        LeadFilter searched = filter;
        searched.search = QStringLiteral("LEAD");
        REQUIRE(leads.count(searched) == total);
        CHECK(leads.countUpTo(searched, 2000) == 2000);
        for (const int offset : {0, 12500, 23850}) {
            const QList<Lead> page = leads.list(searched, 200, offset);
            INFO("searched, offset " << offset);
            REQUIRE(page.size() == std::min(200, total - offset));
            for (int i = 0; i < page.size(); ++i)
                CHECK(page.at(i).id == all.at(offset + i).id);
        }
        // "ead 123": few candidates, read and sorted; the same order as the unsearched list.
        searched.search = QStringLiteral("ead 123");
        QList<qint64> expected;
        for (const Lead &lead : all) {
            if (lead.name.contains(QStringLiteral("123")))
                expected.append(lead.id);
        }
        QList<qint64> found;
        for (const Lead &lead : leads.list(searched, total))
            found.append(lead.id);
        CHECK(found == expected);
        CHECK(leads.count(searched) == expected.size());
    }
    CHECK(leads.channels() == QStringList{QStringLiteral("email"), QStringLiteral("seo")});
}

namespace {

// The search's meaning, worked out without SQL: every fragment occurs in the lead's key.
bool matches(const Lead &lead, const QString &typed)
{
    static const PhoneNormalizer phones;
    const QString key = LeadSearch::key(lead);
    const QStringList fragments = LeadSearch::fragments(typed, phones);
    return std::all_of(fragments.cbegin(), fragments.cend(),
                       [&key](const QString &fragment) { return key.contains(fragment); });
}

QList<qint64> sortedIds(const QList<Lead> &leads)
{
    QList<qint64> ids;
    for (const Lead &lead : leads)
        ids.append(lead.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The trigram index is only a shortcut: asking it must never change what is found.
void requireIndexIntact(Database &db)
{
    QSqlQuery check(db.connection());
    INFO(check.lastError().text().toStdString());
    // rank 1: compare with the keys stored in leads as well.
    REQUIRE(check.exec(QStringLiteral("INSERT INTO lead_search (lead_search, rank) VALUES "
                                      "('integrity-check', 1)")));
}

} // namespace

TEST_CASE("The search index finds exactly the leads whose key holds every fragment",
          "[search][searchindex]")
{
    Test::TempDatabase t;
    REQUIRE(SearchIndex::exists(t.db()));
    LeadRepository repository(t.db());
    const QStringList first = {QStringLiteral("Иван"), QStringLiteral("Пётр"), QStringLiteral("Ольга"),
                               QStringLiteral("Алёна"), QStringLiteral("Ivan"), QString()};
    const QStringList last = {QStringLiteral("Иванова"), QStringLiteral("Петров"),
                              QStringLiteral("Козлова"), QStringLiteral("Ёлкина"),
                              QStringLiteral("Petrov")};
    const QStringList companies = {QStringLiteral("ООО «Вектор»"), QStringLiteral("ИП Иванов"),
                                   QString(), QStringLiteral("100% Лид")};
    const QStringList phoneFormats = {QStringLiteral("8 (912) %1-%2-%3"), QStringLiteral("+7 912 %1-%2-%3"),
                                      QStringLiteral("912%1%2%3"), QString()};
    QList<Lead> all;
    {
        Transaction transaction(t.db());
        quint32 seed = 7;
        const auto next = [&seed](int bound) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % quint32(bound));
        };
        const PhoneNormalizer phones;
        for (int i = 0; i < 600; ++i) {
            Lead lead;
            lead.name = QString(first.at(next(first.size())) + QLatin1Char(' ') + last.at(next(last.size()))).trimmed();
            lead.company = companies.at(next(companies.size()));
            lead.email = next(3) == 0 ? QString() : QStringLiteral("client%1@mail.ru").arg(i);
            const QString format = phoneFormats.at(next(phoneFormats.size()));
            if (!format.isEmpty()) {
                lead.phoneRaw = format.arg(300 + next(100)).arg(10 + next(90)).arg(10 + next(90));
                lead.phone = phones.toE164(lead.phoneRaw);
            }
            lead.channel = next(2) == 0 ? QStringLiteral("seo") : QStringLiteral("social");
            lead.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).addSecs(i * 60);
            lead.slaDueAt = lead.receivedAt.addSecs(900);
            lead.id = repository.insert(lead);
            all.append(lead);
        }
        transaction.commit();
    }
    requireIndexIntact(t.db());

    const auto check = [&](const LeadFilter &base) {
        for (const char *typed : {"иван", "ова", "пётр", "елкина", "ivan", "вектор", "«век",
                                  "100%", "client1", "client12@", "@mail.ru", "912", "912-34",
                                  "8912 3", "+7 (912) 34", "иван ова", "ова ива", "ва", "x",
                                  "nobody", "client599@mail.ru"}) {
            LeadFilter filter = base;
            filter.search = QString::fromUtf8(typed);
            QList<Lead> expected;
            for (const Lead &lead : std::as_const(all)) {
                if ((filter.channel.isEmpty() || lead.channel == filter.channel)
                    && matches(lead, filter.search))
                    expected.append(lead);
            }
            INFO(typed << " in channel '" << filter.channel.toStdString() << "'");
            CHECK(repository.count(filter) == expected.size());
            CHECK(repository.countUpTo(filter, 7) == std::min<qsizetype>(7, expected.size()));
            CHECK(sortedIds(repository.list(filter, 1000)) == sortedIds(expected));
        }
    };
    LeadFilter seo;
    seo.channel = QStringLiteral("seo");
    check({});
    check(seo);

    // Renaming changes what the index holds; the old name is no longer found.
    for (int i = 0; i < all.size(); i += 3) {
        Lead lead = *repository.find(all.at(i).id);
        lead.name = QStringLiteral("Зинаида %1").arg(i);
        repository.update(lead);
        all[i] = *repository.find(lead.id);
    }
    requireIndexIntact(t.db());
    check({});
    LeadFilter renamed;
    renamed.search = QStringLiteral("зинаида");
    CHECK(repository.count(renamed) == 200);
}

TEST_CASE("A lead part-typed with the trunk prefix 8 is found whatever format it came in",
          "[search][phone]")
{
    Test::TempDatabase t;
    LeadService service(t.db(), t.clock());
    service.receive(make("Иван Петров", "+7 912 345-67-89", "", "", "seo"), t.marketing);
    service.receive(make("Пётр Иванов", "8 (912) 345-00-11", "", "", "seo"), t.marketing);
    service.receive(make("Ольга Козлова", "+7 903 891-77-66", "", "", "seo"), t.marketing);
    Database &db = t.db();
    const QStringList both = {QStringLiteral("Иван Петров"), QStringLiteral("Пётр Иванов")};
    CHECK(namesFound(db, QStringLiteral("8912345")) == both);
    CHECK(namesFound(db, QStringLiteral("8 (912) 345")) == both);
    CHECK(namesFound(db, QStringLiteral("+7 (912) 345")) == both);
    CHECK(namesFound(db, QStringLiteral("912-345")) == both);
    // "891" inside a number, typed without the 8 as a prefix, is still a plain fragment.
    CHECK(namesFound(db, QStringLiteral("891-77")) == QStringList{QStringLiteral("Ольга Козлова")});
    CHECK(LeadSearch::fragments(QStringLiteral("8912345"), PhoneNormalizer()) == QStringList{QStringLiteral("912345")});
}

TEST_CASE("Search index queries: every trigram of every fragment, none for short ones",
          "[search][searchindex]")
{
    CHECK(SearchIndex::matchQuery({QStringLiteral("иван")}) == QStringLiteral("\"ива\" AND \"ван\""));
    CHECK(SearchIndex::matchQuery({QStringLiteral("aaaa"), QStringLiteral("a\"b")})
          == QStringLiteral("\"aaa\" AND \"a\"\"b\""));
    // A fragment shorter than a trigram leaves the index out: it cannot narrow the search.
    CHECK(SearchIndex::matchQuery({QStringLiteral("иван"), QStringLiteral("ов")}).isEmpty());
    CHECK(SearchIndex::matchQuery({}).isEmpty());
}
