// SPDX-License-Identifier: GPL-3.0-or-later
// leadpact-cli end to end: the real binary, its exit codes, its one-line errors, its JSON.
#include "clirunner.h"
#include "qtstringmaker.h"
#include "storage/database.h"
#include "testconfig.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = LeadPact::Test::CliRun;

class Cli
{
public:
    Cli() { REQUIRE(m_dir.isValid()); }

    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    Run operator()(const QStringList &arguments) const
    {
        return LeadPact::Test::runCli(db(), arguments);
    }

    QJsonArray jsonList(const QStringList &arguments) const
    {
        const Run run = (*this)(QStringList{QStringLiteral("leads"), QStringLiteral("list"),
                                            QStringLiteral("--json")}
                                + arguments);
        REQUIRE(run.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isArray());
        return document.array();
    }

    // A small demo database, so there are leads and managers to work with.
    void seed() const
    {
        REQUIRE((*this)({QStringLiteral("init")}).exitCode == 0);
        const Run demo = (*this)({QStringLiteral("demo"), QStringLiteral("--leads"),
                                  QStringLiteral("300"), QStringLiteral("--seed"),
                                  QStringLiteral("11"), QStringLiteral("--end"),
                                  QStringLiteral("2026-11-20")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }

private:
    QTemporaryDir m_dir;
};

QStringList args(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

TEST_CASE("cli init creates, then reports an up-to-date database", "[cli]")
{
    Cli cli;
    const Run first = cli(args({"init"}));
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("schema version 0 -> ")));
    const Run second = cli(args({"init", "--json"}));
    CHECK(second.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("schema_from")).toInt() == json.value(QStringLiteral("schema_version")).toInt());
    CHECK(json.value(QStringLiteral("schema_version")).toInt() >= 2);
}

TEST_CASE("cli usage mistakes exit with 2 and one line on stderr", "[cli]")
{
    Cli cli;
    REQUIRE(cli(args({"init"})).exitCode == 0);
    for (const QStringList &bad : {args({"frobnicate"}), args({"leads", "list", "--status", "bogus"}),
                                   args({"leads", "list", "--limit", "zero"}),
                                   args({"lead", "contact", "abc", "--as", "system"})}) {
        const Run run = cli(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("leadpact-cli: ")));
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
    CHECK(cli(args({"leads", "list", "--status", "bogus"})).err.contains(QStringLiteral("bogus")));
}

TEST_CASE("cli lists leads with filters, limit and JSON", "[cli]")
{
    Cli cli;
    cli.seed();
    const QJsonArray open = cli.jsonList(args({"--status", "New", "--limit", "7"}));
    REQUIRE(open.size() == 7);
    qint64 previousDue = 0;
    for (const QJsonValue &value : open) {
        const QJsonObject lead = value.toObject();
        CHECK(lead.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
        // The queue is in SLA order: earliest deadline first.
        const qint64 due = QDateTime::fromString(lead.value(QStringLiteral("sla_due_at")).toString(),
                                                 Qt::ISODate)
                               .toSecsSinceEpoch();
        CHECK(due >= previousDue);
        previousDue = due;
    }

    const QJsonArray seo = cli.jsonList(args({"--channel", "seo", "--limit", "1000"}));
    REQUIRE(!seo.isEmpty());
    for (const QJsonValue &value : seo)
        CHECK(value.toObject().value(QStringLiteral("channel")).toString() == QStringLiteral("seo"));

    const QJsonArray mine = cli.jsonList(args({"--owner", "ivanova", "--limit", "1000"}));
    REQUIRE(!mine.isEmpty());
    for (const QJsonValue &value : mine)
        CHECK(value.toObject().value(QStringLiteral("owner")).toString() == QStringLiteral("ivanova"));

    const Run text = cli(args({"leads", "list", "--status", "rejected", "--limit", "3"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.count(QLatin1Char('\n')) == 4); // header + 3 rows
}

TEST_CASE("cli refuses a rejection without a reason and lists the active codes", "[cli][reject]")
{
    Cli cli;
    cli.seed();
    const QJsonObject lead = cli.jsonList(args({"--status", "new", "--limit", "1"})).at(0).toObject();
    const QString id = QString::number(lead.value(QStringLiteral("id")).toInteger());
    const QString owner = lead.value(QStringLiteral("owner")).toString();

    const Run noReason = cli({QStringLiteral("lead"), QStringLiteral("reject"), id,
                              QStringLiteral("--as"), owner});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("non_target_region")));
    CHECK(noReason.err.contains(QStringLiteral("spam_test")));

    const Run noComment = cli({QStringLiteral("lead"), QStringLiteral("reject"), id,
                               QStringLiteral("--reason"), QStringLiteral("competitor"),
                               QStringLiteral("--as"), owner});
    CHECK(noComment.exitCode == 1);
    CHECK(noComment.err.contains(QStringLiteral("comment")));

    const Run byMarketing = cli({QStringLiteral("lead"), QStringLiteral("reject"), id,
                                 QStringLiteral("--reason"), QStringLiteral("student"),
                                 QStringLiteral("--as"), QStringLiteral("marketing")});
    CHECK(byMarketing.exitCode == 1);

    // Nothing of the refused attempts reached the lead.
    const Run show = cli({QStringLiteral("lead"), QStringLiteral("show"), id});
    REQUIRE(show.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
    CHECK(shown.value(QStringLiteral("history")).toArray().size() == 1);

    const Run ok = cli({QStringLiteral("lead"), QStringLiteral("reject"), id,
                        QStringLiteral("--reason"), QStringLiteral("competitor"),
                        QStringLiteral("--comment"), QStringLiteral("Works for a competitor"),
                        QStringLiteral("--as"), owner});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    const QJsonObject after = QJsonDocument::fromJson(
                                  cli({QStringLiteral("lead"), QStringLiteral("show"), id}).out.toUtf8())
                                  .object();
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(after.value(QStringLiteral("rejection_reason")).toString() == QStringLiteral("competitor"));
    const QJsonArray history = after.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).toObject().value(QStringLiteral("by")).toString() == owner);
    CHECK(history.at(1).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("competitor"));
}

TEST_CASE("cli walks a lead from contact to a won deal, and through a dispute", "[cli]")
{
    Cli cli;
    cli.seed();
    const QJsonArray fresh = cli.jsonList(args({"--status", "new", "--limit", "2"}));
    REQUIRE(fresh.size() == 2);
    const auto run = [&](const QJsonObject &lead, QStringList rest) {
        rest.insert(2, QString::number(lead.value(QStringLiteral("id")).toInteger()));
        const Run result = cli(rest);
        INFO(rest.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        return result;
    };
    const QJsonObject a = fresh.at(0).toObject();
    const QString owner = a.value(QStringLiteral("owner")).toString();
    run(a, {QStringLiteral("lead"), QStringLiteral("contact"), QStringLiteral("--kind"),
            QStringLiteral("call"), QStringLiteral("--as"), owner});
    const Run partial = cli({QStringLiteral("lead"), QStringLiteral("qualify"),
                             QString::number(a.value(QStringLiteral("id")).toInteger()),
                             QStringLiteral("--need"), QStringLiteral("--budget"),
                             QStringLiteral("--as"), owner});
    CHECK(partial.exitCode == 1);
    CHECK(partial.err.contains(QStringLiteral("decision-maker")));
    run(a, {QStringLiteral("lead"), QStringLiteral("qualify"), QStringLiteral("--need"),
            QStringLiteral("--budget"), QStringLiteral("--authority"), QStringLiteral("--as"), owner});
    const Run won = run(a, {QStringLiteral("lead"), QStringLiteral("won"), QStringLiteral("--amount"),
                            QStringLiteral("125000.50"), QStringLiteral("--paid-on"),
                            QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--json"),
                            QStringLiteral("--as"), owner});
    const QJsonObject wonLead = QJsonDocument::fromJson(won.out.toUtf8()).object();
    CHECK(wonLead.value(QStringLiteral("status")).toString() == QStringLiteral("won"));
    CHECK(wonLead.value(QStringLiteral("deal_amount")).toString() == QStringLiteral("125000.50"));

    // Won -> anything is refused with both statuses named.
    const Run again = cli({QStringLiteral("lead"), QStringLiteral("contact"),
                           QString::number(a.value(QStringLiteral("id")).toInteger()),
                           QStringLiteral("--as"), owner});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Won")));
    CHECK(again.err.contains(QStringLiteral("In work")));

    const QJsonObject b = fresh.at(1).toObject();
    const QString bOwner = b.value(QStringLiteral("owner")).toString();
    run(b, {QStringLiteral("lead"), QStringLiteral("reject"), QStringLiteral("--reason"),
            QStringLiteral("student"), QStringLiteral("--as"), bOwner});
    const Run silentDispute = cli({QStringLiteral("lead"), QStringLiteral("dispute"),
                                   QString::number(b.value(QStringLiteral("id")).toInteger()),
                                   QStringLiteral("--as"), QStringLiteral("marketing")});
    CHECK(silentDispute.exitCode == 1);
    run(b, {QStringLiteral("lead"), QStringLiteral("dispute"), QStringLiteral("--comment"),
            QStringLiteral("Has a registered business"), QStringLiteral("--as"),
            QStringLiteral("marketing")});
    const Run managerDecides = cli({QStringLiteral("lead"), QStringLiteral("return"),
                                    QString::number(b.value(QStringLiteral("id")).toInteger()),
                                    QStringLiteral("--as"), bOwner});
    CHECK(managerDecides.exitCode == 1);
    run(b, {QStringLiteral("lead"), QStringLiteral("return"), QStringLiteral("--as"),
            QStringLiteral("rop")});
    const QJsonObject back = QJsonDocument::fromJson(
                                 cli({QStringLiteral("lead"), QStringLiteral("show"),
                                      QString::number(b.value(QStringLiteral("id")).toInteger())})
                                     .out.toUtf8())
                                 .object();
    CHECK(back.value(QStringLiteral("status")).toString() == QStringLiteral("in_work"));
    CHECK(back.value(QStringLiteral("owner")).toString() == bOwner);
    CHECK(back.value(QStringLiteral("history")).toArray().size() == 4);
}

TEST_CASE("cli manages the reason catalog and users with role checks", "[cli][reasons]")
{
    Cli cli;
    cli.seed();
    const Run byManager = cli(args({"reasons", "add", "no_license", "--ru", "Нет лицензии", "--en",
                                    "No license", "--as", "ivanova"}));
    CHECK(byManager.exitCode == 1);
    const Run added = cli(args({"reasons", "add", "no_license", "--ru", "Нет лицензии", "--en",
                                "No license", "--comment-required", "--as", "rop"}));
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(cli(args({"reasons", "list"})).out.contains(QStringLiteral("no_license")));
    CHECK(cli(args({"reasons", "archive", "no_license", "--as", "rop"})).exitCode == 0);
    CHECK(!cli(args({"reasons", "list"})).out.contains(QStringLiteral("no_license")));
    CHECK(cli(args({"reasons", "list", "--all"})).out.contains(QStringLiteral("no_license")));
    CHECK(cli(args({"reasons", "unarchive", "no_license", "--as", "rop"})).exitCode == 0);
    CHECK(cli(args({"reasons", "archive", "nonexistent", "--as", "rop"})).exitCode == 1);

    CHECK(cli(args({"users", "add", "newbie", "--role", "manager"})).exitCode == 2); // no --as
    CHECK(cli(args({"users", "add", "newbie", "--role", "manager", "--as", "ivanova"})).exitCode == 1);
    CHECK(cli(args({"users", "add", "newbie", "--role", "manager", "--as", "system"})).exitCode == 0);
    CHECK(cli(args({"users", "list"})).out.contains(QStringLiteral("newbie")));
}

TEST_CASE("cli: a second process cannot write while the database is open for writing", "[cli][lock]")
{
    Cli cli;
    cli.seed();
    auto holder = LeadPact::Database::openSqlite(cli.db(), LeadPact::Database::Access::ReadWrite);
    const Run blocked = cli(args({"users", "add", "late", "--role", "manager", "--as", "system"}));
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(QStringLiteral("already open for writing")));
    CHECK(blocked.err.contains(QStringLiteral("cli.sqlite")));
    // Reading still works.
    CHECK(cli(args({"leads", "list", "--limit", "1"})).exitCode == 0);
    holder.reset();
    CHECK(cli(args({"users", "add", "late", "--role", "manager", "--as", "system"})).exitCode == 0);
}

TEST_CASE("cli shows and sets the SLA policy, head of sales only", "[cli][policy]")
{
    Cli cli;
    cli.seed();
    const Run shown = cli(args({"policy", "show"}));
    REQUIRE(shown.exitCode == 0);
    QJsonObject policy = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(policy.value(QStringLiteral("first_contact_minutes")).toInt() == 15);
    CHECK(policy.value(QStringLiteral("calendar")).toObject().value(QStringLiteral("time_zone"))
          == QStringLiteral("Europe/Moscow"));

    policy.insert(QStringLiteral("first_contact_minutes"), 30);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("policy.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(policy).toJson());
    out.close();

    CHECK(cli({QStringLiteral("policy"), QStringLiteral("set"), file, QStringLiteral("--as"),
               QStringLiteral("ivanova")})
              .exitCode
          == 1);
    const Run set = cli({QStringLiteral("policy"), QStringLiteral("set"), file,
                         QStringLiteral("--as"), QStringLiteral("rop")});
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(QJsonDocument::fromJson(cli(args({"policy", "show"})).out.toUtf8())
              .object()
              .value(QStringLiteral("first_contact_minutes"))
              .toInt()
          == 30);

    // A policy that cannot work is refused with the field named, and nothing changes.
    policy.insert(QStringLiteral("due_soon_minutes"), 45);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(policy).toJson());
    out.close();
    const Run bad = cli({QStringLiteral("policy"), QStringLiteral("set"), file,
                         QStringLiteral("--as"), QStringLiteral("rop")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("due_soon_minutes")));
}

TEST_CASE("cli sets up and runs lead distribution", "[cli][distribution]")
{
    Cli cli;
    REQUIRE(cli(args({"init"})).exitCode == 0);
    REQUIRE(cli(args({"users", "add", "anna", "--role", "manager", "--as", "system"})).exitCode == 0);
    REQUIRE(cli(args({"users", "add", "boris", "--role", "manager", "--as", "system"})).exitCode == 0);
    REQUIRE(cli(args({"users", "add", "rop", "--role", "head_of_sales", "--as", "system"})).exitCode == 0);
    CHECK(cli(args({"distribution", "set", "--on", "--managers", "anna,boris", "--as", "anna"})).exitCode == 1);
    CHECK(cli(args({"distribution", "set", "--on", "--managers", "anna,boris", "--as", "rop"})).exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(cli(args({"distribution", "show"})).out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("enabled")).toBool());
    CHECK(shown.value(QStringLiteral("on_duty")).toArray()
          == QJsonArray{QStringLiteral("anna"), QStringLiteral("boris")});
    const Run run = cli(args({"distribution", "run", "--as", "rop"}));
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("0"))); // nothing waiting yet
    CHECK(cli(args({"distribution", "set", "--off", "--as", "rop"})).exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(cli(args({"distribution", "show"})).out.toUtf8())
                    .object()
                    .value(QStringLiteral("enabled"))
                    .toBool());
}

TEST_CASE("cli report week prints the week's facts; --pdf only in the full build", "[cli]")
{
    Cli cli;
    cli.seed();
    const Run text = cli(args({"report", "week", "--week", "2026-W47"}));
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("2026-W47")));
    const Run json = cli(args({"--json", "report", "week", "--week", "2026-W47"}));
    REQUIRE(json.exitCode == 0);
    const QJsonObject week = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(week.value(QStringLiteral("week")).toString() == QStringLiteral("2026-W47"));
    const QJsonArray facts = week.value(QStringLiteral("facts")).toArray();
    REQUIRE(facts.size() == 7);
    CHECK(facts[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("received"));

    // 2026 has 53 ISO weeks, 2025 has 52.
    CHECK(cli(args({"report", "week", "--week", "2025-W53"})).exitCode == 2);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
    const Run daily = cli({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                           QStringLiteral("2026-11-18"), QStringLiteral("--pdf"), pdf});
    if (LEADPACT_WITH_GUI) {
        CHECK(daily.exitCode == 0);
        CHECK(QFile::exists(pdf));
    } else {
        // The GUI-less build has no renderer and says which build has.
        CHECK(daily.exitCode == 2);
        CHECK(daily.err.contains(QStringLiteral("LEADPACT_GUI=ON")));
        CHECK_FALSE(QFile::exists(pdf));
    }
}
