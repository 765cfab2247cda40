// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsamples.h"
#include "modeltestwarnings.h"
#include "qtstringmaker.h"
#include "service/catalogservice.h"
#include "tempdatabase.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("TimelineModel tells who did what, when, why", "[ui][timeline]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 1);
    const qint64 id = leads.first().id;
    reject(fixture, id);
    LeadService service(fixture.db(), fixture.clock());
    const QList<LeadEvent> history = service.history(id);
    REQUIRE(history.size() == 2);

    ModelTestWarnings warnings;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    model.setContext({{fixture.marketing.id, QStringLiteral("Мария")},
                      {fixture.manager.id, QStringLiteral("Анна")}},
                     catalog);
    model.setEvents(history);
    REQUIRE(model.rowCount() == 2);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(text(0, TimelineModel::Who) == QStringLiteral("Мария"));
    CHECK(text(0, TimelineModel::What) == TimelineModel::tr("Received (%1)").arg(statusTitle(LeadStatus::New)));
    CHECK(text(1, TimelineModel::Who) == QStringLiteral("Анна"));
    CHECK(text(1, TimelineModel::What)
          == TimelineModel::tr("%1 → %2").arg(statusTitle(LeadStatus::New),
                                             statusTitle(LeadStatus::Rejected)));
    CHECK(text(1, TimelineModel::Reason)
          == catalog.find(ReasonKind::Rejection, QStringLiteral("no_budget"))->title());
    CHECK(text(1, TimelineModel::When)
          == QLocale().toString(history.at(1).at.toLocalTime(), QLocale::ShortFormat));
    CHECK(model.index(1, 0).data(TimelineModel::EventIdRole).toLongLong() == history.at(1).id);
    for (int column = 0; column < TimelineModel::ColumnCount; ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(warnings.messages() == QStringList());
}
