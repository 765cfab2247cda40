// SPDX-License-Identifier: GPL-3.0-or-later
// The other action dialogs: contact, qualify, won, and the dispute review; plus what every
// TransitionDialog does (focus, Esc, permission problems).
#include "dialogs/transitiondialog.h"
#include "dialogtesthelpers.h"
#include "domain/reason.h"
#include "qtstringmaker.h"
#include "service/catalogservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("The contact dialog defaults to a call now", "[ui][dialogs][contact]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const Lead lead = receiveLead(fixture, service);
    fixture.clock().advanceSecs(5 * 60);

    TransitionDialog dialog(LeadAction::LogContact,
                            lead,
                            fixture.manager,
                            service,
                            CatalogService(fixture.db()).catalog(),
                            fixture.clock());
    auto *kind = child<QComboBox>(dialog, "contactKind");
    auto *time = child<QDateTimeEdit>(dialog, "contactTime");
    CHECK(dialog.focusWidget() == kind);
    CHECK(kind->currentText() == contactKindTitle(ContactKind::Call));
    CHECK(time->dateTime().toUTC() == fixture.clock().now());
    CHECK(okButton(dialog)->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, "problemLabel")->isVisibleTo(&dialog));

    kind->setCurrentIndex(kind->findText(contactKindTitle(ContactKind::Message)));
    CHECK(dialog.request().contactKind == ContactKind::Message);

    // Before the lead arrived, or in the future: refused, with the reason shown.
    time->setDateTime(lead.receivedAt.addSecs(-3600).toLocalTime());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(child<QLabel>(dialog, "problemLabel")->isVisibleTo(&dialog));
    time->setDateTime(fixture.clock().now().addSecs(3600).toLocalTime());
    CHECK_FALSE(okButton(dialog)->isEnabled());

    time->setDateTime(fixture.clock().now().addSecs(-120).toLocalTime());
    REQUIRE(okButton(dialog)->isEnabled());
    const TransitionOutcome outcome = service.perform(lead.id, dialog.request(), fixture.manager);
    CHECK(outcome.lead.status == LeadStatus::InWork);
    CHECK(outcome.lead.firstContactKind == ContactKind::Message);
    CHECK(outcome.lead.firstContactAt == fixture.clock().now().addSecs(-120));
}

TEST_CASE("The qualify dialog needs all three checkboxes", "[ui][dialogs][qualify]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const Lead received = receiveLead(fixture, service);
    TransitionRequest contact;
    contact.action = LeadAction::LogContact;
    const Lead lead = service.perform(received.id, contact, fixture.manager).lead;

    TransitionDialog dialog(LeadAction::Qualify,
                            lead,
                            fixture.manager,
                            service,
                            CatalogService(fixture.db()).catalog(),
                            fixture.clock());
    auto *need = child<QCheckBox>(dialog, "need");
    auto *budget = child<QCheckBox>(dialog, "budget");
    auto *authority = child<QCheckBox>(dialog, "authority");
    auto *amount = child<QLineEdit>(dialog, "amount");
    auto *problems = child<QLabel>(dialog, "problemLabel");
    QPushButton *ok = okButton(dialog);
    CHECK(dialog.focusWidget() == need);
    CHECK(need->text().contains(QStringLiteral("Need confirmed")));
    CHECK(authority->text().contains(QStringLiteral("Decision-maker confirmed")));

    CHECK_FALSE(ok->isEnabled());
    need->setChecked(true);
    budget->setChecked(true);
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("decision-maker")));
    CHECK_FALSE(problems->text().contains(QStringLiteral("budget,")));
    authority->setChecked(true);
    CHECK(ok->isEnabled());
    CHECK_FALSE(problems->isVisibleTo(&dialog));

    // The amount is optional, but what is typed must be a number.
    typeText(amount, QStringLiteral("lots"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("lots")));
    amount->clear();
    typeText(amount, QStringLiteral("150 000,50"));
    CHECK(ok->isEnabled());
    typeText(child<QPlainTextEdit>(dialog, "comment"), QStringLiteral("Budget in Q1"));

    const TransitionRequest request = dialog.request();
    CHECK(request.expectedAmountMinor == 15000050);
    CHECK(request.comment == QStringLiteral("Budget in Q1"));
    const TransitionOutcome outcome = service.perform(lead.id, request, fixture.manager);
    CHECK(outcome.lead.status == LeadStatus::Qualified);
    CHECK(outcome.lead.expectedAmountMinor == 15000050);
}

TEST_CASE("The won dialog needs an amount and a payment date", "[ui][dialogs][won]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const Lead lead = qualifiedLead(fixture, service);

    TransitionDialog dialog(LeadAction::MarkWon,
                            lead,
                            fixture.manager,
                            service,
                            CatalogService(fixture.db()).catalog(),
                            fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *amount = child<QLineEdit>(dialog, "amount");
    auto *currency = child<QComboBox>(dialog, "currency");
    auto *paidOn = child<QDateEdit>(dialog, "paidOn");
    auto *problems = child<QLabel>(dialog, "problemLabel");
    QPushButton *ok = okButton(dialog);
    const QDate today = fixture.clock().now().toLocalTime().date();
    CHECK(dialog.focusWidget() == amount);
    CHECK(currency->currentText() == QStringLiteral("RUB"));
    CHECK(currency->isEditable());
    CHECK(paidOn->date() == today);

    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("amount")));
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(dialog.isVisible());

    typeText(amount, QStringLiteral("0"));
    CHECK_FALSE(ok->isEnabled());
    amount->clear();
    typeText(amount, QStringLiteral("250 000"));
    CHECK(ok->isEnabled());

    // A payment date in the future or before the lead arrived is refused.
    paidOn->setDate(today.addDays(10));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("paid_on")));
    paidOn->setDate(lead.receivedAt.date().addDays(-1));
    CHECK_FALSE(ok->isEnabled());
    paidOn->setDate(today);
    CHECK(ok->isEnabled());

    currency->setEditText(QStringLiteral("rubles"));
    CHECK_FALSE(ok->isEnabled());
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    CHECK(ok->isEnabled());

    // Enter accepts once OK is enabled.
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    const TransitionRequest request = dialog.request();
    CHECK(request.amountMinor == 25000000);
    CHECK(request.currency == QStringLiteral("EUR"));
    CHECK(request.paidOn == today);
    const TransitionOutcome outcome = service.perform(lead.id, request, fixture.manager);
    CHECK(outcome.lead.status == LeadStatus::Won);
    CHECK(outcome.lead.dealAmountMinor == 25000000);
}

TEST_CASE("A dispute needs a comment and shows the rejection under review", "[ui][dialogs][dispute]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const Lead lead = rejectedLead(fixture, service, QStringLiteral("student"));

    TransitionDialog dispute(LeadAction::Dispute,
                             lead,
                             fixture.marketing,
                             service,
                             catalog,
                             fixture.clock());
    CHECK(child<QLabel>(dispute, "rejectionReason")->text()
          == catalog.find(ReasonKind::Rejection, QStringLiteral("student"))->title());
    CHECK(child<QLabel>(dispute, "rejectionComment")->text() == lead.rejectionComment);
    CHECK_FALSE(okButton(dispute)->isEnabled());
    typeText(child<QPlainTextEdit>(dispute, "comment"),
             QStringLiteral("Runs a registered business"));
    REQUIRE(okButton(dispute)->isEnabled());
    const Lead disputed = service.perform(lead.id, dispute.request(), fixture.marketing).lead;
    CHECK(disputed.status == LeadStatus::Disputed);

    // The head of sales sees the dispute; a comment is optional.
    TransitionDialog review(LeadAction::ReturnToManager,
                            disputed,
                            fixture.head,
                            service,
                            catalog,
                            fixture.clock());
    CHECK(child<QLabel>(review, "disputeComment")->text()
          == QStringLiteral("Runs a registered business"));
    CHECK(okButton(review)->isEnabled());
    CHECK(service.perform(lead.id, review.request(), fixture.head).lead.status
          == LeadStatus::InWork);
}

TEST_CASE("A transition dialog shows refusals and Esc cancels it", "[ui][dialogs]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const Lead lead = rejectedLead(fixture, service); // anna's now

    // Boris may not work on anna's lead; a manager may not decide a dispute.
    TransitionDialog foreign(LeadAction::Dispute,
                             lead,
                             fixture.otherManager,
                             service,
                             catalog,
                             fixture.clock());
    CHECK_FALSE(okButton(foreign)->isEnabled());
    CHECK(child<QLabel>(foreign, "problemLabel")->text().contains(QStringLiteral("boris")));

    TransitionDialog dialog(LeadAction::Dispute,
                            lead,
                            fixture.marketing,
                            service,
                            catalog,
                            fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeText(child<QPlainTextEdit>(dialog, "comment"), QStringLiteral("Target"));
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::keyClick(child<QPlainTextEdit>(dialog, "comment"), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(service.lead(lead.id).status == LeadStatus::Rejected);
}
