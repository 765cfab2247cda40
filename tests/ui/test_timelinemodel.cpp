// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailpanel.h"
#include "leadsamples.h"
#include "modeltestwarnings.h"
#include "qtstringmaker.h"
#include "service/catalogservice.h"
#include "tempdatabase.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QLocale>
#include <QTest>

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

TEST_CASE("The detail panel's history shows every event whole at the width it has",
          "[ui][timeline]")
{
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 1);
    const qint64 id = leads.first().id;
    LeadService service(fixture.db(), fixture.clock());
    logContact(fixture, id);
    const QString comment = QStringLiteral(
        "Дозвонились с третьей попытки: клиент сказал, что заявку оставлял его коллега, а сам "
        "он закупками не занимается и переадресовать не может. Ссылка на запись звонка: "
        "https://telephony.example.ru/records/2026/11/23/0000000000000000000000000000.mp3");
    TransitionRequest rejection;
    rejection.action = LeadAction::Reject;
    rejection.reasonCode = QStringLiteral("wrong_contact");
    rejection.comment = comment;
    service.perform(id, rejection, fixture.manager);
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();

    LeadDetailPanel panel(fixture.clock());
    panel.setContext({{fixture.manager.id, QStringLiteral("Анна Смирнова")}}, catalog, SlaPolicy());
    panel.showLead(service.lead(id), service.history(id));
    panel.resize(360, 900);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QListView *view = panel.timelineView();
    REQUIRE(view->model()->rowCount() == 3);
    const QModelIndex rejected = view->model()->index(2, 0);

    // Tall enough for the comment wrapped at the whole list's width (a lower bound: the block
    // has margins), plus the title and the when/who line; never wider than the list.
    const auto wrappedHeight = [&] {
        return QFontMetrics(view->font())
            .boundingRect(QRect(0, 0, view->viewport()->width(), 100000),
                          Qt::TextWordWrap | Qt::TextWrapAnywhere, comment)
            .height();
    };
    const int lineHeight = QFontMetrics(view->font()).lineSpacing();
    QCoreApplication::processEvents();
    const QRect narrow = view->visualRect(rejected);
    CHECK(narrow.height() >= wrappedHeight() + 3 * lineHeight);
    CHECK(narrow.width() <= view->viewport()->width());
    CHECK(wrappedHeight() > 4 * lineHeight); // really several lines at this width

    // Wider: the same event needs fewer lines, and the block shrinks with them.
    panel.resize(1000, 900);
    QCoreApplication::processEvents();
    const QRect wide = view->visualRect(rejected);
    CHECK(wide.width() > narrow.width());
    CHECK(wide.height() < narrow.height());
    CHECK(wide.height() >= wrappedHeight() + 3 * lineHeight);

    // Who, when, what, reason and comment, in words, also for a screen reader.
    const QString spoken = rejected.data(Qt::AccessibleTextRole).toString();
    CHECK(spoken.contains(QStringLiteral("Анна Смирнова")));
    CHECK(spoken.contains(QLocale().toString(service.history(id).at(2).at.toLocalTime(), QLocale::ShortFormat)));
    CHECK(spoken.contains(statusTitle(LeadStatus::Rejected)));
    CHECK(spoken.contains(catalog.find(ReasonKind::Rejection, QStringLiteral("wrong_contact"))->title()));
    CHECK(spoken.contains(comment));
}
