// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the widget tests: find a widget by objectName or fail the test,
// start from no saved settings, build a main window with a fake dialog runner.
#pragma once

#include "fakedialogrunner.h"
#include "mainwindow.h"
#include "tempdatabase.h"

#include <QSettings>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace LeadPact::Test {

// Each test starts from no saved settings (uitestmain.cpp keeps them in a private folder).
inline void clearSettings()
{
    QSettings().clear();
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// A main window for `user` on the fixture's database and manual clock; `runner` (optional)
// receives the fake dialog runner the window owns.
inline std::unique_ptr<MainWindow> makeWindow(TempDatabase &fixture, const User &user,
                                              FakeDialogRunner **runner = nullptr)
{
    auto fake = std::make_unique<FakeDialogRunner>();
    if (runner)
        *runner = fake.get();
    return std::make_unique<MainWindow>(fixture.db(), user, fixture.clock(), std::move(fake));
}

} // namespace LeadPact::Test
