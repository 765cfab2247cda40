// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseopener.h"
#include "domain/error.h"
#include "qtstringmaker.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("DatabaseOpener creates and migrates a new database without asking", "[ui][opener]")
{
    QTemporaryDir dir;
    bool asked = false;
    DatabaseOpener opener([&asked](const QString &) {
        asked = true;
        return true;
    });
    const auto db = opener.open(dir.filePath(QStringLiteral("sub/leadpact.sqlite")));
    REQUIRE(db != nullptr);
    CHECK_FALSE(db->isReadOnly());
    CHECK(Migrations::currentVersion(*db) == Migrations::latestVersion());
    CHECK_FALSE(asked);
}

TEST_CASE("DatabaseOpener offers read-only access when the file is held for writing", "[ui][opener]")
{
    TempDatabase holder; // keeps the write lock
    QString question;
    SECTION("accepted")
    {
        DatabaseOpener opener([&question](const QString &reason) {
            question = reason;
            return true;
        });
        const auto db = opener.open(holder.path());
        REQUIRE(db != nullptr);
        CHECK(db->isReadOnly());
        CHECK_FALSE(question.isEmpty());
    }
    SECTION("declined")
    {
        DatabaseOpener opener([&question](const QString &reason) {
            question = reason;
            return false;
        });
        CHECK(opener.open(holder.path()) == nullptr);
        CHECK_FALSE(question.isEmpty());
    }
}

TEST_CASE("DatabaseOpener passes other errors on", "[ui][opener]")
{
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notADatabase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    DatabaseOpener opener([](const QString &) { return true; });
    CHECK_THROWS_AS(opener.open(notADatabase), Error);
}
