// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main with a QCoreApplication, so Qt Sql, translations and QStandardPaths work in tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>

int main(int argc, char *argv[])
{
    qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadpact-tests"));
    return Catch::Session().run(argc, argv);
}
