// SPDX-License-Identifier: GPL-3.0-or-later
// Update mode (--update-by external_id): won outcomes applied through the state machine's
// implied path by the importing user, rule violations reported with row and column, idempotent
// re-import, all-or-nothing rollback, --partial, owners created from another CRM's ids; and the
// two Olist files imported one after the other.
#include "coretesthelpers.h"
#include "importfixture.h"
#include "import/leadimporter.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "storage/eventrepository.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"
#include "tempdatabase.h"
#include "testconfig.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::rawValue;
using LeadPact::Test::TempDatabase;

namespace {

using Test::siteFormMapping;
using Test::splitCsvLine;

QString writeFile(const TempDatabase &fx, const QString &name, const QByteArray &data)
{
    return Test::writeTestFile(fx, name, data);
}

ImportMapping dealMapping()
{
    ImportMapping mapping;
    mapping.timeZone = u"Europe/Moscow"_s;
    mapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    mapping.currency = u"RUB"_s;
    mapping.columns = {{u"id"_s, ImportField::ExternalId},
                       {u"won"_s, ImportField::WonAt},
                       {u"amount"_s, ImportField::DealAmount},
                       {u"manager"_s, ImportField::Owner},
                       {u"revenue"_s, ImportField::DeclaredMonthlyRevenue}};
    return mapping;
}

// Leads A-1 … A-4 that arrived on 20 November, as marketing imported them.
void importLeads(TempDatabase &fx)
{
    const QByteArray leads = "id;received;name;phone;source\n"
                             "A-1;20.11.2026 09:15;Мария;89123456781;seo\n"
                             "A-2;20.11.2026 10:00;Иван;89123456782;context\n"
                             "A-3;20.11.2026 11:00;Ольга;89123456783;seo\n"
                             "A-4;20.11.2026 12:00;Пётр;89123456784;seo\n";
    const ImportResult result = LeadImporter(fx.db(), fx.clock())
                                    .import(writeFile(fx, u"leads.csv"_s, leads), siteFormMapping(),
                                            {}, fx.marketing);
    REQUIRE(result.inserted == 4);
}

ImportResult importDeals(TempDatabase &fx,
                         const QByteArray &rows,
                         ImportOptions options = {},
                         ImportMapping mapping = dealMapping(),
                         const User *actor = nullptr)
{
    options.updateExisting = true;
    return LeadImporter(fx.db(), fx.clock())
        .import(writeFile(fx, u"deals.csv"_s, "id;won;amount;manager;revenue\n" + rows), mapping,
                options, actor ? *actor : fx.head);
}

Lead leadBy(TempDatabase &fx, const QString &externalId)
{
    const auto lead = LeadRepository(fx.db()).findByExternalId(externalId);
    REQUIRE(lead);
    return *lead;
}

qint64 eventCount(TempDatabase &fx)
{
    return EventRepository(fx.db()).count();
}

} // namespace

TEST_CASE("update mode wins leads through the implied path, as the importing user", "[import][update]")
{
    TempDatabase fx;
    importLeads(fx);
    LeadService service(fx.db(), fx.clock());
    Test::driveTo(fx, service, leadBy(fx, u"A-2"_s).id, LeadStatus::InWork);    // by anna
    Test::driveTo(fx, service, leadBy(fx, u"A-3"_s).id, LeadStatus::Qualified); // by anna
    fx.clock().advanceSecs(600);
    const qint64 eventsBefore = eventCount(fx);

    const QByteArray deals = "A-1;21.11.2026 15:30;150000.50;anna;2000000\n"
                             "A-2;22.11.2026 10:00;;anna;\n"
                             "A-3;22.11.2026 23:30;99000;;0\n";
    const ImportResult result = importDeals(fx, deals);
    INFO(result.summary().toStdString());
    CHECK(result.committed);
    CHECK(result.rows == 3);
    CHECK(result.updated == 3);
    CHECK(result.outcomes == 3);
    CHECK(result.rejected == 0);
    CHECK(result.inserted == 0);

    // A-1 was New: assigned, then contact (time unknown), qualified (implied), won.
    const Lead a1 = leadBy(fx, u"A-1"_s);
    CHECK(a1.status == LeadStatus::Won);
    CHECK(a1.ownerId == fx.manager.id);
    CHECK_FALSE(a1.firstContactAt.isValid()); // unknown, not invented
    CHECK_FALSE(a1.firstContactKind);
    CHECK(a1.needConfirmed);
    CHECK(a1.budgetConfirmed);
    CHECK(a1.authorityConfirmed);
    CHECK(a1.dealAmountMinor == 15000050);
    CHECK(a1.dealCurrency == u"RUB"_s);
    // 15:30 in Moscow is 12:30 UTC; the payment date is the day in the file's zone.
    const QDateTime wonAt(QDate(2026, 11, 21), QTime(12, 30), Qt::UTC);
    CHECK(a1.closedAt == wonAt);
    CHECK(a1.qualifiedAt == wonAt);
    CHECK(a1.paidOn == QDate(2026, 11, 21));
    CHECK(a1.declaredMonthlyRevenueMinor == 200000000);
    // The SLA cannot be judged without the contact time: neither met nor overdue.
    CHECK(service.slaPolicy().status(a1, fx.clock().now()).state == SlaState::Unknown);

    const QList<LeadEvent> history = EventRepository(fx.db()).forLead(a1.id);
    REQUIRE(history.size() == 6);
    CHECK(history.at(0).kind == EventKind::Created);
    CHECK(history.at(1).kind == EventKind::Edited); // the declared revenue
    CHECK(history.at(1).changes.contains(u"declared_monthly_revenue"_s));
    CHECK(history.at(2).kind == EventKind::Assigned);
    CHECK(history.at(2).changes.contains(u"owner_id"_s));
    const QList<std::pair<LeadStatus, LeadStatus>> path = {
        {LeadStatus::New, LeadStatus::InWork},
        {LeadStatus::InWork, LeadStatus::Qualified},
        {LeadStatus::Qualified, LeadStatus::Won}};
    for (qsizetype i = 0; i < path.size(); ++i) {
        const LeadEvent &event = history.at(3 + i);
        INFO(i);
        CHECK(event.kind == EventKind::StatusChanged);
        CHECK(event.fromStatus == path.at(i).first);
        CHECK(event.toStatus == path.at(i).second);
    }
    for (qsizetype i = 1; i < history.size(); ++i) {
        const LeadEvent &event = history.at(i);
        INFO(i);
        CHECK(event.actorId == fx.head.id);
        CHECK(event.at == fx.clock().now());
        CHECK(event.comment.contains(u"deals.csv"_s));
        CHECK(event.comment.contains(u"row 2"_s));
    }
    CHECK(history.at(3).comment.contains(u"unknown"_s));
    CHECK(history.at(4).comment.contains(u"implied"_s));

    // A-2 was InWork with anna: qualified and won, no amount in the file (amount unknown).
    const Lead a2 = leadBy(fx, u"A-2"_s);
    CHECK(a2.status == LeadStatus::Won);
    CHECK_FALSE(a2.dealAmountMinor);
    CHECK(a2.dealCurrency.isEmpty());
    CHECK(a2.paidOn == QDate(2026, 11, 22));
    CHECK(a2.firstContactAt.isValid()); // anna's real contact stays
    CHECK(service.slaPolicy().status(a2, fx.clock().now()).state != SlaState::Unknown);
    CHECK_FALSE(a2.declaredMonthlyRevenueMinor);
    // A-3 was Qualified: just won; 23:30 in Moscow is still the 22nd there.
    const Lead a3 = leadBy(fx, u"A-3"_s);
    CHECK(a3.status == LeadStatus::Won);
    CHECK(a3.paidOn == QDate(2026, 11, 22));
    CHECK(a3.declaredMonthlyRevenueMinor == 0);
    // 1 edit + 1 assignment + 3 transitions for A-1, 2 for A-2 (same owner), 1 edit + 1 for A-3.
    CHECK(eventCount(fx) == eventsBefore + 5 + 2 + 2);
    CHECK(leadBy(fx, u"A-4"_s).status == LeadStatus::New);

    SECTION("re-importing the same file changes nothing")
    {
        fx.clock().advanceSecs(3600);
        const qint64 events = eventCount(fx);
        const int version = leadBy(fx, u"A-1"_s).version;
        const ImportResult again = importDeals(fx, deals);
        CHECK(again.committed);
        CHECK(again.unchanged == 3);
        CHECK(again.updated == 0);
        CHECK(again.outcomes == 0);
        CHECK(eventCount(fx) == events);
        CHECK(leadBy(fx, u"A-1"_s).version == version);
    }
    SECTION("a different outcome for a won lead is reported, not forced")
    {
        const ImportResult other = importDeals(fx, "A-1;21.11.2026 15:30;1;anna;2000000\n");
        CHECK_FALSE(other.committed);
        REQUIRE(other.rejectedRows.size() == 1);
        CHECK(other.rejectedRows.first().column == u"won"_s);
        CHECK(other.rejectedRows.first().reason.contains(u"already won"_s));
        CHECK(leadBy(fx, u"A-1"_s).dealAmountMinor == 15000050);
    }
}

TEST_CASE("update mode reports rows that would break a rule, with row and column", "[import][update]")
{
    TempDatabase fx;
    importLeads(fx);
    LeadService service(fx.db(), fx.clock());
    Test::driveTo(fx, service, leadBy(fx, u"A-4"_s).id, LeadStatus::Rejected);
    const qint64 events = eventCount(fx);
    const QByteArray rows = "A-1;21.11.2026 15:30;1000;anna;\n"      // row 2: fine
                            "X-9;21.11.2026 15:30;1000;anna;\n"      // row 3: unknown lead
                            "A-2;19.11.2026 15:30;1000;anna;\n"      // row 4: won before arrival
                            "A-3;21.11.2026 15:30;много;anna;\n"     // row 5: not an amount
                            "A-3;21.11.2026 15:30;1000;zoe;\n"       // row 6: unknown owner
                            "A-4;21.11.2026 15:30;1000;anna;\n"      // row 7: rejected lead
                            "A-3;21.11.2026 15:30;0;anna;\n"         // row 8: zero amount
                            "A-3;24.11.2026 15:30;1000;anna;\n"      // row 9: in the future
                            "A-3;21.11.2026 15:30;1000;mark;\n";     // row 10: not a manager

    SECTION("all or nothing: nothing changes, every bad row is named")
    {
        const ImportResult result = importDeals(fx, rows);
        CHECK_FALSE(result.committed);
        CHECK(result.updated == 0);
        CHECK(result.outcomes == 0);
        CHECK(result.rejected == 8);
        REQUIRE(result.rejectedRows.size() == 8);
        const auto row = [&](int i) { return result.rejectedRows.at(i); };
        CHECK(row(0).row == 3);
        CHECK(row(0).column == u"id"_s);
        CHECK(row(0).value == u"X-9"_s);
        CHECK(row(1).row == 4);
        CHECK(row(1).column == u"won"_s);
        CHECK(row(1).reason.contains(u"payment date"_s));
        CHECK(row(2).row == 5);
        CHECK(row(2).column == u"amount"_s);
        CHECK(row(2).value == u"много"_s);
        CHECK(row(3).row == 6);
        CHECK(row(3).column == u"manager"_s);
        CHECK(row(3).reason.contains(u"zoe"_s));
        CHECK(row(4).row == 7);
        CHECK(row(4).column == u"won"_s);
        CHECK(row(4).reason.contains(statusTitle(LeadStatus::Rejected)));
        CHECK(row(5).row == 8);
        CHECK(row(5).column == u"amount"_s);
        CHECK(row(6).row == 9);
        CHECK(row(6).reason.contains(u"future"_s));
        CHECK(row(7).row == 10);
        CHECK(row(7).column == u"manager"_s);
        for (const RejectedRow &rejected : result.rejectedRows)
            CHECK(rejected.file == u"deals.csv"_s);
        CHECK(leadBy(fx, u"A-1"_s).status == LeadStatus::New);
        CHECK(eventCount(fx) == events);
    }
    SECTION("partial: the valid row is applied, the rest reported")
    {
        ImportOptions options;
        options.partial = true;
        const ImportResult result = importDeals(fx, rows, options);
        CHECK(result.committed);
        CHECK(result.outcomes == 1);
        CHECK(result.rejected == 8);
        CHECK(leadBy(fx, u"A-1"_s).status == LeadStatus::Won);
        CHECK(leadBy(fx, u"A-2"_s).status == LeadStatus::New);
        CHECK(leadBy(fx, u"A-3"_s).status == LeadStatus::New);
        CHECK(leadBy(fx, u"A-4"_s).status == LeadStatus::Rejected);
        CHECK(eventCount(fx) == events + 4); // assignment and three transitions of A-1
    }
    SECTION("a dry run reports the same and changes nothing")
    {
        ImportOptions options;
        options.partial = true;
        options.dryRun = true;
        const ImportResult result = importDeals(fx, rows, options);
        CHECK_FALSE(result.committed);
        CHECK(result.outcomes == 1);
        CHECK(leadBy(fx, u"A-1"_s).status == LeadStatus::New);
        CHECK(eventCount(fx) == events);
    }
}

TEST_CASE("owners another CRM names by id become manager accounts when the preset says so",
          "[import][update]")
{
    TempDatabase fx;
    importLeads(fx);
    ImportMapping mapping = dealMapping();
    const QByteArray rows = "A-1;21.11.2026 15:30;1000;4ef15afb4b2723d8;\n"
                            "A-2;21.11.2026 16:30;;4ef15afb4b2723d8;\n"
                            "A-3;21.11.2026 17:30;;d3d1e91a157ea7f9;\n";

    SECTION("without the option an unknown owner is a row error")
    {
        const ImportResult result = importDeals(fx, rows, {}, mapping);
        CHECK_FALSE(result.committed);
        CHECK(result.rejected == 3);
        CHECK(result.rejectedRows.first().column == u"manager"_s);
        CHECK(result.rejectedRows.first().reason.contains(u"create_missing_owners"_s));
        CHECK_FALSE(UserRepository(fx.db()).findByLogin(u"4ef15afb4b2723d8"_s));
    }
    SECTION("with it, one account per id, recorded as added by the importing user")
    {
        mapping.createMissingOwners = Role::Manager;
        mapping.ownerDisplayName = u"Olist SR %1"_s;
        const ImportResult result = importDeals(fx, rows, {}, mapping);
        CHECK(result.committed);
        CHECK(result.ownersCreated == 2);
        CHECK(result.outcomes == 3);
        const auto owner = UserRepository(fx.db()).findByLogin(u"4ef15afb4b2723d8"_s);
        REQUIRE(owner);
        CHECK(owner->role == Role::Manager);
        CHECK(owner->displayName == u"Olist SR 4ef15afb"_s);
        CHECK(rawValue(fx.db(), u"SELECT created_by FROM users WHERE id = ?"_s, {owner->id})
                  .toLongLong()
              == fx.head.id);
        CHECK(rawValue(fx.db(), u"SELECT created_at FROM users WHERE id = ?"_s, {owner->id})
                  .toLongLong()
              == fx.clock().now().toSecsSinceEpoch());
        CHECK(leadBy(fx, u"A-1"_s).ownerId == owner->id);
        CHECK(leadBy(fx, u"A-2"_s).ownerId == owner->id);
        CHECK(leadBy(fx, u"A-3"_s).ownerId != owner->id);

        // Again: the accounts exist now; nothing is created or changed.
        const ImportResult again = importDeals(fx, rows, {}, mapping);
        CHECK(again.ownersCreated == 0);
        CHECK(again.unchanged == 3);
    }
    SECTION("a rolled-back import leaves no account behind")
    {
        mapping.createMissingOwners = Role::Manager;
        const ImportResult result
            = importDeals(fx, rows + "A-9;21.11.2026 17:30;;d3d1e91a157ea7f9;\n", {}, mapping);
        CHECK_FALSE(result.committed);
        CHECK(result.ownersCreated == 0);
        CHECK_FALSE(UserRepository(fx.db()).findByLogin(u"4ef15afb4b2723d8"_s));
    }
}

TEST_CASE("update mode is refused to users who may not apply it, and outcomes need it",
          "[import][update]")
{
    TempDatabase fx;
    importLeads(fx);
    const auto byMarketing = caughtError([&] {
        importDeals(fx, "A-1;21.11.2026 15:30;1000;anna;\n", {}, dealMapping(), &fx.marketing);
    });
    REQUIRE(byMarketing);
    CHECK(byMarketing->kind() == Error::Kind::Permission);

    const auto insertMode = caughtError([&] {
        LeadImporter(fx.db(), fx.clock())
            .import(writeFile(fx, u"deals.csv"_s, "id;won;amount;manager;revenue\n"), dealMapping(),
                    {}, fx.head);
    });
    REQUIRE(insertMode);
    CHECK(insertMode->kind() == Error::Kind::Validation);
    CHECK(insertMode->message().contains(u"--update-by"_s));

    // The interactive workflow still demands an amount for a won deal.
    LeadService service(fx.db(), fx.clock());
    const qint64 id = leadBy(fx, u"A-1"_s).id;
    Test::driveTo(fx, service, id, LeadStatus::Qualified);
    TransitionRequest won;
    won.action = LeadAction::MarkWon;
    won.paidOn = QDate(2026, 11, 23);
    const auto noAmount = caughtError([&] { service.perform(id, won, fx.manager); });
    REQUIRE(noAmount);
    CHECK(noAmount->message().contains(u"amount"_s));
}

namespace {

ImportMapping lostMapping()
{
    ImportMapping mapping;
    mapping.timeZone = u"Europe/Moscow"_s;
    mapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    mapping.columns = {{u"id"_s, ImportField::ExternalId},
                       {u"lost"_s, ImportField::LostAt},
                       {u"reason"_s, ImportField::LossReason},
                       {u"comment"_s, ImportField::LossComment}};
    return mapping;
}

ImportResult importLost(TempDatabase &fx, const QByteArray &rows, ImportOptions options = {})
{
    options.updateExisting = true;
    return LeadImporter(fx.db(), fx.clock())
        .import(writeFile(fx, u"lost.csv"_s, "id;lost;reason;comment\n" + rows), lostMapping(),
                options, fx.head);
}

} // namespace

TEST_CASE("update mode records lost deals with a loss reason of the catalog", "[import][update]")
{
    TempDatabase fx;
    importLeads(fx);
    LeadService service(fx.db(), fx.clock());
    Test::driveTo(fx, service, leadBy(fx, u"A-3"_s).id, LeadStatus::Qualified);
    fx.clock().advanceSecs(600);
    const qint64 events = eventCount(fx);
    // Row 2: by code; row 3: by the Russian title, with the proof that reason demands;
    // row 4: a reason that demands proof, none given; row 5: no such reason.
    const QByteArray rows = "A-1;21.11.2026 15:30;price;\n"
                            "A-3;22.11.2026 10:00;Выбрал конкурента;Ушёл к ООО «Ромашка»\n"
                            "A-2;21.11.2026 15:30;Chose a competitor;\n"
                            "A-4;21.11.2026 15:30;moon;\n";

    SECTION("all or nothing: the two bad rows named, nothing changed")
    {
        const ImportResult result = importLost(fx, rows);
        CHECK_FALSE(result.committed);
        REQUIRE(result.rejectedRows.size() == 2);
        const RejectedRow &noProof = result.rejectedRows.at(0);
        CHECK(noProof.row == 4);
        CHECK(noProof.column == u"comment"_s);
        CHECK(noProof.reason.contains(u"requires a comment"_s));
        const RejectedRow &unknown = result.rejectedRows.at(1);
        CHECK(unknown.row == 5);
        CHECK(unknown.column == u"reason"_s);
        CHECK(unknown.value == u"moon"_s);
        CHECK(unknown.reason.contains(u"price"_s)); // the known codes are listed
        CHECK(unknown.reason.contains(u"chose_competitor"_s));
        CHECK(leadBy(fx, u"A-1"_s).status == LeadStatus::New);
        CHECK(leadBy(fx, u"A-3"_s).status == LeadStatus::Qualified);
        CHECK(eventCount(fx) == events);
    }
    SECTION("partial: the good rows lose their leads through the implied path")
    {
        ImportOptions options;
        options.partial = true;
        const ImportResult result = importLost(fx, rows, options);
        CHECK(result.committed);
        CHECK(result.outcomes == 2);
        CHECK(result.rejected == 2);

        // A-1 was New: contact (time unknown), qualified, lost; 15:30 Moscow = 12:30 UTC.
        const Lead a1 = leadBy(fx, u"A-1"_s);
        CHECK(a1.status == LeadStatus::Lost);
        CHECK(a1.closedAt == QDateTime(QDate(2026, 11, 21), QTime(12, 30), Qt::UTC));
        CHECK_FALSE(a1.firstContactAt.isValid());
        REQUIRE(a1.lossReasonId);
        const ReasonCatalog catalog = ReasonRepository(fx.db()).catalog();
        CHECK(catalog.findById(*a1.lossReasonId)->code == u"price"_s);
        CHECK(a1.lossComment.contains(u"lost.csv, row 2"_s));
        const QList<LeadEvent> a1Events = EventRepository(fx.db()).forLead(a1.id);
        REQUIRE(a1Events.size() >= 3);
        const LeadEvent &last = a1Events.last();
        CHECK(last.actorId == fx.head.id);
        CHECK(last.at == fx.clock().now());
        CHECK(last.reasonId == a1.lossReasonId);

        // A-3 was qualified by anna: one step, the reason found by its Russian title.
        const Lead a3 = leadBy(fx, u"A-3"_s);
        CHECK(a3.status == LeadStatus::Lost);
        CHECK(catalog.findById(*a3.lossReasonId)->code == u"chose_competitor"_s);
        CHECK(a3.lossComment.contains(u"Ромашка"_s));
        CHECK(eventCount(fx) == events + 3 + 1);

        SECTION("the same file again changes nothing")
        {
            const qint64 after = eventCount(fx);
            const ImportResult again = importLost(fx, rows, options);
            CHECK(again.outcomes == 0);
            CHECK(again.rejected == 2);
            CHECK(eventCount(fx) == after);
        }
        SECTION("another outcome for a lost lead is reported, not forced")
        {
            const ImportResult other = importLost(fx, "A-1;21.11.2026 15:30;timing;\n");
            CHECK_FALSE(other.committed);
            REQUIRE(other.rejectedRows.size() == 1);
            CHECK(other.rejectedRows.first().column == u"lost"_s);
            CHECK(other.rejectedRows.first().reason.contains(u"already lost"_s));
            CHECK(leadBy(fx, u"A-1"_s).lossReasonId == a1.lossReasonId);
        }
    }
    SECTION("a row can not say won and lost, nor give a reason without the date")
    {
        ImportMapping both = lostMapping();
        both.columns.append({u"won"_s, ImportField::WonAt});
        ImportOptions options;
        options.updateExisting = true;
        options.partial = true;
        const ImportResult result
            = LeadImporter(fx.db(), fx.clock())
                  .import(writeFile(fx, u"both.csv"_s,
                                    "id;lost;reason;comment;won\n"
                                    "A-1;21.11.2026 15:30;price;;21.11.2026 16:00\n"
                                    "A-2;;price;;\n"),
                          both, options, fx.head);
        REQUIRE(result.rejectedRows.size() == 2);
        CHECK(result.rejectedRows.at(0).reason.contains(u"won_at and lost_at"_s));
        CHECK(result.rejectedRows.at(1).column == u"reason"_s);
        CHECK(result.rejectedRows.at(1).reason.contains(u"lost_at"_s));
        CHECK(result.outcomes == 0);
    }
    SECTION("a loss column without lost_at, or outside an update, is refused up front")
    {
        ImportMapping noDate = lostMapping();
        noDate.columns.removeAt(1);
        ImportOptions options;
        options.updateExisting = true;
        const auto error = caughtError([&] {
            LeadImporter(fx.db(), fx.clock())
                .import(writeFile(fx, u"nodate.csv"_s, "id;lost;reason;comment\n"), noDate,
                        options, fx.head);
        });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Validation);
        CHECK(error->message().contains(u"lost_at"_s));
        const auto insertMode = caughtError([&] {
            LeadImporter(fx.db(), fx.clock())
                .import(writeFile(fx, u"insert.csv"_s, "id;lost;reason;comment\n"),
                        lostMapping(), {}, fx.head);
        });
        REQUIRE(insertMode);
        CHECK(insertMode->message().contains(u"--update-by"_s));
    }
}

TEST_CASE("the two Olist files import: MQLs, then closed deals by mql_id", "[import][olist][update]")
{
    const QString dir = QStringLiteral(LEADPACT_SHARED_DIR "/datasets/olist-marketing-funnel/");
    const QString mqlPath = dir + u"olist_marketing_qualified_leads_dataset.csv"_s;
    const QString dealsPath = dir + u"olist_closed_deals_dataset.csv"_s;

    // The expectation, computed from the two files with a plain split: a deal is won unless it
    // was won before the lead's first contact date (the payment date would precede arrival).
    QHash<QString, std::pair<QDate, QString>> mqls; // mql_id -> first contact date, origin
    {
        QFile csv(mqlPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        csv.readLine();
        while (!csv.atEnd()) {
            const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
            REQUIRE(f.size() == 4);
            mqls.insert(f.at(0), {QDate::fromString(f.at(1), u"dd-MM-yyyy"_s), f.at(3)});
        }
    }
    QHash<QString, qint64> expectedWon; // origin -> won deals
    QList<qint64> earlyRows;            // rows (header = 1) won before the first contact
    QSet<QString> owners;
    qint64 deals = 0;
    qint64 withRevenue = 0;
    {
        QFile csv(dealsPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
        const qsizetype idColumn = header.indexOf(u"mql_id"_s);
        const qsizetype wonColumn = header.indexOf(u"won_date"_s);
        const qsizetype srColumn = header.indexOf(u"sr_id"_s);
        const qsizetype revenueColumn = header.indexOf(u"declared_monthly_revenue"_s);
        while (!csv.atEnd()) {
            const QStringList f = splitCsvLine(QString::fromUtf8(csv.readLine()).trimmed());
            REQUIRE(f.size() == header.size());
            ++deals;
            REQUIRE(mqls.contains(f.at(idColumn)));
            const auto &[firstContact, origin] = mqls.value(f.at(idColumn));
            const QDate won = QDate::fromString(f.at(wonColumn).left(10), Qt::ISODate);
            if (won < firstContact) {
                earlyRows.append(deals + 1);
                continue;
            }
            ++expectedWon[origin];
            owners.insert(f.at(srColumn));
            if (f.at(revenueColumn).toDouble() > 0)
                ++withRevenue;
        }
    }
    REQUIRE(deals == 842);
    REQUIRE(earlyRows.size() == 1);

    TempDatabase fx;
    const QString presets = QStringLiteral(LEADPACT_SOURCE_DIR "/resources/import/");
    LeadImporter importer(fx.db(), fx.clock());
    REQUIRE(importer
                .import(mqlPath, ImportMapping::load(presets + u"olist-mql.json"_s), {},
                        fx.marketing)
                .inserted
            == 8000);
    const ImportMapping dealsMapping = ImportMapping::load(presets + u"olist-deals.json"_s);
    ImportOptions options;
    options.updateExisting = true;
    const qint64 eventsBefore = EventRepository(fx.db()).count();

    // All or nothing: the one deal won before its lead arrived stops the file.
    const ImportResult strict = importer.import(dealsPath, dealsMapping, options, fx.head);
    CHECK_FALSE(strict.committed);
    CHECK(strict.rows == 842);
    REQUIRE(strict.rejectedRows.size() == 1);
    CHECK(strict.rejectedRows.first().row == earlyRows.first());
    CHECK(strict.rejectedRows.first().column == u"won_date"_s);
    CHECK(strict.rejectedRows.first().reason.contains(u"payment date"_s));
    CHECK(EventRepository(fx.db()).count() == eventsBefore);

    options.partial = true;
    const ImportResult result = importer.import(dealsPath, dealsMapping, options, fx.head);
    CHECK(result.committed);
    CHECK(result.outcomes == deals - 1);
    CHECK(result.rejected == 1);
    CHECK(result.ownersCreated == owners.size());

    QHash<QString, qint64> won;
    QSqlQuery q(fx.db().connection());
    REQUIRE(q.exec(u"SELECT coalesce(channel, ''), count(*) FROM leads WHERE status = 'won' "
                   "GROUP BY 1"_s));
    while (q.next())
        won.insert(q.value(0).toString(), q.value(1).toLongLong());
    CHECK(won == expectedWon);
    CHECK(rawValue(fx.db(), u"SELECT count(*) FROM leads WHERE status = 'won' AND deal_amount IS "
                            "NULL AND first_contact_at IS NULL"_s)
              .toLongLong()
          == deals - 1);
    CHECK(rawValue(fx.db(), u"SELECT count(*) FROM leads WHERE declared_monthly_revenue > 0"_s)
              .toLongLong()
          == withRevenue);
    const Lead first = *LeadRepository(fx.db()).findByExternalId(u"5420aad7fec3549a85876ba1c529bd84"_s);
    CHECK(first.status == LeadStatus::Won);
    CHECK(first.paidOn == QDate(2018, 2, 26));
    CHECK(UserRepository(fx.db()).findById(*first.ownerId)->login
          == u"4ef15afb4b2723d8f3d81e51ec7afefe"_s);

    const qint64 events = EventRepository(fx.db()).count();
    const ImportResult again = importer.import(dealsPath, dealsMapping, options, fx.head);
    CHECK(again.unchanged == deals - 1);
    CHECK(again.outcomes == 0);
    CHECK(again.ownersCreated == 0);
    CHECK(EventRepository(fx.db()).count() == events);
}
