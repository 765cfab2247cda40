// SPDX-License-Identifier: GPL-3.0-or-later
// The daily status report: each count on a hand-built day in Moscow time, day boundaries in the
// team's zone, deadlines still running, rejections by reason, the unassigned row.
#include "coretesthelpers.h"
#include "leadbuilder.h"
#include "report/dailyreport.h"
#include "report/dailyreportxlsx.h"
#include "service/leadservice.h"
#include "tempdatabase.h"
#include "xlsxcells.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

struct Day
{
    TempDatabase fx;
    LeadService service{fx.db(), fx.clock()};

    qint64 receive(const QDateTime &at, const QString &id)
    {
        fx.clock().set(at.addSecs(30));
        Lead lead = Test::incomingLead(id);
        lead.receivedAt = at;
        return service.receive(lead, fx.marketing).id;
    }
    void act(qint64 leadId, LeadAction action, const QDateTime &at, const User &actor)
    {
        fx.clock().set(at);
        service.perform(leadId, Test::validRequest(action, at), actor);
    }
};

const DailyReportRow *rowOf(const DailyReport &report, const QString &name)
{
    for (const DailyReportRow &row : report.rows) {
        if (row.managerName == name)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The daily report counts each manager's day in the team's time zone", "[report][daily]")
{
    Day d;
    const User &anna = d.fx.manager;
    const User &boris = d.fx.otherManager;
    const QTimeZone moscow("Europe/Moscow");

    // Anna: answered in time and still in work at the end of the day.
    const qint64 l1 = d.receive(utc(23, 7, 0), u"L1"_s);
    d.act(l1, LeadAction::LogContact, utc(23, 7, 5), anna);
    // Anna: answered 45 minutes late (due 07:15 UTC), then qualified the same day.
    const qint64 l2 = d.receive(utc(23, 7, 0), u"L2"_s);
    d.act(l2, LeadAction::LogContact, utc(23, 8, 0), anna);
    d.act(l2, LeadAction::Qualify, utc(23, 9, 0), anna);
    // Boris: arrived on Sunday 23:30 Moscow (the day before), due Monday 09:15 Moscow,
    // rejected without a call at 13:00 Moscow: a rejection and a missed deadline on Monday.
    const qint64 l3 = d.receive(utc(22, 20, 30), u"L3"_s);
    d.fx.clock().set(utc(23, 6, 0));
    d.service.assign(l3, boris.id, d.fx.head);
    d.act(l3, LeadAction::Reject, utc(23, 10, 0), boris);
    // Nobody's: arrived at 11:00 Moscow and never answered.
    d.receive(utc(23, 8, 0), u"L6"_s);
    // Anna: a Friday lead won on Monday.
    const qint64 l7 = d.receive(utc(20, 9, 0), u"L7"_s);
    d.act(l7, LeadAction::LogContact, utc(20, 9, 10), anna);
    d.act(l7, LeadAction::Qualify, utc(20, 9, 30), anna);
    d.act(l7, LeadAction::MarkWon, utc(23, 12, 0), anna);
    // Anna: arrived 23:00 Moscow on Monday, called 00:30 Moscow on Tuesday; due Tuesday.
    const qint64 l8 = d.receive(utc(23, 20, 0), u"L8"_s);
    d.act(l8, LeadAction::LogContact, utc(23, 21, 30), anna);

    const DailyReport report = DailyReport::build(d.fx.db(), QDate(2026, 11, 23), moscow,
                                                  utc(24, 10, 0));
    CHECK(report.from == utc(22, 21, 0));
    CHECK(report.to == utc(23, 21, 0));
    REQUIRE(report.rows.size() == 3);
    CHECK(report.rows.constLast().managerId == std::nullopt); // the unassigned row comes last

    const DailyReportRow *a = rowOf(report, anna.displayName);
    REQUIRE(a);
    CHECK(a->received == 3);  // L1, L2, L8
    CHECK(a->contacted == 2); // L1, L2 (L8 was called on Tuesday, Moscow time)
    CHECK(a->inWork == 1);    // L1
    CHECK(a->qualified == 1); // L2
    CHECK(a->rejected == 0);
    CHECK(a->won == 1); // L7
    CHECK(a->wonAmountMinor.value(u"RUB"_s) == 1500000);
    CHECK(a->slaMisses == 1); // L2

    const DailyReportRow *b = rowOf(report, boris.displayName);
    REQUIRE(b);
    CHECK(b->received == 0);
    CHECK(b->contacted == 0);
    CHECK(b->rejected == 1);
    CHECK(b->rejectionsByReason == QMap<QString, int>{{u"no_budget"_s, 1}});
    CHECK(b->slaMisses == 1);
    CHECK(report.reasonTitles.contains(u"no_budget"_s));

    const DailyReportRow &nobody = report.rows.constLast();
    CHECK(nobody.received == 1);
    CHECK(nobody.slaMisses == 1);
    CHECK(nobody.contacted == 0);

    CHECK(report.total.received == 4);
    CHECK(report.total.contacted == 2);
    CHECK(report.total.inWork == 1);
    CHECK(report.total.qualified == 1);
    CHECK(report.total.rejected == 1);
    CHECK(report.total.won == 1);
    CHECK(report.total.slaMisses == 3);

    SECTION("the workbook holds a row per manager, the total and the rejections")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"daily.xlsx"_s);
        writeDailyReportXlsx(report, path);
        CHECK_FALSE(QFile::exists(path + u".part"_s));
        const QMap<QString, QString> cells = Test::xlsxCells(path, 1);
        // Header on row 4, managers from row 5 in the report's order, the total last.
        CHECK(cells.value(u"A4"_s) == u"Manager"_s);
        CHECK(cells.value(u"H4"_s) == u"Revenue, RUB"_s);
        CHECK(cells.value(u"I4"_s) == u"SLA misses"_s);
        QStringList names;
        for (int row = 5; row <= 8; ++row)
            names.append(cells.value(u"A%1"_s.arg(row)));
        CHECK(names == QStringList{report.rows[0].managerName, report.rows[1].managerName,
                                   report.rows[2].managerName, u"Total"_s});
        const int annaRow = 5 + int(names.indexOf(anna.displayName));
        CHECK(cells.value(u"B%1"_s.arg(annaRow)) == u"3"_s);  // received
        CHECK(cells.value(u"C%1"_s.arg(annaRow)) == u"2"_s);  // contacted
        CHECK(cells.value(u"D%1"_s.arg(annaRow)) == u"1"_s);  // in work
        CHECK(cells.value(u"G%1"_s.arg(annaRow)) == u"1"_s);  // won
        CHECK(cells.value(u"H%1"_s.arg(annaRow)).toDouble() == 15000.0);
        CHECK(cells.value(u"I8"_s) == u"3"_s); // total SLA misses
        CHECK_FALSE(cells.contains(u"A9"_s));

        const QMap<QString, QString> reasons = Test::xlsxCells(path, 2);
        CHECK(reasons.value(u"A4"_s) == boris.displayName);
        CHECK(reasons.value(u"C4"_s) == u"no_budget"_s);
        CHECK(reasons.value(u"D4"_s) == u"1"_s);
        CHECK_FALSE(reasons.contains(u"A5"_s));
    }
    SECTION("an unwritable target is an error naming the file, and nothing is left behind")
    {
        const QString path = u"/nonexistent-dir/daily.xlsx"_s;
        const auto error = Test::caughtError([&] { writeDailyReportXlsx(report, path); });
        REQUIRE(error);
        CHECK(error->message().contains(path));
    }
    SECTION("a deadline still running is not a miss yet")
    {
        // At 11:10 UTC on Monday the unassigned lead (due 08:15 UTC) is late, L2 was late; a lead
        // due at 11:20 UTC is not missed yet.
        d.receive(utc(23, 11, 5), u"L9"_s);
        const DailyReport early = DailyReport::build(d.fx.db(), QDate(2026, 11, 23), moscow,
                                                     utc(23, 11, 10));
        CHECK(early.total.slaMisses == 3);
        const DailyReport late = DailyReport::build(d.fx.db(), QDate(2026, 11, 23), moscow,
                                                    utc(23, 11, 30));
        CHECK(late.total.slaMisses == 4);
    }
    SECTION("the previous day holds only the Sunday-night lead")
    {
        const DailyReport sunday = DailyReport::build(d.fx.db(), QDate(2026, 11, 22), moscow,
                                                      utc(24, 10, 0));
        CHECK(sunday.total.received == 1);
        CHECK(sunday.total.slaMisses == 0);
        REQUIRE(sunday.rows.size() == 1);
        CHECK(sunday.rows[0].managerId == boris.id);
    }
    SECTION("the same instants in UTC fall on other days")
    {
        const DailyReport inUtc = DailyReport::build(d.fx.db(), QDate(2026, 11, 23),
                                                     QTimeZone::utc(), utc(24, 10, 0));
        // L8 (20:00) and L1, L2, L6 arrived on the 23rd in UTC too; the Sunday-night lead did not.
        CHECK(inUtc.total.received == 4);
        CHECK(inUtc.total.contacted == 3); // L8's call at 21:30 UTC is still Monday in UTC
    }
    SECTION("an empty day has no rows")
    {
        const DailyReport empty = DailyReport::build(d.fx.db(), QDate(2026, 10, 1), moscow,
                                                     utc(24, 10, 0));
        CHECK(empty.rows.isEmpty());
        CHECK(empty.total.isEmpty());
    }
}
