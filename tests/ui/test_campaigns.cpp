// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign registry dialog (add, edit, a validation error at its field, read-only for
// managers), the campaign card from the lead's detail panel, the dashboard's campaign list and
// the launch announcement; plus hidden screenshots in Russian.
#include "alertbanner.h"
#include "campaigns/campaigncard.h"
#include "campaigns/campaigneditor.h"
#include "campaigns/campaignregistrydialog.h"
#include "campaigns/campaignscontroller.h"
#include "campaigns/campaignservice.h"
#include "campaigns/campaigntablemodel.h"
#include "i18n/translations.h"
#include "leadbuilder.h"
#include "leaddetailpanel.h"
#include "leadsamples.h"
#include "modeltestwarnings.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

Campaign sampleCampaign()
{
    Campaign c;
    c.name = QStringLiteral("Весенняя распродажа 2026");
    c.goal = QStringLiteral("Продать годовые тарифы малому бизнесу до конца квартала");
    c.audience = QStringLiteral("Владельцы магазинов до 10 сотрудников");
    c.announcedIn = QStringLiteral("Рассылка, VK, вебинар 20 ноября");
    c.promoCode = QStringLiteral("SPRING26");
    c.promoBenefit = QStringLiteral("Скидка 20% на годовой тариф");
    c.landingUrl = QStringLiteral("https://shop.example.ru/lp/spring");
    c.utmCampaign = QStringLiteral("spring_sale");
    c.startsOn = QDate(2026, 11, 20);
    c.endsOn = QDate(2026, 12, 20);
    c.activationFrom = QDate(2026, 11, 20);
    c.activationUntil = QDate(2026, 12, 31);
    c.technicalNotes = QStringLiteral("Промокод вводится в корзине; скидку даёт биллинг");
    c.documentLinks = {QStringLiteral("https://wiki.example.ru/promo/spring"),
                       QStringLiteral("https://docs.example.ru/order-112")};
    return c;
}

Lead newLead()
{
    Lead lead;
    lead.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 55), Qt::UTC);
    lead.name = QStringLiteral("Иван Петров");
    lead.phoneRaw = QStringLiteral("8 (912) 345-67-89");
    lead.channel = QStringLiteral("context");
    return lead;
}

// Saving runs on a thread of its own: waits for it to end, and says whether it did in time.
bool finishSave(CampaignRegistryDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isSaving(); }, 10000);
}

} // namespace

TEST_CASE("The registry adds a campaign, shows a problem at its field, and edits", "[ui][campaigns]")
{
    clearSettings();
    TempDatabase fixture;
    CampaignRegistryDialog dialog(fixture.db(), fixture.clock(), fixture.marketing);
    dialog.show();
    auto *table = child<QTableView>(dialog, "campaignTable");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(table->model()->rowCount() == 0);

    QTest::keyClicks(child<QLineEdit>(dialog, "campaignName"), QStringLiteral("Spring 26"));
    child<QDateEdit>(dialog, "campaignStarts")->setDate(QDate(2026, 12, 1));
    child<QDateEdit>(dialog, "campaignEnds")->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(child<QPushButton>(dialog, "campaignSave"), Qt::LeftButton);
    auto *endsProblem = child<QLabel>(dialog, "problem_ends_on");
    CHECK(endsProblem->isVisible());
    CHECK(endsProblem->text().contains(QStringLiteral("2026-11-30")));
    CHECK(child<QLabel>(dialog, "problem_name")->isHidden());
    CHECK(table->model()->rowCount() == 0); // nothing saved

    child<QDateEdit>(dialog, "campaignEnds")->setDate(QDate(2026, 12, 31));
    QTest::keyClicks(child<QLineEdit>(dialog, "campaignPromo"), QStringLiteral("WINTER"));
    QTest::mouseClick(child<QPushButton>(dialog, "campaignSave"), Qt::LeftButton);
    REQUIRE(finishSave(dialog));
    CHECK(endsProblem->isHidden());
    REQUIRE(table->model()->rowCount() == 1);
    const QList<Campaign> stored = CampaignService(fixture.db(), fixture.clock()).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).name == QStringLiteral("Spring 26"));
    CHECK(stored.at(0).endsOn == QDate(2026, 12, 31));
    CHECK(stored.at(0).promoCode == QStringLiteral("WINTER"));
    CHECK(table->model()->index(0, CampaignTableModel::PromoCode).data()
          == QStringLiteral("WINTER"));

    // A second one may not take the same promo code: the error names the campaign.
    QTest::mouseClick(child<QPushButton>(dialog, "campaignNew"), Qt::LeftButton);
    CHECK(child<QLineEdit>(dialog, "campaignName")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "campaignName"), QStringLiteral("Winter sale"));
    QTest::keyClicks(child<QLineEdit>(dialog, "campaignPromo"), QStringLiteral("winter"));
    CHECK_FALSE(dialog.save());
    CHECK(child<QLabel>(dialog, "problem_promo_code")->text().contains(QStringLiteral("Spring 26")));

    // Editing the selected one.
    dialog.select(stored.at(0).id);
    auto *goal = child<QPlainTextEdit>(dialog, "campaignGoal");
    goal->setPlainText(QStringLiteral("Новая цель"));
    QTest::mouseClick(child<QPushButton>(dialog, "campaignSave"), Qt::LeftButton);
    REQUIRE(finishSave(dialog));
    CHECK(CampaignService(fixture.db(), fixture.clock()).campaign(stored.at(0).id).goal
          == QStringLiteral("Новая цель"));
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("Saving runs in the background with Stop, which keeps nothing of it", "[ui][campaigns]")
{
    clearSettings();
    TempDatabase fixture;
    {
        // Enough matching leads that attributing them takes many SQLite steps.
        Transaction transaction(fixture.db());
        LeadService service(fixture.db(), fixture.clock());
        LeadRepository leads(fixture.db());
        for (int i = 0; i < 3000; ++i) {
            Lead lead = newLead();
            lead.promoCode = QStringLiteral("SPRING26");
            lead.phoneRaw = QStringLiteral("8 (912) 345-%1").arg(1000 + i);
            leads.insert(service.prepareNew(lead));
        }
        transaction.commit();
    }
    CampaignRegistryDialog dialog(fixture.db(), fixture.clock(), fixture.marketing);
    dialog.show();
    auto *save = child<QPushButton>(dialog, "campaignSave");
    auto *stop = child<QPushButton>(dialog, "campaignCancelSave");
    auto *busy = child<QProgressBar>(dialog, "campaignSaveBusy");
    auto *editor = child<CampaignEditor>(dialog, "campaignEditor");
    CHECK(stop->isHidden());
    CHECK(busy->isHidden());
    child<QLineEdit>(dialog, "campaignName")->setText(QStringLiteral("Весна"));
    QTest::keyClicks(child<QLineEdit>(dialog, "campaignPromo"), QStringLiteral("SPRING26"));

    // Stopped at once: the form comes back as typed, and the database is as it was.
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.isSaving());
    CHECK(stop->isVisible());
    CHECK(busy->isVisible());
    CHECK_FALSE(editor->isEnabled());
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(dialog.save()); // one save at a time
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(finishSave(dialog));
    CHECK(child<QLabel>(dialog, "campaignStatus")->text().contains(QStringLiteral("stopped")));
    CHECK(stop->isHidden());
    CHECK(busy->isHidden());
    CHECK(editor->isEnabled());
    CHECK(save->isEnabled());
    CHECK(child<QLineEdit>(dialog, "campaignName")->text() == QStringLiteral("Весна"));
    CHECK(CampaignService(fixture.db(), fixture.clock()).list().isEmpty());
    CHECK(rawValue(fixture.db(), QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id IS "
                                                "NOT NULL"))
              .toInt()
          == 0);

    // Saved in full the second time, with every matching lead.
    QSignalSpy changed(&dialog, &CampaignRegistryDialog::changed);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(finishSave(dialog));
    CHECK(changed.count() == 1);
    const QList<Campaign> stored = CampaignService(fixture.db(), fixture.clock()).list(true, true);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).attributedLeads == 3000);
    CHECK(child<QLabel>(dialog, "campaignStatus")->text().contains(QStringLiteral("3000")));
    CHECK(child<QTableView>(dialog, "campaignTable")->model()->rowCount() == 1);
}

TEST_CASE("A manager reads the registry without editing it", "[ui][campaigns]")
{
    clearSettings();
    TempDatabase fixture;
    CampaignService(fixture.db(), fixture.clock()).create(sampleCampaign(), fixture.marketing);
    CampaignRegistryDialog dialog(fixture.db(), fixture.clock(), fixture.manager);
    dialog.show();
    CHECK(child<QTableView>(dialog, "campaignTable")->model()->rowCount() == 1);
    CHECK(child<QPushButton>(dialog, "campaignSave")->isHidden());
    CHECK(child<QPushButton>(dialog, "campaignNew")->isHidden());
    CHECK(child<QLineEdit>(dialog, "campaignName")->isReadOnly());
    CHECK(child<QLineEdit>(dialog, "campaignName")->text() == sampleCampaign().name);
    CHECK(child<QPushButton>(dialog, "campaignCardButton")->isEnabled());
    CHECK_FALSE(dialog.save());
}

TEST_CASE("The detail panel opens the card of the lead's campaign", "[ui][campaigns]")
{
    clearSettings();
    TempDatabase fixture;
    CampaignService campaigns(fixture.db(), fixture.clock());
    const Campaign other = campaigns
                               .create(
                                   [] {
                                       Campaign c;
                                       c.name = QStringLiteral("Другая");
                                       c.promoCode = QStringLiteral("OTHER");
                                       return c;
                                   }(),
                                   fixture.marketing)
                               .campaign;
    const Campaign spring = campaigns.create(sampleCampaign(), fixture.marketing).campaign;
    LeadService service(fixture.db(), fixture.clock());
    Lead incoming = newLead();
    incoming.promoCode = QStringLiteral("spring26");
    incoming.receivedAt = fixture.clock().now().addSecs(-60);
    const Lead lead = service.receive(incoming, fixture.manager);
    REQUIRE(lead.campaignId == spring.id);
    Lead labelOnly = newLead();
    labelOnly.campaign = QStringLiteral("free text");
    const Lead plain = service.receive(labelOnly, fixture.manager);
    REQUIRE_FALSE(plain.campaignId);
    REQUIRE(other.id != spring.id);

    auto window = makeWindow(fixture, fixture.head);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    LeadDetailPanel *panel = window->detailPanel();
    auto *button = child<QPushButton>(*panel, "detailCampaignCard");
    panel->showLead(LeadRepository(fixture.db()).get(plain.id));
    CHECK(child<QLabel>(*panel, "detailCampaign")->text() == QStringLiteral("free text"));
    CHECK(button->isHidden());

    panel->showLead(LeadRepository(fixture.db()).get(lead.id));
    REQUIRE(panel->lead());
    CHECK(panel->lead()->id == lead.id);
    CHECK(child<QLabel>(*panel, "detailCampaign")->text() == spring.name);
    CHECK(child<QLabel>(*panel, "detailPromo")->text() == QStringLiteral("spring26"));
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *card = window->findChild<CampaignCard *>(QStringLiteral("campaignCard"));
    REQUIRE(card);
    CHECK(card->isVisible());
    CHECK(card->campaignId() == spring.id);
    CHECK(child<QLabel>(*card, "cardName")->text() == spring.name);
    CHECK(child<QLabel>(*card, "cardPromo")->text().contains(QStringLiteral("SPRING26")));
    CHECK(child<QLabel>(*card, "cardPromo")->text().contains(QStringLiteral("Скидка 20%")));
    CHECK(child<QLabel>(*card, "cardLanding")
              ->text()
              .contains(QStringLiteral("href=\"https://shop.example.ru/lp/spring\"")));
    CHECK(child<QLabel>(*card, "cardDocuments")->text().count(QStringLiteral("<a href")) == 2);
    card->close();
}

TEST_CASE("The dashboard's campaign list has the registry's names and the labels in the data",
          "[ui][campaigns][dashboard]")
{
    clearSettings();
    TempDatabase fixture;
    Lead labelled = newLead();
    labelled.campaign = QStringLiteral("label_from_data");
    LeadService(fixture.db(), fixture.clock()).receive(labelled, fixture.manager);
    Campaign registered;
    registered.name = QStringLiteral("Только в реестре");
    CampaignService(fixture.db(), fixture.clock()).create(registered, fixture.marketing);

    auto window = makeWindow(fixture, fixture.marketing);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showDashboard();
    auto *combo = child<QComboBox>(*window, "dashboardCampaign");
    QTRY_VERIFY(combo->findData(QStringLiteral("label_from_data")) >= 0);
    const int index = combo->findData(registered.name);
    REQUIRE(index >= 0);
    CHECK(combo->itemText(index) == registered.name);
}

TEST_CASE("A campaign starting within three days is announced at sign-in", "[ui][campaigns]")
{
    clearSettings();
    TempDatabase fixture;
    Campaign soon = sampleCampaign();
    soon.startsOn = fixture.clock().now().date().addDays(2);
    soon.activationFrom = {};
    CampaignService(fixture.db(), fixture.clock()).create(soon, fixture.marketing);
    auto window = makeWindow(fixture, fixture.manager);
    window->show();
    auto *banner = window->findChild<AlertBanner *>();
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(soon.name));
    CHECK(banner->text().contains(QStringLiteral("SPRING26")));
    // The Tools menu offers the registry to a manager too.
    auto *action = window->findChild<QAction *>(QStringLiteral("campaignsAction"));
    REQUIRE(action);
    CHECK(action->isVisible());
    action->trigger();
    auto *registry = window->findChild<CampaignRegistryDialog *>(
        QStringLiteral("campaignRegistry"));
    REQUIRE(registry);
    CHECK(registry->isVisible());
    CHECK(child<QTableView>(*registry, "campaignTable")
              ->model()
              ->index(0, CampaignTableModel::State)
              .data()
              .toString()
              .contains(QStringLiteral("2")));
    registry->close();
}

TEST_CASE("Screenshots of the campaign registry, editor, card and detail panel in Russian",
          "[.][screenshots][campaigns]")
{
    if (!screenshotsWanted())
        return;
    const auto save = [](QWidget &widget, const char *name) {
        saveScreenshot(widget, QLatin1String(name));
    };
    installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia));
    clearSettings();
    TempDatabase fixture;
    CampaignService campaigns(fixture.db(), fixture.clock());
    Campaign c = sampleCampaign();
    c.ownerId = fixture.marketing.id;
    const Campaign spring = campaigns.create(c, fixture.marketing).campaign;
    Campaign autumn;
    autumn.name = QStringLiteral("Осенний вебинар для розницы: как не терять заявки");
    autumn.promoCode = QStringLiteral("WEBINAR");
    autumn.startsOn = QDate(2026, 10, 1);
    autumn.endsOn = QDate(2026, 10, 31);
    campaigns.create(autumn, fixture.marketing);
    LeadService service(fixture.db(), fixture.clock());
    for (int i = 0; i < 3; ++i) {
        Lead incoming = newLead();
        incoming.promoCode = QStringLiteral("SPRING26");
        incoming.landingPage = QStringLiteral("https://shop.example.ru/lp/spring?utm_source=vk");
        incoming.receivedAt = fixture.clock().now().addSecs(-600 * (i + 1));
        service.receive(incoming, fixture.manager);
    }

    CampaignRegistryDialog registry(fixture.db(), fixture.clock(), fixture.marketing);
    registry.resize(1400, 860);
    registry.show();
    registry.select(spring.id);
    REQUIRE(QTest::qWaitForWindowExposed(&registry));
    save(registry, "campaign-registry");
    child<QLineEdit>(registry, "campaignName")->clear();
    child<QDateEdit>(registry, "campaignEnds")->setDate(QDate(2026, 11, 1));
    registry.save();
    save(*child<CampaignEditor>(registry, "campaignEditor"), "campaign-editor-errors");
    // While a save runs: the busy bar and Stop (grabbed before the save's thread reports).
    child<QLineEdit>(registry, "campaignName")->setText(QStringLiteral("Весенняя распродажа 2026"));
    child<QDateEdit>(registry, "campaignEnds")->setDate(QDate(2026, 12, 20));
    REQUIRE(registry.save());
    save(registry, "campaign-registry-saving");
    REQUIRE(finishSave(registry));

    CampaignCard card(campaigns.campaign(spring.id), fixture.clock().now().date());
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    save(card, "campaign-card");

    // The head of sales sees every lead; the campaign started yesterday, so it is announced.
    Campaign started = campaigns.campaign(spring.id);
    started.startsOn = started.activationFrom = fixture.clock().now().date().addDays(-1);
    campaigns.edit(started, fixture.marketing);
    auto window = makeWindow(fixture, fixture.head);
    window->resize(1600, 1000);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->detailPanel()->showLead(LeadRepository(fixture.db()).get(1));
    QApplication::processEvents();
    save(*window, "campaign-detail-panel");
}
