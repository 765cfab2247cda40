// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "modeltestwarnings.h"
#include "qtstringmaker.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

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

void fetchAll(LeadTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

LeadFilter statusFilter(LeadStatus status)
{
    LeadFilter filter;
    filter.statuses = {status};
    return filter;
}

} // namespace

TEST_CASE("LeadTableModel passes QAbstractItemModelTester through loads, fetches and resets",
          "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 250, 7);
    logContact(fixture, leads.at(3).id);
    reject(fixture, leads.at(5).id);

    ModelTestWarnings warnings;
    LeadTableModel model(fixture.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reload();
    fetchAll(model);
    model.setFilter(statusFilter(LeadStatus::InWork));
    model.setFilter(statusFilter(LeadStatus::Won)); // empty
    model.setFilter({});
    model.fetchMore(QModelIndex());
    model.reload();

    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("LeadTableModel loads leads lazily, 200 rows a page", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 450);

    LeadTableModel model(fixture.db());
    CHECK(model.rowCount() == 0); // nothing read before the first reload
    model.reload();
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 400);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // harmless at the end
    CHECK(model.rowCount() == 450);
    CHECK(inserted.count() == 2);

    // The SLA order: these leads arrived a minute apart, so arrival order, across pages.
    QList<qint64> expected;
    for (const Lead &lead : leads)
        expected.append(lead.id);
    CHECK(rowIds(model) == expected);
}

TEST_CASE("LeadTableModel::setFilter shows exactly the leads with the status", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 10);
    const QList<qint64> inWork = {logContact(fixture, leads.at(1).id).id,
                                  logContact(fixture, leads.at(4).id).id,
                                  logContact(fixture, leads.at(8).id).id};
    const QList<qint64> rejected = {reject(fixture, leads.at(2).id).id,
                                    reject(fixture, leads.at(6).id).id};

    LeadTableModel model(fixture.db());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(statusFilter(LeadStatus::InWork));
    CHECK(resets.count() == 1);
    CHECK(rowIds(model) == inWork);
    CHECK(model.totalCount() == 3);

    model.setFilter(statusFilter(LeadStatus::Rejected));
    CHECK(rowIds(model) == rejected);

    model.setFilter(statusFilter(LeadStatus::New));
    CHECK(model.rowCount() == 5);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.lead(row).status == LeadStatus::New);

    model.setFilter(statusFilter(LeadStatus::Won));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));

    model.setFilter({});
    CHECK(model.rowCount() == 10);
}

TEST_CASE("LeadTableModel's LeadRole returns the domain lead", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 3);
    const Lead contacted = logContact(fixture, leads.at(1).id);

    LeadTableModel model(fixture.db());
    model.reload();
    REQUIRE(model.rowCount() == 3);
    const QVariant value = model.index(1, LeadTableModel::Name).data(LeadTableModel::LeadRole);
    REQUIRE(value.canConvert<Lead>());
    const Lead lead = value.value<Lead>();
    CHECK(lead.id == contacted.id);
    CHECK(lead.name == contacted.name);
    CHECK(lead.phone == contacted.phone);
    CHECK(lead.status == LeadStatus::InWork);
    CHECK(lead.ownerId == fixture.manager.id);
    CHECK(lead.version == contacted.version);
    // Every column of the row carries the same lead.
    CHECK(model.index(1, LeadTableModel::Missing).data(LeadTableModel::LeadRole).value<Lead>().id
          == contacted.id);
}

TEST_CASE("LeadTableModel shows owners by name, titles, local times and missing data", "[ui][model]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 2, 2); // the second has no phone
    logContact(fixture, leads.at(0).id);

    LeadTableModel model(fixture.db());
    model.reload();
    REQUIRE(model.rowCount() == 2);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };

    CHECK(text(0, LeadTableModel::Id) == QString::number(leads.at(0).id));
    CHECK(text(0, LeadTableModel::Status) == statusTitle(LeadStatus::InWork));
    CHECK(text(0, LeadTableModel::Owner) == fixture.manager.displayName);
    CHECK(text(1, LeadTableModel::Owner) == LeadTableModel::tr("Unassigned"));
    CHECK(text(0, LeadTableModel::Channel) == leads.at(0).channel);
    CHECK(text(0, LeadTableModel::Name) == leads.at(0).name);
    CHECK(text(0, LeadTableModel::Phone) == leads.at(0).phone);
    CHECK(text(0, LeadTableModel::Phone).startsWith(QLatin1String("+7912")));
    CHECK(text(0, LeadTableModel::Received)
          == QLocale().toString(leads.at(0).receivedAt.toLocalTime(), QLocale::ShortFormat));
    CHECK(text(0, LeadTableModel::SlaDue)
          == QLocale().toString(leads.at(0).slaDueAt.toLocalTime(), QLocale::ShortFormat));

    // The complete lead carries no cue; the incomplete one names what is missing.
    CHECK(text(0, LeadTableModel::Missing).isEmpty());
    CHECK_FALSE(model.index(0, LeadTableModel::Name).data(Qt::ToolTipRole).isValid());
    CHECK(text(1, LeadTableModel::Missing) == LeadTableModel::tr("phone"));
    CHECK(model.index(1, LeadTableModel::Name)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(LeadTableModel::tr("phone")));
    const QVariant icon = model.index(1, LeadTableModel::Missing).data(Qt::DecorationRole);
    CHECK_FALSE(icon.value<QIcon>().isNull());

    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("LeadTableModel reports a storage failure instead of throwing", "[ui][model]")
{
    // A database without the schema: every read fails in core with an Error.
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("empty.sqlite")));
    LeadTableModel model(*db);
    QSignalSpy failures(&model, &LeadTableModel::loadFailed);
    model.reload();
    REQUIRE(failures.count() == 1);
    CHECK_FALSE(failures.at(0).at(0).toString().isEmpty());
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}
