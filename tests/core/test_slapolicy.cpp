// SPDX-License-Identifier: GPL-3.0-or-later
// SLA states of a lead over time, and the team policy stored in the database.
#include "domain/error.h"
#include "domain/lead.h"
#include "domain/slapolicy.h"
#include "qtstringmaker.h"
#include "service/leadservice.h"
#include "service/policyservice.h"
#include "tempdatabase.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

QDateTime utc(int d, int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, m, s), Qt::UTC);
}

} // namespace

TEST_CASE("A waiting lead goes on time -> due soon -> overdue as the clock moves", "[sla]")
{
    const SlaPolicy policy; // 15 min, due soon at 5 min, Moscow hours
    Lead lead;
    lead.receivedAt = utc(24, 7, 0); // 10:00 Moscow, Tuesday
    lead.slaDueAt = policy.deadline(lead.receivedAt);
    REQUIRE(lead.slaDueAt == utc(24, 7, 15));

    CHECK(policy.status(lead, utc(24, 7, 0)).state == SlaState::OnTime);
    CHECK(policy.status(lead, utc(24, 7, 0)).remainingSeconds == 15 * 60);
    CHECK(policy.status(lead, utc(24, 7, 9, 59)).state == SlaState::OnTime);
    CHECK(policy.status(lead, utc(24, 7, 10)).state == SlaState::DueSoon);
    CHECK(policy.status(lead, utc(24, 7, 15)).state == SlaState::DueSoon);
    const SlaStatus late = policy.status(lead, utc(24, 7, 15, 1));
    CHECK(late.state == SlaState::Overdue);
    CHECK(late.remainingSeconds == -1);
}

TEST_CASE("An answered lead is met or missed by its first response", "[sla]")
{
    const SlaPolicy policy;
    Lead lead;
    lead.receivedAt = utc(24, 7, 0);
    lead.slaDueAt = policy.deadline(lead.receivedAt);

    lead.firstContactAt = utc(24, 7, 15);
    CHECK(policy.status(lead, utc(24, 12, 0)).state == SlaState::Met);
    lead.firstContactAt = utc(24, 7, 16);
    const SlaStatus missed = policy.status(lead, utc(24, 12, 0));
    CHECK(missed.state == SlaState::Missed);
    CHECK(missed.answeredAt == utc(24, 7, 16));

    // Spam rejected without a call counts as answered.
    Lead spam;
    spam.receivedAt = utc(24, 7, 0);
    spam.slaDueAt = policy.deadline(spam.receivedAt);
    spam.status = LeadStatus::Rejected;
    spam.rejectedAt = utc(24, 7, 5);
    CHECK(policy.status(spam, utc(24, 12, 0)).state == SlaState::Met);
}

TEST_CASE("The deadline stored with a lead wins over a changed policy", "[sla]")
{
    SlaPolicy policy;
    Lead lead;
    lead.receivedAt = utc(24, 7, 0);
    lead.slaDueAt = policy.deadline(lead.receivedAt);
    policy.firstContactMinutes = 60;
    CHECK(policy.status(lead, utc(24, 7, 20)).state == SlaState::Overdue);
}

TEST_CASE("Policy validation and JSON round trip", "[sla]")
{
    SlaPolicy policy;
    policy.firstContactMinutes = 30;
    policy.dueSoonMinutes = 10;
    policy.calendar.setHolidays({QDate(2027, 1, 7)});
    CHECK(SlaPolicy::fromJson(policy.toJson()) == policy);

    SlaPolicy bad = policy;
    bad.dueSoonMinutes = 30;
    CHECK(bad.problem().has_value());
    bad = policy;
    bad.firstContactMinutes = 0;
    CHECK(bad.problem().has_value());
    CHECK_THROWS_AS(SlaPolicy::fromJson(QJsonObject{{QStringLiteral("first_contact_minutes"), -5}}),
                    Error);
}

TEST_CASE("The team policy is stored in the database; only admin and head of sales change it",
          "[sla][policy]")
{
    Test::TempDatabase t;
    PolicyService policies(t.db(), t.clock());
    CHECK(policies.slaPolicy() == SlaPolicy{});

    SlaPolicy custom;
    custom.firstContactMinutes = 30;
    custom.calendar.setHours(Qt::Saturday, WorkCalendar::Hours{QTime(10, 0), QTime(14, 0)});
    for (const User *user : {&t.manager, &t.marketing}) {
        try {
            policies.setSlaPolicy(custom, *user);
            FAIL("only admin and head of sales may change the SLA policy");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Permission);
        }
    }
    CHECK(policies.slaPolicy() == SlaPolicy{});
    policies.setSlaPolicy(custom, t.head);
    CHECK(PolicyService(t.db(), t.clock()).slaPolicy() == custom);

    SlaPolicy invalid = custom;
    invalid.dueSoonMinutes = 45;
    CHECK_THROWS_AS(policies.setSlaPolicy(invalid, t.admin), Error);
    CHECK(policies.slaPolicy() == custom);

    // New leads get their deadline from the stored policy: Saturday now counts.
    LeadService service(t.db(), t.clock());
    Lead lead;
    lead.name = QStringLiteral("Test");
    lead.channel = QStringLiteral("seo");
    lead.receivedAt = QDateTime(QDate(2026, 11, 21), QTime(7, 0), Qt::UTC); // Sat 10:00 Moscow
    CHECK(service.receive(lead, t.marketing).slaDueAt
          == QDateTime(QDate(2026, 11, 21), QTime(7, 30), Qt::UTC));
}
