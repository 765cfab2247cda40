// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the widget tests: find a widget by objectName or fail the test,
// start from no saved settings, build a main window with a fake dialog runner, save screenshots.
#pragma once

#include "fakedialogrunner.h"
#include "mainwindow.h"
#include "tempdatabase.h"

#include <QDir>
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

// The hidden screenshot cases save into $LEADPACT_SCREENSHOT_DIR: whether it is set (a warning
// says so when it is not, and the case has nothing to do).
inline bool screenshotsWanted()
{
    if (!qEnvironmentVariableIsEmpty("LEADPACT_SCREENSHOT_DIR"))
        return true;
    WARN("LEADPACT_SCREENSHOT_DIR is not set: nothing to save");
    return false;
}

// Saves the widget as $LEADPACT_SCREENSHOT_DIR/NAME-ru-SCALEx.png (SCALE: $QT_SCALE_FACTOR, 1
// when unset), so the same case run at 150 % does not overwrite the 100 % pictures.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEADPACT_SCREENSHOT_DIR");
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const QString path = QDir(dir).filePath(QStringLiteral("%1-ru-%2x.png").arg(name, scale));
    REQUIRE(widget.grab().save(path));
    WARN("saved " << path.toStdString());
}

} // namespace LeadPact::Test
