// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "modeltestwarnings.h"
#include "qtstringmaker.h"
#include "service/policyservice.h"
#include "sladisplay.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QList<qint64> rowIds(const LeadTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, LeadTableModel::Id).data().toLongLong());
    return ids;
}

LeadFilter statusFilter(LeadStatus status)
{
    LeadFilter filter;
    filter.statuses = {status};
    return filter;
}

SlaState slaState(const LeadTableModel &model, int row)
{
    return static_cast<SlaState>(
        model.index(row, LeadTableModel::Sla).data(LeadTableModel::SlaStateRole).toInt());
}

} // namespace

TEST_CASE("LeadTableModel passes QAbstractItemModelTester through resets, refreshes and ticks",
          "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 450, 7);
    logContact(fixture, leads.at(3).id);
    reject(fixture, leads.at(5).id);

    ModelTestWarnings warnings;
    LeadTableModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reload();
    model.index(449, LeadTableModel::Sla).data(); // the last page
    model.setFilter(statusFilter(LeadStatus::InWork));
    model.setFilter(statusFilter(LeadStatus::Won)); // empty
    model.setFilter({});
    model.tickSla();
    reject(fixture, leads.at(7).id);
    model.setFilterKeepingRows(statusFilter(LeadStatus::New)); // rows removed at the end
    model.setFilterKeepingRows({});                             // and added again
    model.updateLead(logContact(fixture, leads.at(0).id));
    model.refresh();

    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("LeadTableModel reports every lead and reads only the pages shown", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3000);

    ModelTestWarnings warnings;
    LeadTableModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model.rowCount() == 0); // nothing read before the first reload
    model.reload();
    CHECK(model.rowCount() == 3000);
    CHECK(model.totalCount() == 3000);

    // The end of the list without the middle: only the first page (the tester looks at row
    // 0) and the last one are read.
    CHECK(model.index(2999, LeadTableModel::Id).data().toLongLong() == leads.last().id);
    CHECK(model.index(2800, LeadTableModel::Id).data().toLongLong() == leads.at(2800).id);
    const int lastPage = 2999 / LeadTableModel::pageSize;
    CHECK(model.loadedPages() == QList<int>({0, lastPage}));

    // Scrolling through everything keeps at most maxCachedPages pages in memory, and every row
    // is the right lead in the SLA order (these arrived a minute apart).
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, LeadTableModel::Id).data().toLongLong() != leads.at(row).id)
            FAIL("row " << row << " shows the wrong lead");
    }
    CHECK(model.loadedPages().size() <= LeadTableModel::maxCachedPages);
    CHECK(model.loadedPages().contains(lastPage));
    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("LeadTableModel filters in SQL and keeps its place on refresh", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 10);
    const QList<qint64> inWork = {logContact(fixture, leads.at(1).id).id,
                                  logContact(fixture, leads.at(4).id).id,
                                  logContact(fixture, leads.at(8).id).id};

    LeadTableModel model(fixture.db(), fixture.clock());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(statusFilter(LeadStatus::InWork));
    CHECK(resets.count() == 1);
    CHECK(rowIds(model) == inWork);

    // Another lead goes into work: refresh() adds a row without a reset.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    logContact(fixture, leads.at(9).id);
    model.refresh();
    CHECK(resets.count() == 1);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 4);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    reject(fixture, leads.at(4).id);
    model.refresh();
    CHECK(removed.count() == 1);
    CHECK(rowIds(model) == QList<qint64>({leads.at(1).id, leads.at(8).id, leads.at(9).id}));
    CHECK(resets.count() == 1);
}

TEST_CASE("LeadTableModel's SLA column counts down and warns in colour", "[ui][model][sla]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 1);
    const Lead &lead = leads.first();
    LeadTableModel model(fixture.db(), fixture.clock());
    model.setSlaPolicy(PolicyService(fixture.db(), fixture.clock()).slaPolicy());
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex sla = model.index(0, LeadTableModel::Sla);

    fixture.clock().set(lead.slaDueAt.addSecs(-(12 * 60 + 34)));
    model.tickSla();
    CHECK(changed.count() == 1);
    CHECK(slaState(model, 0) == SlaState::OnTime);
    CHECK(sla.data().toString() == SlaDisplay::tr("%1 left").arg(QStringLiteral("12:34")));
    CHECK_FALSE(sla.data(Qt::BackgroundRole).isValid());

    fixture.clock().set(lead.slaDueAt.addSecs(-4 * 60));
    model.tickSla();
    CHECK(slaState(model, 0) == SlaState::DueSoon);
    CHECK(sla.data(Qt::BackgroundRole).value<QBrush>() == SlaDisplay::background(SlaState::DueSoon));

    fixture.clock().set(lead.slaDueAt.addSecs(3910));
    model.tickSla();
    CHECK(slaState(model, 0) == SlaState::Overdue);
    CHECK(sla.data().toString() == SlaDisplay::tr("overdue %1").arg(QStringLiteral("1:05:10")));
    CHECK(sla.data(Qt::BackgroundRole).value<QBrush>() == SlaDisplay::background(SlaState::Overdue));
    CHECK(sla.data(Qt::ForegroundRole).value<QBrush>() == SlaDisplay::foreground(SlaState::Overdue));

    model.updateLead(logContact(fixture, lead.id));
    CHECK(slaState(model, 0) == SlaState::Missed);
    CHECK(sla.data().toString() == SlaDisplay::tr("missed"));
}

TEST_CASE("LeadTableModel's LeadRole returns the domain lead", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    const Lead contacted = logContact(fixture, leads.at(1).id);

    LeadTableModel model(fixture.db(), fixture.clock());
    model.reload();
    REQUIRE(model.rowCount() == 3);
    // Leads still waiting for a first contact come first: the contacted one is last.
    const QVariant value = model.index(2, LeadTableModel::Name).data(LeadTableModel::LeadRole);
    REQUIRE(value.canConvert<Lead>());
    const Lead lead = value.value<Lead>();
    CHECK(lead.id == contacted.id);
    CHECK(lead.status == LeadStatus::InWork);
    CHECK(lead.ownerId == fixture.manager.id);
    CHECK(model.index(2, LeadTableModel::Missing).data(LeadTableModel::LeadIdRole).toLongLong()
          == contacted.id);
}

TEST_CASE("LeadTableModel shows owners by name, titles, local times and missing data", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 2, 2); // the second has no phone
    logContact(fixture, leads.at(0).id);

    LeadTableModel model(fixture.db(), fixture.clock());
    model.reload();
    REQUIRE(model.rowCount() == 2);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // The waiting lead (no phone, unassigned) comes before the contacted one.
    CHECK(text(1, LeadTableModel::Status) == statusTitle(LeadStatus::InWork));
    CHECK(text(1, LeadTableModel::Owner) == fixture.manager.displayName);
    CHECK(text(0, LeadTableModel::Owner) == LeadTableModel::tr("Unassigned"));
    CHECK(text(1, LeadTableModel::Phone).startsWith(QLatin1String("+7912")));
    CHECK(text(1, LeadTableModel::SlaDue)
          == QLocale().toString(leads.at(0).slaDueAt.toLocalTime(), QLocale::ShortFormat));
    CHECK(text(1, LeadTableModel::Missing).isEmpty());
    CHECK(text(0, LeadTableModel::Missing) == LeadTableModel::tr("phone"));
    CHECK_FALSE(model.index(0, LeadTableModel::Missing).data(Qt::DecorationRole).value<QIcon>().isNull());
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("LeadTableModel reports a storage failure instead of throwing", "[ui][model]")
{
    // A database without the schema: every read fails in core with an Error.
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("empty.sqlite")));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    LeadTableModel model(*db, clock);
    QSignalSpy failures(&model, &LeadTableModel::loadFailed);
    model.reload();
    REQUIRE(failures.count() == 1);
    CHECK_FALSE(failures.at(0).at(0).toString().isEmpty());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A search matching many leads shows its first page at once; the exact count follows",
          "[ui][model][search]")
{
    TempDatabase fixture;
    const int total = int(LeadTableModel::firstCountLimit) + 150;
    const QList<Lead> leads = receiveLeads(fixture, total);
    ModelTestWarnings warnings;
    LeadTableModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy completed(&model, &LeadTableModel::countCompleted);
    const auto waitForCount = [&model] {
        for (int i = 0; i < 100 && !model.isCountExact(); ++i)
            QTest::qWait(20);
        return model.isCountExact();
    };

    // Every lead is a "клиент": the first count stops at the limit, the first page is there.
    LeadFilter everyone;
    everyone.search = QStringLiteral("КЛИЕНТ");
    model.setFilter(everyone);
    CHECK(model.rowCount() == LeadTableModel::firstCountLimit);
    CHECK_FALSE(model.isCountExact());
    CHECK(model.index(0, LeadTableModel::Id).data().toLongLong() == leads.first().id);
    REQUIRE(waitForCount());
    CHECK(model.rowCount() == total);
    CHECK(model.totalCount() == total);
    CHECK(completed.size() == 1);
    CHECK(model.index(total - 1, LeadTableModel::Id).data().toLongLong() == leads.last().id);

    // A search with few matches is counted exactly at once.
    LeadFilter few;
    few.search = QStringLiteral("клиент 1999");
    model.setFilter(few);
    CHECK(model.isCountExact());
    CHECK(model.rowCount() == 1);

    // A filter changed before the exact count came: the old count never lands.
    model.setFilter(everyone);
    CHECK_FALSE(model.isCountExact());
    model.setFilter(few);
    QTest::qWait(LeadTableModel::exactCountDelayMs * 3);
    CHECK(model.rowCount() == 1);
    CHECK(completed.size() == 1);
    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("LeadTableModel marks leads from hot sources in the Channel column", "[ui][model]")
{
    TempDatabase fixture;
    receiveLeads(fixture, 6); // channels context_ads, seo, referral, in turn

    LeadTableModel model(fixture.db(), fixture.clock());
    model.reload();
    const auto hot = [&](int row) {
        return model.index(row, LeadTableModel::Channel).data(LeadTableModel::HotSourceRole).toBool();
    };
    const auto channelOf = [&](int row) {
        return model.index(row, LeadTableModel::Channel).data().toString();
    };
    // Before any scores: no marks, no score tooltip.
    REQUIRE(model.rowCount() == 6);
    CHECK_FALSE(hot(0));
    CHECK_FALSE(model.index(0, LeadTableModel::Channel).data(Qt::ToolTipRole).isValid());

    SourceScores scores;
    scores.overallSqlRate = 0.2;
    SourceScore seo;
    seo.channel = QStringLiteral("seo");
    seo.leads = 400;
    seo.sql = 160;
    seo.sqlProbability = 0.38;
    seo.wonProbability = 0.12;
    seo.hot = true;
    SourceScore ads;
    ads.channel = QStringLiteral("context_ads");
    ads.leads = 900;
    ads.sqlProbability = 0.15;
    scores.channels = {seo, ads};
    scores.index();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSourceScores(scores);
    CHECK(changed.count() == 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        INFO("row " << row << ", channel " << channelOf(row).toStdString());
        CHECK(hot(row) == (channelOf(row) == QLatin1String("seo")));
        const QVariant icon = model.index(row, LeadTableModel::Channel).data(Qt::DecorationRole);
        CHECK(icon.isValid() == hot(row));
        const QVariant nameIcon = model.index(row, LeadTableModel::Name).data(Qt::DecorationRole);
        CHECK(nameIcon.isValid() == hot(row));
    }
    int seoRow = -1;
    int adsRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (channelOf(row) == QLatin1String("seo"))
            seoRow = row;
        if (channelOf(row) == QLatin1String("context_ads"))
            adsRow = row;
    }
    REQUIRE(seoRow >= 0);
    REQUIRE(adsRow >= 0);
    const QString seoTip = model.index(seoRow, LeadTableModel::Channel).data(Qt::ToolTipRole).toString();
    CHECK(seoTip.startsWith(QStringLiteral("Hot source.")));
    CHECK(seoTip.contains(QLocale().toString(38.0, 'f', 1)));
    CHECK(seoTip.contains(QStringLiteral("400")));
    CHECK(model.index(seoRow, LeadTableModel::Name).data(Qt::ToolTipRole).toString() == seoTip);
    const QString adsTip = model.index(adsRow, LeadTableModel::Channel).data(Qt::ToolTipRole).toString();
    CHECK_FALSE(adsTip.startsWith(QStringLiteral("Hot source.")));
    CHECK(adsTip.contains(QLocale().toString(15.0, 'f', 1)));
    // A channel with no history gets the prior, never the mark.
    CHECK_FALSE(scores.isHot(QStringLiteral("referral")));
}
