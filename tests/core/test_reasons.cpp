// SPDX-License-Identifier: GPL-3.0-or-later
// The rejection and loss catalogs: the seed, adding, archiving, renaming, ordering, usage.
#include "coretesthelpers.h"
#include "domain/reason.h"
#include "leadbuilder.h"
#include "service/catalogservice.h"
#include "service/leadservice.h"
#include "tempdatabase.h"

#include <QLocale>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
    });
}

Reason newReason(ReasonKind kind, const QString &code)
{
    Reason reason;
    reason.kind = kind;
    reason.code = code;
    reason.titleRu = u"Уже купил у нас"_s;
    reason.titleEn = u"Already a customer"_s;
    return reason;
}

std::optional<Error::Kind> addError(CatalogService &catalog, const Reason &reason, const User &actor)
{
    const auto error = caughtError([&] { catalog.add(reason, actor); });
    return error ? std::optional(error->kind()) : std::nullopt;
}

} // namespace

TEST_CASE("The seeded catalogs hold the agreed reasons with Russian and English titles", "[reasons]")
{
    TempDatabase fx;
    const ReasonCatalog catalog = CatalogService(fx.db()).catalog();
    const QStringList rejection = catalog.activeCodes(ReasonKind::Rejection);
    for (const QString &code : {u"non_target_region"_s,
                                u"no_budget"_s,
                                u"wrong_contact"_s,
                                u"student"_s,
                                u"competitor"_s,
                                u"duplicate"_s,
                                u"no_need"_s,
                                u"spam_test"_s}) {
        INFO(code.toStdString());
        CHECK(rejection.contains(code));
    }
    const QList<Reason> losses = catalog.active(ReasonKind::Loss);
    CHECK(losses.size() >= 3);

    for (const Reason &reason : catalog.all()) {
        INFO(reasonKindCode(reason.kind).toStdString() << " " << reason.code.toStdString());
        CHECK(reason.id > 0);
        CHECK(hasCyrillic(reason.titleRu));
        CHECK_FALSE(reason.titleEn.trimmed().isEmpty());
        CHECK_FALSE(hasCyrillic(reason.titleEn));
        CHECK_FALSE(reason.archived);
    }
    // Proof is demanded where a manager could otherwise dismiss a good lead.
    CHECK(catalog.find(ReasonKind::Rejection, u"competitor"_s)->commentRequired);
    CHECK_FALSE(catalog.find(ReasonKind::Rejection, u"no_budget"_s)->commentRequired);
}

TEST_CASE("Adding a reason validates the code and refuses duplicates", "[reasons]")
{
    TempDatabase fx;
    CatalogService catalog(fx.db());

    for (const QString &bad :
         {u""_s, u"a"_s, u"Bad Code"_s, u"UPPER"_s, u"1abc"_s, u"with-dash"_s, u"кириллица"_s}) {
        INFO(bad.toStdString());
        CHECK(addError(catalog, newReason(ReasonKind::Rejection, bad), fx.head)
              == Error::Kind::Validation);
    }
    Reason untitled = newReason(ReasonKind::Rejection, u"untitled"_s);
    untitled.titleEn = u"  "_s;
    CHECK(addError(catalog, untitled, fx.head) == Error::Kind::Validation);

    CHECK(addError(catalog, newReason(ReasonKind::Rejection, u"student"_s), fx.head)
          == Error::Kind::Conflict);
    // Codes are unique per catalog: "student" is free among loss reasons.
    CHECK_FALSE(addError(catalog, newReason(ReasonKind::Loss, u"student"_s), fx.head));

    const qint64 id = catalog.add(newReason(ReasonKind::Rejection, u"already_customer"_s), fx.admin);
    const ReasonCatalog after = catalog.catalog();
    const Reason *added = after.findById(id);
    REQUIRE(added);
    CHECK(added->code == u"already_customer"_s);
    CHECK(added->titleRu == u"Уже купил у нас"_s);
    CHECK_FALSE(added->archived);
    // A new reason goes to the end of its catalog.
    CHECK(after.activeCodes(ReasonKind::Rejection).constLast() == u"already_customer"_s);
    CHECK(addError(catalog, newReason(ReasonKind::Rejection, u"already_customer"_s), fx.head)
          == Error::Kind::Conflict);
}

TEST_CASE("Archived reasons leave the active list and can come back", "[reasons]")
{
    TempDatabase fx;
    CatalogService catalog(fx.db());
    const int activeBefore = int(catalog.catalog().active(ReasonKind::Rejection).size());

    catalog.setArchived(ReasonKind::Rejection, u"student"_s, true, fx.head);
    ReasonCatalog current = catalog.catalog();
    CHECK_FALSE(current.activeCodes(ReasonKind::Rejection).contains(u"student"_s));
    CHECK(current.active(ReasonKind::Rejection).size() == activeBefore - 1);
    REQUIRE(current.find(ReasonKind::Rejection, u"student"_s));
    CHECK(current.find(ReasonKind::Rejection, u"student"_s)->archived);

    catalog.setArchived(ReasonKind::Rejection, u"student"_s, false, fx.admin);
    current = catalog.catalog();
    CHECK(current.activeCodes(ReasonKind::Rejection).contains(u"student"_s));
    CHECK(current.active(ReasonKind::Rejection).size() == activeBefore);

    const auto unknown = caughtError(
        [&] { catalog.setArchived(ReasonKind::Loss, u"student"_s, true, fx.head); });
    REQUIRE(unknown);
    CHECK(unknown->kind() == Error::Kind::NotFound);
}

TEST_CASE("Renaming a reason needs both titles", "[reasons]")
{
    TempDatabase fx;
    CatalogService catalog(fx.db());
    const QList<QStringList> incomplete = {{u""_s, u"Student"_s}, {u"Студент"_s, u" "_s}};
    for (const QStringList &titles : incomplete) {
        const auto error = caughtError([&] {
            catalog.rename(ReasonKind::Rejection, u"student"_s, titles.at(0), titles.at(1), fx.head);
        });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Validation);
    }
    const ReasonCatalog unchanged = catalog.catalog();
    CHECK(unchanged.find(ReasonKind::Rejection, u"student"_s)->titleEn == u"Student"_s);

    catalog.rename(ReasonKind::Rejection, u"student"_s, u" Учащийся "_s, u"Pupil"_s, fx.head);
    const ReasonCatalog after = catalog.catalog();
    const Reason *renamed = after.find(ReasonKind::Rejection, u"student"_s);
    REQUIRE(renamed);
    CHECK(renamed->titleRu == u"Учащийся"_s);
    CHECK(renamed->titleEn == u"Pupil"_s);
}

TEST_CASE("Reordering puts a catalog in the given order", "[reasons]")
{
    TempDatabase fx;
    CatalogService catalog(fx.db());
    const QStringList before = catalog.catalog().activeCodes(ReasonKind::Loss);
    REQUIRE(before.size() >= 2);
    QStringList reversed = before;
    std::reverse(reversed.begin(), reversed.end());
    catalog.reorder(ReasonKind::Loss, reversed, fx.head);
    CHECK(catalog.catalog().activeCodes(ReasonKind::Loss) == reversed);
    // The other catalog is untouched.
    const QStringList rejection = catalog.catalog().activeCodes(ReasonKind::Rejection);
    CHECK(rejection.first() == u"non_target_region"_s);
}

TEST_CASE("usageCounts counts the leads that carry each reason now", "[reasons]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    CatalogService catalog(fx.db());
    const auto rejectWith = [&](const QString &code) {
        const Lead lead = service.receive(Test::incomingLead(), fx.marketing);
        TransitionRequest request = Test::validRequest(LeadAction::Reject, fx.clock().now());
        request.reasonCode = code;
        service.perform(lead.id, request, fx.manager);
        return lead.id;
    };
    rejectWith(u"no_budget"_s);
    rejectWith(u"no_budget"_s);
    rejectWith(u"student"_s);
    const Lead lost = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, lost.id, LeadStatus::Lost); // with price
    const Lead open = service.receive(Test::incomingLead(), fx.marketing);
    Test::driveTo(fx, service, open.id, LeadStatus::Qualified);

    const auto id = [&](ReasonKind kind, const QString &code) {
        return Test::reasonId(fx.db(), kind, code);
    };
    QHash<qint64, qint64> counts = catalog.usageCounts();
    CHECK(counts.value(id(ReasonKind::Rejection, u"no_budget"_s)) == 2);
    CHECK(counts.value(id(ReasonKind::Rejection, u"student"_s)) == 1);
    CHECK(counts.value(id(ReasonKind::Loss, u"price"_s)) == 1);
    CHECK(counts.size() == 3);

    // A rejection overturned on dispute no longer counts.
    const qint64 disputed = rejectWith(u"student"_s);
    CHECK(catalog.usageCounts().value(id(ReasonKind::Rejection, u"student"_s)) == 2);
    service.perform(disputed,
                    Test::validRequest(LeadAction::Dispute, fx.clock().now()),
                    fx.marketing);
    service.perform(disputed,
                    Test::validRequest(LeadAction::ReturnToManager, fx.clock().now()),
                    fx.head);
    CHECK(catalog.usageCounts().value(id(ReasonKind::Rejection, u"student"_s)) == 1);
}

TEST_CASE("Reason::title follows the default locale", "[reasons][i18n]")
{
    const QLocale saved;
    Reason reason;
    reason.titleRu = u"Студент"_s;
    reason.titleEn = u"Student"_s;

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QString russian = reason.title();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = reason.title();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = reason.title();
    Reason onlyRussian = reason;
    onlyRussian.titleEn.clear();
    const QString fallback = onlyRussian.title();
    QLocale::setDefault(saved);

    CHECK(russian == u"Студент"_s);
    CHECK(english == u"Student"_s);
    CHECK(german == u"Student"_s);
    CHECK(fallback == u"Студент"_s);
    CHECK(QLocale().name() == saved.name());
}
