// SPDX-License-Identifier: GPL-3.0-or-later
// A week of leads for the meeting tests: 2026-W47 (Monday 16 – Sunday 22 November), the week
// the fixture's clock (Monday 23 November) reviews by default.
#pragma once

#include "leadbuilder.h"
#include "meeting/isoweek.h"
#include "service/leadservice.h"
#include "tempdatabase.h"

namespace LeadPact::Test {

// On Wednesday 18 November (UTC; 13:00 in Moscow):
//   lead 1 10:00 "context"/"black_friday": anna calls at 10:05, qualifies, wins it on Friday
//          20 November for 1 234 567,00 RUB paid that day (cycle 2 days);
//   lead 2 10:10 "seo": anna calls at 10:15 and rejects it (no budget);
//   lead 3 10:20 "seo": nobody touches it (left untouched for days by Monday);
//   lead 4 10:30 "context": boris calls two hours later, in work.
// So the week received 4 leads, processed 3, rejected 1, won 1 deal of 1 234 567 RUB.
struct MeetingSample
{
    static constexpr qint64 bestAmountMinor = 123456700;

    explicit MeetingSample(TempDatabase &fx)
        : fx(fx)
    {
        const QDateTime start = at(18, 10, 0);
        best = lead(start, QStringLiteral("context"), QStringLiteral("black_friday"));
        act(best, LeadAction::LogContact, at(18, 10, 5), fx.manager);
        act(best, LeadAction::Qualify, at(18, 10, 30), fx.manager);
        act(best, LeadAction::MarkWon, at(20, 12, 0), fx.manager, bestAmountMinor);
        rejected = lead(at(18, 10, 10), QStringLiteral("seo"));
        act(rejected, LeadAction::LogContact, at(18, 10, 15), fx.manager);
        act(rejected, LeadAction::Reject, at(18, 10, 20), fx.manager);
        untouched = lead(at(18, 10, 20), QStringLiteral("seo"));
        late = lead(at(18, 10, 30), QStringLiteral("context"));
        act(late, LeadAction::LogContact, at(18, 12, 30), fx.otherManager);
        fx.clock().set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    }

    static IsoWeek week() { return IsoWeek::parse(QStringLiteral("2026-W47")).value(); }
    static QDateTime at(int day, int hour, int minute)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
    }

    qint64 lead(const QDateTime &when, const QString &channel, const QString &campaign = {})
    {
        fx.clock().set(when);
        Lead l = incomingLead();
        l.receivedAt = when;
        l.channel = channel;
        l.campaign = campaign;
        return service.receive(l, fx.marketing).id;
    }
    void act(
        qint64 id, LeadAction action, const QDateTime &when, const User &actor, qint64 amount = 0)
    {
        fx.clock().set(when);
        TransitionRequest request = validRequest(action, when);
        if (amount > 0)
            request.amountMinor = amount;
        service.perform(id, request, actor);
    }

    TempDatabase &fx;
    LeadService service {fx.db(), fx.clock()};
    qint64 best = 0;
    qint64 rejected = 0;
    qint64 untouched = 0;
    qint64 late = 0;
};

} // namespace LeadPact::Test
