// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built leadpact-cli for end-to-end tests: on one database file, in the C.UTF-8 locale
// (so its messages are the English source texts), collecting the exit code and both streams.
#pragma once

#include "testconfig.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace LeadPact::Test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &db, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEADPACT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace LeadPact::Test
