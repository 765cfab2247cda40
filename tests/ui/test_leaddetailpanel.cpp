// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panel shows what an import of another CRM's outcomes leaves on a lead: a won deal
// whose amount is unknown, the seller's declared revenue, a possible duplicate, and an SLA
// whose contact time is unknown.
#include "leaddetailpanel.h"
#include "qtstringmaker.h"
#include "service/clock.h"

#include <QLabel>

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

QString labelText(const LeadDetailPanel &panel, const char *objectName)
{
    const auto *label = panel.findChild<QLabel *>(QLatin1String(objectName));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("the detail panel shows an imported outcome as it is known", "[ui][detail]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    LeadDetailPanel panel(clock);
    panel.setContext({}, ReasonCatalog(), SlaPolicy());

    Lead lead;
    lead.id = 42;
    lead.name = QStringLiteral("Olist seller");
    lead.receivedAt = QDateTime(QDate(2018, 2, 1), QTime(3, 0), Qt::UTC);
    lead.slaDueAt = lead.receivedAt.addSecs(900);
    lead.status = LeadStatus::Won;
    lead.needConfirmed = lead.budgetConfirmed = lead.authorityConfirmed = true;
    lead.paidOn = QDate(2018, 2, 26);
    lead.closedAt = QDateTime(QDate(2018, 2, 26), QTime(22, 58), Qt::UTC);
    lead.declaredMonthlyRevenueMinor = 200000000;
    lead.possibleDuplicateOf = 7;
    panel.showLead(lead);

    CHECK(labelText(panel, "detailOutcome").contains(QStringLiteral("amount unknown")));
    CHECK(labelText(panel, "detailDeclaredRevenue") == QStringLiteral("2000000.00"));
    CHECK(labelText(panel, "detailDuplicate").contains(QStringLiteral("7")));
    CHECK(labelText(panel, "detailSla").contains(QStringLiteral("time unknown")));

    // A lead without either shows the dash, not an empty or stale value.
    Lead plain = lead;
    plain.declaredMonthlyRevenueMinor.reset();
    plain.possibleDuplicateOf.reset();
    plain.dealAmountMinor = 150000;
    plain.dealCurrency = QStringLiteral("RUB");
    panel.showLead(plain);
    CHECK(labelText(panel, "detailDeclaredRevenue") == QStringLiteral("—"));
    CHECK(labelText(panel, "detailDuplicate") == QStringLiteral("—"));
    CHECK(labelText(panel, "detailOutcome").contains(QStringLiteral("1500.00 RUB")));
}
