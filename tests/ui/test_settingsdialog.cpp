// SPDX-License-Identifier: GPL-3.0-or-later
#include "autodistributor.h"
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "qtstringmaker.h"
#include "service/leaddistributor.h"
#include "service/policyservice.h"
#include "settingsdialog.h"
#include "slapolicypage.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QPushButton *okButton(const SettingsDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

SlaPolicy storedPolicy(TempDatabase &fixture)
{
    return PolicyService(fixture.db(), fixture.clock()).slaPolicy();
}

// Ticks the managers named by login in the "onDuty" list.
void tickOnDuty(const SettingsDialog &dialog, const QStringList &logins)
{
    auto *list = child<QListWidget>(dialog, "onDuty");
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(logins.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

TEST_CASE("SettingsDialog shows the stored SLA policy", "[ui][settings]")
{
    TempDatabase fixture;
    SlaPolicy policy;
    policy.firstContactMinutes = 20;
    policy.dueSoonMinutes = 7;
    policy.calendar.setTimeZone(QTimeZone("Asia/Yekaterinburg"));
    policy.calendar.setHours(Qt::Saturday, WorkCalendar::Hours {QTime(10, 0), QTime(14, 0)});
    policy.calendar.setHolidays({QDate(2026, 12, 31), QDate(2027, 1, 1)});
    PolicyService(fixture.db(), fixture.clock()).setSlaPolicy(policy, fixture.head);

    SettingsDialog dialog(fixture.db(), fixture.clock(), fixture.head);
    CHECK(dialog.objectName() == QStringLiteral("settingsDialog"));
    CHECK(child<QSpinBox>(dialog, "firstContactMinutes")->value() == 20);
    CHECK(child<QSpinBox>(dialog, "dueSoonMinutes")->value() == 7);
    auto *zone = child<QComboBox>(dialog, "timeZone");
    CHECK(zone->isEditable());
    CHECK(zone->currentText() == QStringLiteral("Asia/Yekaterinburg"));
    CHECK(zone->findText(QStringLiteral("Europe/Moscow")) >= 0);
    CHECK(child<QCheckBox>(dialog, "worksMon")->isChecked());
    CHECK(child<QTimeEdit>(dialog, "startMon")->time() == QTime(9, 0));
    CHECK(child<QTimeEdit>(dialog, "endFri")->time() == QTime(18, 0));
    CHECK(child<QCheckBox>(dialog, "worksSat")->isChecked());
    CHECK(child<QTimeEdit>(dialog, "endSat")->time() == QTime(14, 0));
    CHECK_FALSE(child<QCheckBox>(dialog, "worksSun")->isChecked());
    CHECK_FALSE(child<QTimeEdit>(dialog, "startSun")->isEnabled());
    auto *holidays = child<QListWidget>(dialog, "holidays");
    REQUIRE(holidays->count() == 2);
    CHECK(holidays->item(0)->data(Qt::UserRole).toDate() == QDate(2026, 12, 31));
    CHECK(child<QLabel>(dialog, "problemLabel")->isHidden());
    CHECK(okButton(dialog)->isEnabled());
    // Nothing changed: OK stores nothing new and closes.
    okButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(storedPolicy(fixture) == policy);
}

TEST_CASE("SettingsDialog stores a changed target, Saturday hours and holidays", "[ui][settings]")
{
    TempDatabase fixture;
    SettingsDialog dialog(fixture.db(), fixture.clock(), fixture.head);
    CHECK(child<QSpinBox>(dialog, "firstContactMinutes")->value() == 15);
    CHECK_FALSE(child<QLabel>(dialog, "policyHint")->text().isEmpty());

    child<QSpinBox>(dialog, "firstContactMinutes")->setValue(30);
    child<QCheckBox>(dialog, "worksSat")->setChecked(true);
    CHECK(child<QTimeEdit>(dialog, "startSat")->isEnabled());
    child<QTimeEdit>(dialog, "startSat")->setTime(QTime(10, 0));
    child<QTimeEdit>(dialog, "endSat")->setTime(QTime(15, 30));
    child<QDateEdit>(dialog, "holidayDate")->setDate(QDate(2026, 12, 31));
    child<QPushButton>(dialog, "addHoliday")->click();
    CHECK_FALSE(child<QPushButton>(dialog, "addHoliday")->isEnabled()); // already listed
    okButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);

    const SlaPolicy stored = storedPolicy(fixture);
    CHECK(stored.firstContactMinutes == 30);
    CHECK(stored.dueSoonMinutes == 5);
    REQUIRE(stored.calendar.hours(Qt::Saturday));
    CHECK(*stored.calendar.hours(Qt::Saturday) == WorkCalendar::Hours {QTime(10, 0), QTime(15, 30)});
    CHECK_FALSE(stored.calendar.hours(Qt::Sunday));
    CHECK(stored.calendar.holidays() == QSet<QDate> {QDate(2026, 12, 31)});

    SECTION("a holiday is removed again")
    {
        SettingsDialog again(fixture.db(), fixture.clock(), fixture.head);
        auto *holidays = child<QListWidget>(again, "holidays");
        REQUIRE(holidays->count() == 1);
        holidays->item(0)->setSelected(true);
        child<QPushButton>(again, "removeHoliday")->click();
        CHECK(holidays->count() == 0);
        okButton(again)->click();
        CHECK(storedPolicy(fixture).calendar.holidays().isEmpty());
    }
}

TEST_CASE("SettingsDialog disables OK and names the problem of an invalid policy", "[ui][settings]")
{
    TempDatabase fixture;
    SettingsDialog dialog(fixture.db(), fixture.clock(), fixture.head);
    auto *problem = child<QLabel>(dialog, "problemLabel");

    child<QSpinBox>(dialog, "dueSoonMinutes")->setValue(15); // = the target
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text() == *dialog.policyPage()->policy().problem());

    child<QSpinBox>(dialog, "dueSoonMinutes")->setValue(4);
    CHECK(okButton(dialog)->isEnabled());
    CHECK(problem->isHidden());

    SECTION("an unknown time zone")
    {
        child<QComboBox>(dialog, "timeZone")->setEditText(QStringLiteral("Mars/Olympus"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(problem->isHidden());
    }
    SECTION("a day that ends before it starts")
    {
        child<QTimeEdit>(dialog, "endWed")->setTime(QTime(8, 0));
        CHECK_FALSE(okButton(dialog)->isEnabled());
    }
    SECTION("no working day at all")
    {
        for (const char *name : {"worksMon", "worksTue", "worksWed", "worksThu", "worksFri"})
            child<QCheckBox>(dialog, name)->setChecked(false);
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(problem->isHidden());
    }
    // Nothing invalid was stored.
    CHECK(storedPolicy(fixture) == SlaPolicy());
}

TEST_CASE("SettingsDialog stores lead distribution with the managers on duty",
          "[ui][settings][distribution]")
{
    TempDatabase fixture;
    SettingsDialog dialog(fixture.db(), fixture.clock(), fixture.admin);
    auto *enabled = child<QCheckBox>(dialog, "distributionEnabled");
    auto *onDuty = child<QListWidget>(dialog, "onDuty");
    CHECK_FALSE(enabled->isChecked());
    // Active managers only: not the head of sales, marketing or admin.
    REQUIRE(onDuty->count() == 2);
    CHECK(onDuty->item(0)->text() == QStringLiteral("anna"));
    CHECK(onDuty->item(0)->checkState() == Qt::Unchecked);

    enabled->setChecked(true);
    tickOnDuty(dialog, {QStringLiteral("anna"), QStringLiteral("boris")});
    // Boris first in the rotation.
    onDuty->setCurrentRow(1);
    child<QPushButton>(dialog, "moveUp")->click();
    okButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);

    const LeadDistributor::Settings stored
        = LeadDistributor(fixture.db(), fixture.clock()).settings();
    CHECK(stored.enabled);
    CHECK(stored.onDuty == QList<qint64> {fixture.otherManager.id, fixture.manager.id});

    // Shown again in rotation order.
    SettingsDialog again(fixture.db(), fixture.clock(), fixture.head);
    CHECK(child<QListWidget>(again, "onDuty")->item(0)->text() == QStringLiteral("boris"));
}

TEST_CASE("SettingsDialog shows a refusal inline and stays open", "[ui][settings]")
{
    TempDatabase fixture;
    // The menu never offers it to a manager; the core refuses anyway.
    SettingsDialog dialog(fixture.db(), fixture.clock(), fixture.manager);
    child<QSpinBox>(dialog, "firstContactMinutes")->setValue(25);
    child<QCheckBox>(dialog, "distributionEnabled")->setChecked(true);
    auto *error = child<QLabel>(dialog, "errorLabel");
    CHECK(error->isHidden());
    okButton(dialog)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(storedPolicy(fixture).firstContactMinutes == 15);
    CHECK_FALSE(LeadDistributor(fixture.db(), fixture.clock()).settings().enabled);
}

TEST_CASE("AutoDistributor assigns unassigned new leads only when switched on", "[ui][distribution]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 4);
    LeadService service(fixture.db(), fixture.clock());
    AutoDistributor distributor(fixture.db(), fixture.clock());
    QSignalSpy distributed(&distributor, &AutoDistributor::distributed);
    QSignalSpy failed(&distributor, &AutoDistributor::failed);

    LeadDistributor(fixture.db(), fixture.clock())
        .setSettings({false, {fixture.manager.id, fixture.otherManager.id}}, fixture.head);
    CHECK(distributor.run() == 0);
    for (const Lead &lead : leads)
        CHECK_FALSE(service.lead(lead.id).ownerId);
    CHECK(distributed.isEmpty());

    LeadDistributor(fixture.db(), fixture.clock())
        .setSettings({true, {fixture.manager.id, fixture.otherManager.id}}, fixture.head);
    CHECK(distributor.run() == 4);
    REQUIRE(distributed.size() == 1);
    CHECK(distributed.at(0).at(0).toInt() == 4);
    QList<qint64> owners;
    for (const Lead &lead : leads)
        owners.append(service.lead(lead.id).ownerId.value_or(0));
    CHECK(owners.count(fixture.manager.id) == 2);
    CHECK(owners.count(fixture.otherManager.id) == 2);
    // Nothing left to hand out.
    CHECK(distributor.run() == 0);
    CHECK(failed.isEmpty());
}

TEST_CASE("The Tools menu offers team settings to admin and the head of sales only",
          "[ui][settings][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    auto window = makeWindow(fixture, fixture.manager);
    auto *action = child<QAction>(*window, "settingsAction");
    CHECK_FALSE(action->isVisible());
    window->setUser(fixture.marketing);
    CHECK_FALSE(action->isVisible());
    window->setUser(fixture.head);
    CHECK(action->isVisible());
    CHECK(action->isEnabled());
    window->setUser(fixture.admin);
    CHECK(action->isVisible());
    REQUIRE(window->autoDistributor());

    action->trigger();
    auto *dialog = child<SettingsDialog>(*window, "settingsDialog");
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("MainWindow distributes waiting leads on start when switched on",
          "[ui][distribution][mainwindow]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    LeadDistributor(fixture.db(), fixture.clock())
        .setSettings({true, {fixture.manager.id}}, fixture.head);
    auto window = makeWindow(fixture, fixture.manager);
    // Anna's queue holds the leads the start-up run gave her.
    CHECK(window->leadModel()->totalCount() == 3);
    LeadService service(fixture.db(), fixture.clock());
    for (const Lead &lead : leads)
        CHECK(service.lead(lead.id).ownerId == fixture.manager.id);
}
