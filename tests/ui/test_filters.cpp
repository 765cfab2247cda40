// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"
#include "leadsamples.h"
#include "leadtablemodel.h"
#include "modeltestwarnings.h"
#include "qtstringmaker.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QList<qint64> visibleIds(const MainWindow &window)
{
    QList<qint64> ids;
    for (int row = 0; row < window.leadModel()->rowCount(); ++row)
        ids.append(window.leadModel()->lead(row)->id);
    return ids;
}

// Enters text in the search box (as typing or pasting does) and waits for the debounce.
void search(MainWindow &window, const QString &text)
{
    auto *box = child<QLineEdit>(window, "searchBox");
    QSignalSpy applied(window.filterBar(), &FilterBar::filterChanged);
    box->selectAll();
    // QTest::keyClicks() knows Latin keys only; insert() edits as the keyboard would.
    box->insert(text);
    if (text.isEmpty())
        box->del();
    REQUIRE(applied.wait(2000));
    CHECK(applied.count() == 1);
}

} // namespace

TEST_CASE("The filter bar changes the visible rows", "[ui][filters]")
{
    clearSettings();
    TempDatabase fixture;
    // 12 leads: channels context_ads, seo, referral in turn; every 4th without a phone.
    const QList<Lead> leads = receiveLeads(fixture, 12, 4);
    logContact(fixture, leads.at(1).id);
    reject(fixture, leads.at(5).id);

    auto window = makeWindow(fixture, fixture.head);
    window->show();
    ModelTestWarnings warnings;
    QAbstractItemModelTester tester(window->leadModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto *status = child<QComboBox>(*window, "statusFilter");
    auto *channel = child<QComboBox>(*window, "channelFilter");
    auto *incomplete = child<QCheckBox>(*window, "incompleteFilter");
    CHECK(window->leadModel()->rowCount() == 11); // open: all but the rejected one

    SECTION("status")
    {
        status->setCurrentIndex(status->findData(statusCode(LeadStatus::InWork)));
        CHECK(visibleIds(*window) == QList<qint64>({leads.at(1).id}));
        // Marketing's way to the rejected leads.
        status->setCurrentIndex(status->findData(QStringLiteral("rejected_disputed")));
        CHECK(visibleIds(*window) == QList<qint64>({leads.at(5).id}));
        status->setCurrentIndex(status->findData(QStringLiteral("all")));
        CHECK(window->leadModel()->rowCount() == 12);
    }
    SECTION("channel")
    {
        // The channels come from the database.
        REQUIRE(channel->findData(QStringLiteral("referral")) > 0);
        channel->setCurrentIndex(channel->findData(QStringLiteral("referral")));
        // referral: 2, 5 (rejected), 8, 11
        CHECK(visibleIds(*window) == QList<qint64>({leads.at(2).id, leads.at(8).id, leads.at(11).id}));
    }
    SECTION("incomplete data only")
    {
        incomplete->setChecked(true);
        CHECK(visibleIds(*window)
              == QList<qint64>({leads.at(3).id, leads.at(7).id, leads.at(11).id}));
        incomplete->setChecked(false);
        CHECK(window->leadModel()->rowCount() == 11);
    }
    SECTION("search by a Cyrillic name in another case")
    {
        search(*window, QStringLiteral("кЛИЕНТ 10"));
        CHECK(visibleIds(*window) == QList<qint64>({leads.at(10).id}));
    }
    SECTION("search by a phone in another format")
    {
        // Stored from "8 (912) 3000006"; searched as typed from a business card.
        search(*window, QStringLiteral("+7 912 300-00-06"));
        CHECK(visibleIds(*window) == QList<qint64>({leads.at(6).id}));
        search(*window, QString());
        CHECK(window->leadModel()->rowCount() == 11);
    }
    CHECK(warnings.messages() == QStringList());
}

TEST_CASE("The search box waits for a pause in typing", "[ui][filters]")
{
    clearSettings();
    TempDatabase fixture;
    receiveLeads(fixture, 3);
    auto window = makeWindow(fixture, fixture.head);
    auto *box = child<QLineEdit>(*window, "searchBox");
    auto *debounce = child<QTimer>(*window, "searchDebounce");
    QSignalSpy applied(window->filterBar(), &FilterBar::filterChanged);

    QTest::keyClicks(box, QStringLiteral("Kli"));
    CHECK(applied.count() == 0);
    CHECK(debounce->isActive());
    CHECK(debounce->interval() == FilterBar::searchDebounceMs);
    REQUIRE(applied.wait(2000));
    CHECK(applied.count() == 1); // once for the three keys
    // Enter applies at once.
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(applied.count() == 2);
}

TEST_CASE("The owner filter is the head of sales' way to every manager's queue", "[ui][filters]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 6);
    assignAll(fixture, leads.mid(0, 2), fixture.manager);
    assignAll(fixture, leads.mid(2, 3), fixture.otherManager);

    auto window = makeWindow(fixture, fixture.head);
    auto *owner = child<QComboBox>(*window, "ownerFilter");
    CHECK(window->leadModel()->rowCount() == 6);
    owner->setCurrentIndex(owner->findData(QString::number(fixture.otherManager.id)));
    CHECK(visibleIds(*window) == QList<qint64>({leads.at(2).id, leads.at(3).id, leads.at(4).id}));
    owner->setCurrentIndex(owner->findData(QStringLiteral("unassigned")));
    CHECK(visibleIds(*window) == QList<qint64>({leads.at(5).id}));
}

TEST_CASE("The period filter places its presets against the clock", "[ui][filters]")
{
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> old = receiveLeads(fixture, 2);
    fixture.clock().advanceSecs(10 * 24 * 3600);
    Lead lead;
    lead.externalId = QStringLiteral("fresh");
    lead.name = QStringLiteral("Свежий");
    lead.phoneRaw = QStringLiteral("+79120000000");
    lead.channel = QStringLiteral("seo");
    const QList<Lead> fresh = {
        LeadService(fixture.db(), fixture.clock()).receive(lead, fixture.marketing)};

    auto window = makeWindow(fixture, fixture.head);
    auto *period = child<QComboBox>(*window, "periodFilter");
    CHECK(window->leadModel()->rowCount() == 3);
    period->setCurrentIndex(period->findData(QStringLiteral("last7")));
    CHECK(visibleIds(*window) == QList<qint64>({fresh.at(0).id}));
    period->setCurrentIndex(period->findData(QStringLiteral("today")));
    CHECK(visibleIds(*window) == QList<qint64>({fresh.at(0).id}));
    period->setCurrentIndex(period->findData(QStringLiteral("all")));
    CHECK(window->leadModel()->rowCount() == 3);

    // A custom range of whole local days: the dates appear with it, either order works.
    auto *from = child<QDateEdit>(*window, "periodFrom");
    auto *to = child<QDateEdit>(*window, "periodTo");
    CHECK(from->isHidden());
    period->setCurrentIndex(period->findData(QStringLiteral("custom")));
    CHECK_FALSE(from->isHidden());
    const QDate freshDay = fresh.at(0).receivedAt.toLocalTime().date();
    const QDate oldDay = old.at(0).receivedAt.toLocalTime().date();
    from->setDate(freshDay);
    to->setDate(freshDay);
    CHECK(visibleIds(*window) == QList<qint64>({fresh.at(0).id}));
    from->setDate(oldDay.addDays(1));
    to->setDate(oldDay); // picked the wrong way round
    CHECK(window->leadModel()->rowCount() == 2);
    from->setDate(oldDay);
    to->setDate(freshDay);
    CHECK(window->leadModel()->rowCount() == 3);
}
