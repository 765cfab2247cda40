// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly sync's notes: ISO weeks (53-week years, year boundaries), problems proposed once,
// ideas and notes, action items carried over until closed, permissions and the change log.
#include "coretesthelpers.h"
#include "meeting/isoweek.h"
#include "meeting/meetingservice.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::caughtError;
using LeadPact::Test::TempDatabase;

namespace {

IsoWeek week(const char *text)
{
    const std::optional<IsoWeek> parsed = IsoWeek::parse(QLatin1String(text));
    REQUIRE(parsed);
    return *parsed;
}

QStringList texts(const QList<MeetingItem> &items)
{
    QStringList result;
    for (const MeetingItem &item : items)
        result.append(item.text);
    return result;
}

QList<qint64> ids(const QList<WeekActionItem> &items)
{
    QList<qint64> result;
    for (const WeekActionItem &item : items)
        result.append(item.item.id);
    return result;
}

} // namespace

TEST_CASE("ISO weeks: parsing, Mondays, 53-week years and year boundaries", "[meeting][isoweek]")
{
    CHECK(week("2026-W47").monday() == QDate(2026, 11, 16));
    CHECK(week("2026-W47").sunday() == QDate(2026, 11, 22));
    CHECK(week("2026w47") == week("2026-W47"));
    CHECK(week("2026-W05").toString() == u"2026-W05"_s);

    // 2026 starts on a Thursday: it has 53 weeks; 2025 starts on a Wednesday: 52.
    CHECK(IsoWeek::weeksInYear(2026) == 53);
    CHECK(IsoWeek::weeksInYear(2025) == 52);
    CHECK(IsoWeek::weeksInYear(2020) == 53);
    CHECK(week("2026-W53").monday() == QDate(2026, 12, 28));
    CHECK(week("2026-W53").next() == week("2027-W01"));
    CHECK(week("2027-W01").monday() == QDate(2027, 1, 4));
    CHECK(week("2027-W01").previous() == week("2026-W53"));
    // Week 1 of 2025 starts in December 2024; 1 January 2027 still belongs to 2026-W53.
    CHECK(week("2025-W01").monday() == QDate(2024, 12, 30));
    CHECK(IsoWeek::containing(QDate(2027, 1, 1)) == week("2026-W53"));
    CHECK(IsoWeek::containing(QDate(2024, 12, 30)) == week("2025-W01"));
    CHECK(week("2026-W50").addWeeks(4) == week("2027-W01"));
    CHECK(week("2027-W02").addWeeks(-3) == week("2026-W52"));

    // Text order is week order, across years.
    CHECK(week("2026-W53") < week("2027-W01"));
    CHECK(week("2026-W53").toString() < week("2027-W01").toString());
    CHECK(week("2026-W09").toString() < week("2026-W10").toString());

    // The default meeting week is the last finished one.
    CHECK(IsoWeek::lastFinished(QDate(2026, 11, 24)) == week("2026-W47"));
    CHECK(IsoWeek::lastFinished(QDate(2027, 1, 4)) == week("2026-W53"));

    CHECK_FALSE(IsoWeek::parse(u"2025-W53"_s));
    CHECK_FALSE(IsoWeek::parse(u"2026-W54"_s));
    CHECK_FALSE(IsoWeek::parse(u"2026-W00"_s));
    CHECK_FALSE(IsoWeek::parse(u"2026-11-23"_s));
    CHECK_FALSE(IsoWeek::parse(QString()));
    CHECK_FALSE(IsoWeek().isValid());
}

TEST_CASE("Problems, ideas and notes are kept per week, in order, with a change log",
          "[meeting]")
{
    TempDatabase fx;
    MeetingService meeting(fx.db(), fx.clock());
    const IsoWeek w47 = week("2026-W47");

    const qint64 a = meeting.addItem(w47, MeetingItemKind::Idea, u"  Вебинар для агентств "_s, fx.head);
    const qint64 b = meeting.addItem(w47, MeetingItemKind::Idea, u"Promo code for VK"_s, fx.marketing);
    meeting.addItem(w47, MeetingItemKind::Note, u"Plan met at 92 %"_s, fx.admin);
    meeting.addItem(week("2026-W48"), MeetingItemKind::Idea, u"Another week"_s, fx.head);

    CHECK(texts(meeting.items(w47, MeetingItemKind::Idea))
          == QStringList{u"Вебинар для агентств"_s, u"Promo code for VK"_s});
    CHECK(texts(meeting.items(w47, MeetingItemKind::Note)) == QStringList{u"Plan met at 92 %"_s});
    CHECK(meeting.items(w47, MeetingItemKind::Problem).isEmpty());

    fx.clock().advanceSecs(60);
    meeting.moveItem(b, 0, fx.head);
    CHECK(texts(meeting.items(w47, MeetingItemKind::Idea))
          == QStringList{u"Promo code for VK"_s, u"Вебинар для агентств"_s});

    meeting.editItem(a, u"Вебинар для агентств недвижимости"_s, QString(), fx.marketing);
    meeting.removeItem(b, fx.head);
    CHECK(texts(meeting.items(w47, MeetingItemKind::Idea))
          == QStringList{u"Вебинар для агентств недвижимости"_s});

    // Who changed what, oldest first.
    const QList<MeetingChange> log = meeting.history(w47);
    REQUIRE(log.size() == 6);
    CHECK(log[0].change == u"added"_s);
    CHECK(log[0].actorId == fx.head.id);
    CHECK(log[3].change == u"edited"_s); // the move
    CHECK(log[3].at == fx.clock().now());
    CHECK(log[4].actorId == fx.marketing.id);
    CHECK(log[4].detail.value(u"text"_s).toObject().value(u"from"_s).toString()
          == u"Вебинар для агентств"_s);
    CHECK(log[5].change == u"removed"_s);
    CHECK(log[5].entityId == b);

    // The log cannot be edited behind the service's back.
    QSqlQuery tamper(fx.db().connection());
    CHECK_FALSE(tamper.exec(u"DELETE FROM meeting_log"_s));
    CHECK(meeting.history(w47).size() == 6);

    SECTION("bad input names the field and writes nothing")
    {
        const auto empty = caughtError([&] {
            meeting.addItem(w47, MeetingItemKind::Note, u"   "_s, fx.head);
        });
        REQUIRE(empty);
        CHECK(empty->kind() == Error::Kind::Validation);
        CHECK(empty->message().contains(u"\"text\""_s));
        const auto tooLong = caughtError([&] {
            meeting.addItem(w47, MeetingItemKind::Note, QString(2001, u'x'), fx.head);
        });
        REQUIRE(tooLong);
        CHECK(tooLong->message().contains(u"2001"_s));
        CHECK(meeting.items(w47, MeetingItemKind::Note).size() == 1);
        CHECK(meeting.history(w47).size() == 6);
    }
    SECTION("managers read the notes but do not write them")
    {
        const auto refused = caughtError([&] {
            meeting.addItem(w47, MeetingItemKind::Idea, u"Mine"_s, fx.manager);
        });
        REQUIRE(refused);
        CHECK(refused->kind() == Error::Kind::Permission);
        CHECK(caughtError([&] { meeting.removeItem(a, fx.manager); }));
        CHECK(meeting.items(w47, MeetingItemKind::Idea).size() == 1);
    }
}

TEST_CASE("Rule proposals fill a week's problems once and never overwrite what people wrote",
          "[meeting]")
{
    TempDatabase fx;
    MeetingService meeting(fx.db(), fx.clock());
    const IsoWeek w47 = week("2026-W47");
    const QList<ProblemProposal> proposals = {
        {u"worst_sla_manager"_s, u"3"_s, u"Boris answers late"_s, u"SLA 41 % of 120 leads"_s},
        {u"untouched_leads"_s, QString(), u"Leads untouched for over a day"_s, u"17 leads"_s},
    };

    CHECK(meeting.proposeProblems(w47, proposals, fx.head));
    QList<MeetingItem> problems = meeting.items(w47, MeetingItemKind::Problem);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].rule == u"worst_sla_manager"_s);
    CHECK(problems[0].subject == u"3"_s);
    CHECK(problems[0].evidence == u"SLA 41 % of 120 leads"_s);
    CHECK(problems[1].position == 2);

    // Opening the week again does not duplicate them...
    CHECK_FALSE(meeting.proposeProblems(w47, proposals, fx.head));
    CHECK(meeting.items(w47, MeetingItemKind::Problem).size() == 2);
    // ...nor bring back a problem the meeting removed.
    meeting.removeItem(problems[0].id, fx.head);
    meeting.removeItem(problems[1].id, fx.head);
    CHECK_FALSE(meeting.proposeProblems(w47, proposals, fx.head));
    CHECK(meeting.items(w47, MeetingItemKind::Problem).isEmpty());

    // Another week gets its own proposals.
    CHECK(meeting.proposeProblems(week("2026-W48"), proposals.mid(1), fx.marketing));
    CHECK(meeting.items(week("2026-W48"), MeetingItemKind::Problem).size() == 1);
    CHECK_FALSE(meeting.proposeProblems(week("2026-W49"), {}, fx.head));
}

TEST_CASE("Open action items are carried over week to week, across a 53-week year, until closed",
          "[meeting]")
{
    TempDatabase fx;
    MeetingService meeting(fx.db(), fx.clock());
    const IsoWeek w52 = week("2026-W52");
    const IsoWeek w53 = week("2026-W53");
    const IsoWeek w01 = week("2027-W01");
    const IsoWeek w02 = week("2027-W02");

    const qint64 callBack = meeting.addActionItem(w52, u"Call back every lead of the fair"_s,
                                                  fx.manager.id, QDate(2026, 12, 30), fx.head);
    const qint64 budget = meeting.addActionItem(w52, u"Cut the display budget"_s, fx.marketing.id,
                                                QDate(2027, 1, 15), fx.head);
    const qint64 later = meeting.addActionItem(w53, u"New landing for Avito"_s, std::nullopt,
                                               QDate(), fx.marketing);

    // Before the week it was agreed in, nothing shows.
    CHECK(meeting.actionItems(week("2026-W51"), QDate(2026, 12, 20)).isEmpty());

    QList<WeekActionItem> inW52 = meeting.actionItems(w52, QDate(2026, 12, 28));
    CHECK(ids(inW52) == QList<qint64>{callBack, budget});
    CHECK_FALSE(inW52[0].carriedOver);
    CHECK_FALSE(inW52[0].overdue);

    // The next meeting (2026-W53) shows both as carried over, the first one past its deadline.
    QList<WeekActionItem> inW53 = meeting.actionItems(w53, QDate(2027, 1, 4));
    REQUIRE(ids(inW53) == QList<qint64>{callBack, budget, later});
    CHECK(inW53[0].carriedOver);
    CHECK(inW53[0].overdue);
    CHECK(inW53[1].carriedOver);
    CHECK_FALSE(inW53[1].overdue);
    CHECK_FALSE(inW53[2].carriedOver);
    CHECK_FALSE(inW53[2].overdue); // no deadline

    // Closed in the first meeting of 2027: shown there with its outcome, gone after it.
    meeting.setActionStatus(callBack, ActionStatus::Done, w01, fx.manager); // its owner
    meeting.setActionStatus(later, ActionStatus::Dropped, w01, fx.head);
    QList<WeekActionItem> inW01 = meeting.actionItems(w01, QDate(2027, 1, 11));
    REQUIRE(ids(inW01) == QList<qint64>{callBack, budget, later});
    CHECK(inW01[0].item.status == ActionStatus::Done);
    CHECK(inW01[0].item.closedWeek == w01);
    CHECK_FALSE(inW01[0].overdue);
    CHECK(inW01[2].item.status == ActionStatus::Dropped);
    CHECK(ids(meeting.actionItems(w02, QDate(2027, 1, 18))) == QList<qint64>{budget});
    CHECK(meeting.actionItems(w02, QDate(2027, 1, 18))[0].overdue);
    // Looking back at 2026-W53 still shows what was open then.
    CHECK(ids(meeting.actionItems(w53, QDate(2027, 1, 18))).size() == 3);

    // Reopening brings it back into later weeks.
    meeting.setActionStatus(callBack, ActionStatus::Open, w02, fx.head);
    CHECK(ids(meeting.actionItems(w02, QDate(2027, 1, 18))) == QList<qint64>{callBack, budget});

    SECTION("a manager may close only their own items; closing before the item existed is refused")
    {
        const auto notTheirs = caughtError([&] {
            meeting.setActionStatus(budget, ActionStatus::Done, w02, fx.manager);
        });
        REQUIRE(notTheirs);
        CHECK(notTheirs->kind() == Error::Kind::Permission);
        CHECK(caughtError([&] {
            meeting.addActionItem(w02, u"x"_s, fx.manager.id, QDate(), fx.manager);
        }));
        const auto early = caughtError([&] {
            meeting.setActionStatus(later, ActionStatus::Done, w52, fx.head);
        });
        REQUIRE(early);
        CHECK(early->message().contains(u"2026-W53"_s));
    }
    SECTION("edits are logged against the week the item was agreed in")
    {
        fx.clock().advanceSecs(120);
        meeting.editActionItem(budget, u"Cut the display budget by 20 %"_s, fx.head.id,
                               QDate(2027, 1, 22), fx.marketing);
        const std::optional<WeekActionItem> edited = [&]() -> std::optional<WeekActionItem> {
            for (const WeekActionItem &item : meeting.actionItems(w02, QDate(2027, 1, 18)))
                if (item.item.id == budget)
                    return item;
            return std::nullopt;
        }();
        REQUIRE(edited);
        CHECK(edited->item.ownerId == fx.head.id);
        CHECK(edited->item.deadline == QDate(2027, 1, 22));
        CHECK_FALSE(edited->overdue);
        const QList<MeetingChange> log = meeting.history(w52);
        REQUIRE_FALSE(log.isEmpty());
        const MeetingChange &last = log.constLast();
        CHECK(last.change == u"edited"_s);
        CHECK(last.actorId == fx.marketing.id);
        CHECK(last.detail.contains(u"owner_id"_s));
        CHECK(last.detail.contains(u"deadline"_s));
        CHECK(last.detail.contains(u"text"_s));
        // Status changes are logged in the meeting week they happened in.
        bool closedLogged = false;
        for (const MeetingChange &change : meeting.history(w01))
            closedLogged |= change.entityId == callBack && change.change == u"status"_s
                            && change.actorId == fx.manager.id;
        CHECK(closedLogged);
    }
}
