// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitydialog.h"
#include "qtstringmaker.h"
#include "uitesthelpers.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("IdentityDialog offers the active users and is remembered", "[ui][identity]")
{
    clearSettings();
    TempDatabase fixture;
    User retired = fixture.otherManager;
    retired.active = false;
    const QList<User> users = {fixture.manager, retired, fixture.head, fixture.marketing};

    CHECK_FALSE(IdentityDialog::remembered(users).has_value());
    IdentityDialog dialog(users, fixture.head.login);
    auto *list = child<QListWidget>(dialog, "userList");
    REQUIRE(list->count() == 3); // not the inactive one
    CHECK(list->currentItem()->text().contains(roleTitle(Role::HeadOfSales)));
    REQUIRE(dialog.user());
    CHECK(dialog.user()->login == fixture.head.login);

    list->setCurrentRow(2);
    CHECK(dialog.user()->login == fixture.marketing.login);
    IdentityDialog::remember(*dialog.user());
    CHECK(IdentityDialog::remembered(users)->login == fixture.marketing.login);
    // A remembered user who was deactivated since is asked again.
    IdentityDialog::remember(retired);
    CHECK_FALSE(IdentityDialog::remembered(users).has_value());
}
