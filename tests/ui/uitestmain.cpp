// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for widget tests: a QApplication (the support library's main makes only a
// QCoreApplication). Settings go to a folder of this process's own, so QSettings never touches
// the user's configuration and test cases that ctest runs in parallel do not share one file.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // A private runtime directory (0700), as Qt expects, when the environment has none.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadPact"));
    QApplication::setApplicationName(QStringLiteral("leadpact-ui-tests"));
    return Catch::Session().run(argc, argv);
}
