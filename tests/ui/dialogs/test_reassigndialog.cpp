// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reassigndialog.h"
#include "dialogtesthelpers.h"
#include "qtstringmaker.h"
#include "service/userservice.h"

#include <QComboBox>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("The reassign dialog offers active sales users and Unassigned", "[ui][dialogs][reassign]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    UserService users(fixture.db());
    users.setActive(QStringLiteral("boris"), false, fixture.head);
    User vera;
    vera.login = QStringLiteral("vera");
    vera.displayName = QStringLiteral("Вера");
    vera.role = Role::Manager;
    vera.id = users.add(vera, fixture.head);
    const Lead lead = receiveLead(fixture, service);

    ReassignDialog dialog(lead, users.list());
    auto *owner = child<QComboBox>(dialog, "owner");
    QList<std::optional<qint64>> offered;
    for (int i = 0; i < owner->count(); ++i) {
        const QVariant data = owner->itemData(i);
        offered.append(data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt);
    }
    // Unassigned first; anna, rop and vera; never boris (inactive), mark or admin.
    CHECK(offered.size() == 4);
    CHECK(offered.first() == std::nullopt);
    CHECK(offered.contains(fixture.manager.id));
    CHECK(offered.contains(fixture.head.id));
    CHECK(offered.contains(vera.id));
    CHECK_FALSE(offered.contains(fixture.otherManager.id));
    CHECK_FALSE(offered.contains(fixture.marketing.id));
    CHECK_FALSE(offered.contains(fixture.admin.id));

    // Nothing changes yet: the lead is unassigned and so is the choice.
    CHECK(dialog.ownerId() == std::nullopt);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    owner->setCurrentIndex(owner->findData(vera.id));
    CHECK(dialog.ownerId() == vera.id);
    REQUIRE(okButton(dialog)->isEnabled());
    CHECK(service.assign(lead.id, dialog.ownerId(), fixture.head).ownerId == vera.id);

    // Opened on an assigned lead, the owner is preselected and Unassigned is a change.
    ReassignDialog again(service.lead(lead.id), users.list());
    CHECK(again.ownerId() == vera.id);
    child<QComboBox>(again, "owner")->setCurrentIndex(0);
    CHECK(again.ownerId() == std::nullopt);
    CHECK(okButton(again)->isEnabled());
}
