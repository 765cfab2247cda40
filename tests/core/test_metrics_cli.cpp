// SPDX-License-Identifier: GPL-3.0-or-later
// leadpact-cli metrics and spend, end to end through the built binary: the JSON keys the issue
// promises, the same numbers as MetricsService, spend entry and its permissions.
#include "clirunner.h"
#include "metrics/metricsservice.h"
#include "qtstringmaker.h"
#include "service/clock.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;

namespace {

using Run = LeadPact::Test::CliRun;

class MetricsCli
{
public:
    MetricsCli() { REQUIRE(m_dir.isValid()); }

    QString db() const { return m_dir.filePath(QStringLiteral("metrics.sqlite")); }

    Run operator()(const QStringList &arguments) const
    {
        return LeadPact::Test::runCli(db(), arguments);
    }

    QJsonDocument json(const QStringList &arguments) const
    {
        const Run run = (*this)(QStringList {QStringLiteral("--json")} + arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return document;
    }

private:
    QTemporaryDir m_dir;
};

QStringList words(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

TEST_CASE("leadpact-cli metrics prints the promised keys with the service's numbers",
          "[metrics][cli]")
{
    MetricsCli cli;
    REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
    REQUIRE(
        cli(words({"demo", "--leads", "400", "--seed", "5", "--weeks", "4", "--end", "2026-11-20"}))
            .exitCode
        == 0);
    REQUIRE(cli(words({"spend",
                       "set",
                       "--channel",
                       "context",
                       "--month",
                       "2026-11",
                       "--amount",
                       "150000.00",
                       "--as",
                       "marketing"}))
                .exitCode
            == 0);

    const QJsonObject o
        = cli.json(words({"metrics", "--from", "2026-10-24", "--to", "2026-11-20"})).object();
    const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
    for (const char *key : {"received", "mql", "contacted", "sql", "won", "rejected", "lost"})
        CHECK(funnel.value(QLatin1String(key)).isDouble());
    const QJsonObject sla = o.value(QStringLiteral("sla")).toObject();
    CHECK(sla.value(QStringLiteral("within_pct")).isDouble());
    CHECK(sla.value(QStringLiteral("median_minutes")).isDouble());
    const QJsonArray channels = o.value(QStringLiteral("by_channel")).toArray();
    REQUIRE_FALSE(channels.isEmpty());
    qint64 received = 0;
    for (const QJsonValue &value : channels) {
        const QJsonObject c = value.toObject();
        for (const char *key : {"channel",
                                "received",
                                "sql",
                                "won",
                                "conversion_won_pct",
                                "sla_within_pct",
                                "median_cycle_days",
                                "avg_deal",
                                "rejections"})
            CHECK(c.contains(QLatin1String(key)));
        CHECK(c.value(QStringLiteral("rejections")).isObject());
        received += c.value(QStringLiteral("received")).toInteger();
    }
    CHECK(received == funnel.value(QStringLiteral("received")).toInteger());
    CHECK(o.value(QStringLiteral("trend")).toArray().size() == 12);

    // The same numbers as the core computes (the CLI is a printer of MetricsService).
    {
        auto db = Database::openSqlite(cli.db(), Database::Access::ReadOnly);
        MetricsQuery query;
        query.from = QDate(2026, 10, 24);
        query.to = QDate(2026, 11, 20);
        const DashboardMetrics d = MetricsService(*db, Clock::system()).dashboard(query);
        CHECK(funnel.value(QStringLiteral("received")).toInteger() == d.funnel.received);
        CHECK(funnel.value(QStringLiteral("sql")).toInteger() == d.funnel.sql);
        CHECK(funnel.value(QStringLiteral("won")).toInteger() == d.funnel.won);
        CHECK(sla.value(QStringLiteral("median_minutes")).toInteger() == *d.sla.medianMinutes);
        CHECK(d.funnel.received > 300);
    }
    // Spend reached the money block: 150 000.00 * 20 days / 30 of November.
    const QJsonObject money = o.value(QStringLiteral("money")).toArray().first().toObject();
    CHECK(money.value(QStringLiteral("spend")).toString() == QStringLiteral("100000.00"));

    // A channel filter narrows everything to that channel.
    const QJsonObject context
        = cli
              .json(words(
                  {"metrics", "--from", "2026-10-24", "--to", "2026-11-20", "--channel", "context"}))
              .object();
    const QJsonArray contextRows = context.value(QStringLiteral("by_channel")).toArray();
    REQUIRE(contextRows.size() == 1);
    CHECK(contextRows[0].toObject().value(QStringLiteral("channel")).toString()
          == QStringLiteral("context"));

    // The text form names the funnel; bad periods are usage errors or refusals.
    const Run text = cli(words({"metrics", "--preset", "month", "--to", "2026-11-20"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Funnel")));
    CHECK(cli(words({"metrics", "--from", "2026-11-20"})).exitCode == 2);
    const Run reversed = cli(words({"metrics", "--from", "2026-11-20", "--to", "2026-11-01"}));
    CHECK(reversed.exitCode == 1);
    CHECK(reversed.err.contains(QStringLiteral("2026-11-01")));
    CHECK(
        cli(words({"metrics", "--from", "2026-11-01", "--to", "2026-11-20", "--manager", "nobody"}))
            .exitCode
        == 1);
}

TEST_CASE("leadpact-cli spend set and list, for the roles that may", "[metrics][cli][spend]")
{
    MetricsCli cli;
    REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
    REQUIRE(cli(words({"users", "add", "mark", "--role", "marketing", "--as", "system"})).exitCode
            == 0);
    REQUIRE(cli(words({"users", "add", "anna", "--role", "manager", "--as", "system"})).exitCode
            == 0);

    const Run refused = cli(words({"spend",
                                   "set",
                                   "--channel",
                                   "seo",
                                   "--month",
                                   "2026-11",
                                   "--amount",
                                   "1000",
                                   "--as",
                                   "anna"}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("marketing")));
    CHECK(cli(words({"spend",
                     "set",
                     "--channel",
                     "seo",
                     "--month",
                     "2026-13",
                     "--amount",
                     "1",
                     "--as",
                     "mark"}))
              .exitCode
          == 2);
    CHECK(cli(words({"spend",
                     "set",
                     "--channel",
                     "seo",
                     "--month",
                     "2026-11",
                     "--amount",
                     "lots",
                     "--as",
                     "mark"}))
              .exitCode
          == 2);
    REQUIRE(cli(words({"spend",
                       "set",
                       "--channel",
                       "seo",
                       "--month",
                       "2026-11",
                       "--amount",
                       "150000.00",
                       "--currency",
                       "usd",
                       "--as",
                       "mark"}))
                .exitCode
            == 0);

    const QJsonArray list = cli.json(words({"spend", "list"})).array();
    REQUIRE(list.size() == 1);
    const QJsonObject row = list[0].toObject();
    CHECK(row.value(QStringLiteral("channel")).toString() == QStringLiteral("seo"));
    CHECK(row.value(QStringLiteral("month")).toString() == QStringLiteral("2026-11"));
    CHECK(row.value(QStringLiteral("amount")).toString() == QStringLiteral("150000.00"));
    CHECK(row.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    CHECK(row.value(QStringLiteral("updated_by")).toString() == QStringLiteral("mark"));

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("metrics --from DATE --to DATE")));
    CHECK(help.out.contains(QStringLiteral("spend set")));
}
