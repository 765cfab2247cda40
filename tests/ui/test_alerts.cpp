// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertbanner.h"
#include "alertcenter.h"
#include "leadsamples.h"
#include "qtstringmaker.h"
#include "service/policyservice.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QList<Alert::Kind> kinds(const QSignalSpy &spy)
{
    QList<Alert::Kind> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<Alert>().kind);
    return result;
}

} // namespace

TEST_CASE("AlertCenter alerts once per lead and state, and not when muted", "[ui][alerts]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 2);
    assignAll(fixture, leads.mid(0, 1), fixture.manager);
    const Lead &lead = leads.first();

    AlertCenter alerts(fixture.db(), fixture.clock());
    alerts.setSlaPolicy(PolicyService(fixture.db(), fixture.clock()).slaPolicy());
    alerts.setUser(fixture.manager);
    QSignalSpy raised(&alerts, &AlertCenter::alertRaised);

    // The first look learns what is there: nothing urgent yet, so nothing to say.
    fixture.clock().set(lead.slaDueAt.addSecs(-10 * 60));
    alerts.check();
    CHECK(raised.count() == 0);

    fixture.clock().set(lead.slaDueAt.addSecs(-4 * 60));
    alerts.check();
    alerts.check();
    CHECK(kinds(raised) == QList<Alert::Kind>({Alert::Kind::DueSoon}));
    CHECK(raised.at(0).at(0).value<Alert>().leadId == lead.id);

    fixture.clock().set(lead.slaDueAt.addSecs(30));
    alerts.check();
    alerts.check();
    CHECK(kinds(raised) == QList<Alert::Kind>({Alert::Kind::DueSoon, Alert::Kind::Overdue}));

    SECTION("a new lead assigned to me")
    {
        assignAll(fixture, leads.mid(1, 1), fixture.manager);
        alerts.check();
        // Assigned, and (arriving a minute later) due soon already.
        CHECK(kinds(raised).mid(2)
              == QList<Alert::Kind>({Alert::Kind::Assigned, Alert::Kind::DueSoon}));
        CHECK(raised.at(2).at(0).value<Alert>().leadId == leads.at(1).id);
        alerts.check();
        CHECK(raised.count() == 4);
    }
    SECTION("muted")
    {
        alerts.setMuted(true);
        assignAll(fixture, leads.mid(1, 1), fixture.manager);
        fixture.clock().set(leads.at(1).slaDueAt.addSecs(30));
        alerts.check();
        CHECK(raised.count() == 2);
        // Unmuting does not replay what happened meanwhile.
        alerts.setMuted(false);
        alerts.check();
        CHECK(raised.count() == 2);
    }
}

TEST_CASE("AlertCenter sums up what is already urgent at start", "[ui][alerts]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    assignAll(fixture, leads, fixture.manager);
    AlertCenter alerts(fixture.db(), fixture.clock());
    alerts.setUser(fixture.manager);
    QSignalSpy raised(&alerts, &AlertCenter::alertRaised);
    fixture.clock().set(leads.last().slaDueAt.addSecs(60));
    alerts.check();
    CHECK(kinds(raised) == QList<Alert::Kind>({Alert::Kind::Summary}));
    alerts.check();
    CHECK(raised.count() == 1);
}

TEST_CASE("MainWindow shows alerts in a banner without a system tray, and mutes them",
          "[ui][alerts][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 1);
    assignAll(fixture, leads, fixture.manager);
    fixture.clock().set(leads.first().slaDueAt.addSecs(-10 * 60));
    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
    auto *banner = child<AlertBanner>(*window, "alertBanner");
    CHECK_FALSE(banner->isVisible());

    fixture.clock().set(leads.first().slaDueAt.addSecs(-2 * 60));
    window->alertCenter()->check();
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(*window, "alertBannerText")->text().contains(QString::number(leads.first().id)));
    child<QAbstractButton>(*window, "alertBannerClose")->click();
    CHECK_FALSE(banner->isVisible());

    auto *mute = child<QAction>(*window, "muteAlertsAction");
    mute->trigger();
    CHECK(window->alertCenter()->isMuted());
    fixture.clock().set(leads.first().slaDueAt.addSecs(60));
    window->alertCenter()->check();
    CHECK_FALSE(banner->isVisible());
    window->close();
    // The choice persists.
    auto again = makeWindow(fixture, fixture.manager);
    CHECK(again->alertCenter()->isMuted());
    CHECK(child<QAction>(*again, "muteAlertsAction")->isChecked());
}
