// SPDX-License-Identifier: GPL-3.0-or-later
// The real Olist marketing funnel through the metrics: both files imported with the shipped
// presets, then each channel's received, won, conversion and median deal cycle compared with a
// computation made here from the CSV files themselves.
#include "coretesthelpers.h"
#include "importfixture.h"
#include "import/importmapping.h"
#include "import/leadimporter.h"
#include "metrics/metricsservice.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"
#include "testconfig.h"

#include <QFile>
#include <QHash>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

struct Expected
{
    qint64 received = 0;
    QList<qint64> cycles; // days from first contact to the won date, one per won lead
};

// Nearest rank: the smallest value with at least ceil(n/2) values at or below it.
qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(0.5 * double(values.size())));
    return values.at(rank - 1);
}

} // namespace

TEST_CASE("Olist: per-channel conversion and median deal cycle match the CSV files",
          "[metrics][olist]")
{
    const QString dir = QStringLiteral(LEADPACT_SHARED_DIR "/datasets/olist-marketing-funnel/");
    const QString mqlPath = dir + u"olist_marketing_qualified_leads_dataset.csv"_s;
    const QString dealsPath = dir + u"olist_closed_deals_dataset.csv"_s;

    // The expectation, from the files: leads per origin; a deal counts as won on its lead's
    // origin unless it is dated before the lead's first contact (the import reports that row).
    QHash<QString, std::pair<QDate, QString>> mqls; // mql_id -> first contact date, origin
    QHash<QString, Expected> expected;
    {
        QFile csv(mqlPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        csv.readLine();
        while (!csv.atEnd()) {
            const QStringList f = Test::splitCsvLine(QString::fromUtf8(csv.readLine()).trimmed());
            REQUIRE(f.size() == 4);
            const QDate arrived = QDate::fromString(f.at(1), u"dd-MM-yyyy"_s);
            REQUIRE(arrived.isValid());
            mqls.insert(f.at(0), {arrived, f.at(3)});
            ++expected[f.at(3)].received;
        }
    }
    REQUIRE(mqls.size() == 8000);
    qint64 wonTotal = 0;
    {
        QFile csv(dealsPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QStringList header = Test::splitCsvLine(QString::fromUtf8(csv.readLine()).trimmed());
        const qsizetype idColumn = header.indexOf(u"mql_id"_s);
        const qsizetype wonColumn = header.indexOf(u"won_date"_s);
        while (!csv.atEnd()) {
            const QStringList f = Test::splitCsvLine(QString::fromUtf8(csv.readLine()).trimmed());
            REQUIRE(f.size() == header.size());
            const auto [arrived, origin] = mqls.value(f.at(idColumn));
            const QDate won = QDate::fromString(f.at(wonColumn).left(10), Qt::ISODate);
            REQUIRE(won.isValid());
            if (won < arrived)
                continue;
            expected[origin].cycles.append(arrived.daysTo(won));
            ++wonTotal;
        }
    }
    REQUIRE(wonTotal == 841);

    TempDatabase fx;
    const QString presets = QStringLiteral(LEADPACT_SOURCE_DIR "/resources/import/");
    LeadImporter importer(fx.db(), fx.clock());
    REQUIRE(importer.import(mqlPath, ImportMapping::load(presets + u"olist-mql.json"_s), {},
                            fx.marketing)
                .inserted
            == 8000);
    ImportOptions update;
    update.updateExisting = true;
    update.partial = true;
    REQUIRE(importer.import(dealsPath, ImportMapping::load(presets + u"olist-deals.json"_s),
                            update, fx.head)
                .outcomes
            == wonTotal);

    // Everything Olist has, in the team's zone (Moscow by default; the leads arrived at
    // midnight in São Paulo, the same local date).
    MetricsQuery query;
    query.from = QDate(2017, 1, 1);
    query.to = QDate(2018, 12, 31);
    MetricsService metrics(fx.db(), fx.clock());
    const QList<ChannelMetrics> channels = metrics.channels(query);
    REQUIRE(channels.size() == expected.size());
    LeadRepository leads(fx.db());
    for (const ChannelMetrics &c : channels) {
        INFO("channel \"" << c.channel.toStdString() << "\"");
        REQUIRE(expected.contains(c.channel));
        const Expected &e = expected.value(c.channel);
        CHECK(c.funnel.received == e.received);
        CHECK(c.wonLeads == e.cycles.size());
        const std::optional<double> conversion = c.wonConversionPct();
        REQUIRE(conversion);
        CHECK(*conversion == Approx(100.0 * double(e.cycles.size()) / double(e.received)));
        if (e.cycles.isEmpty()) {
            CHECK_FALSE(c.medianCycleDays);
        } else {
            REQUIRE(c.medianCycleDays);
            CHECK(*c.medianCycleDays == median(e.cycles));
        }
        // The won leads behind the number are exactly those.
        MetricCell cell;
        cell.measure = MetricCell::Measure::Deals;
        cell.channel = c.channel;
        CHECK(leads.count(metrics.drillDown(query, cell)) == c.wonLeads);
        // Olist's anonymised leads carry no name or phone: all incomplete for the SLA.
        CHECK(c.funnel.incomplete == e.received);
    }
}
