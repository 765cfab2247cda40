// SPDX-License-Identifier: GPL-3.0-or-later
// The reject and mark-lost dialogs: a reason from the active catalog is mandatory, and so is a
// comment when the reason demands proof.
#include "dialogs/transitiondialog.h"
#include "dialogtesthelpers.h"
#include "domain/reason.h"
#include "qtstringmaker.h"
#include "service/catalogservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace LeadPact;
using namespace LeadPact::Test;

TEST_CASE("The reject dialog refuses to accept without a reason and a required comment",
          "[ui][dialogs][reject]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const Lead lead = receiveLead(fixture, service);

    TransitionDialog dialog(LeadAction::Reject,
                            lead,
                            fixture.manager,
                            service,
                            catalog,
                            fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.windowTitle().contains(actionTitle(LeadAction::Reject)));
    CHECK(dialog.windowTitle().contains(lead.name));

    auto *search = child<QLineEdit>(dialog, "reasonSearch");
    auto *list = child<QListView>(dialog, "reasonList");
    auto *comment = child<QPlainTextEdit>(dialog, "comment");
    auto *commentLabel = child<QLabel>(dialog, "commentLabel");
    auto *problems = child<QLabel>(dialog, "problemLabel");
    QPushButton *ok = okButton(dialog);
    CHECK(dialog.focusWidget() == search);

    // No reason: OK is disabled and the dialog says why; Enter does not accept.
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("reason"), Qt::CaseInsensitive));
    // In words for this form: no field names or reason codes meant for the command line.
    CHECK_FALSE(problems->text().contains(QStringLiteral("field")));
    CHECK_FALSE(problems->text().contains(QStringLiteral("no_budget")));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.request().reasonCode.isEmpty());

    // Every active rejection reason, in catalog order, titled in the UI language.
    CHECK(listedCodes(*list) == catalog.activeCodes(ReasonKind::Rejection));
    CHECK(list->model()->index(0, 0).data().toString()
          == catalog.active(ReasonKind::Rejection).first().title());

    // A reason that demands proof: still disabled until a comment is typed.
    clickReason(*list, QStringLiteral("competitor"));
    CHECK(dialog.request().reasonCode == QStringLiteral("competitor"));
    CHECK(commentLabel->text().contains(QStringLiteral("required for this reason")));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("comment"), Qt::CaseInsensitive));
    CHECK(problems->text().contains(catalog.find(ReasonKind::Rejection, QStringLiteral("competitor"))->title()));
    CHECK_FALSE(problems->text().contains(QStringLiteral("field")));
    CHECK(problems->text().count(QLatin1Char('\n')) == 0); // one problem, said once
    typeText(comment, QStringLiteral("   "));
    CHECK_FALSE(ok->isEnabled());

    typeText(comment, QStringLiteral("Works for Acme, our rival"));
    CHECK(ok->isEnabled());
    CHECK_FALSE(problems->isVisible());
    const TransitionRequest request = dialog.request();
    CHECK(request.action == LeadAction::Reject);
    CHECK(request.reasonCode == QStringLiteral("competitor"));
    CHECK(request.comment.trimmed() == QStringLiteral("Works for Acme, our rival"));

    // A reason without that demand drops the label's remark.
    clickReason(*list, QStringLiteral("no_budget"));
    CHECK_FALSE(commentLabel->text().contains(QStringLiteral("required for this reason")));
    clickReason(*list, QStringLiteral("competitor"));

    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    // The dialog wrote nothing; the caller performs the request and the core accepts it.
    CHECK(service.lead(lead.id).status == LeadStatus::New);
    const TransitionOutcome outcome = service.perform(lead.id, dialog.request(), fixture.manager);
    CHECK(outcome.lead.status == LeadStatus::Rejected);
    REQUIRE(outcome.lead.rejectionReasonId);
    CHECK(catalog.findById(*outcome.lead.rejectionReasonId)->code == QStringLiteral("competitor"));
    CHECK(outcome.lead.rejectionComment == QStringLiteral("Works for Acme, our rival"));
}

TEST_CASE("Typing in the reason search filters the list by title and code", "[ui][dialogs][reject]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const Lead lead = receiveLead(fixture, service);
    TransitionDialog dialog(LeadAction::Reject,
                            lead,
                            fixture.manager,
                            service,
                            catalog,
                            fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *search = child<QLineEdit>(dialog, "reasonSearch");
    auto *list = child<QListView>(dialog, "reasonList");
    QPushButton *ok = okButton(dialog);

    const auto searchFor = [&](const QString &text) {
        search->clear();
        typeText(search, text);
        return listedCodes(*list);
    };

    CHECK(searchFor(QStringLiteral("stud")) == QStringList {QStringLiteral("student")});
    // One match left is chosen, so the keyboard alone can reject.
    CHECK(dialog.request().reasonCode == QStringLiteral("student"));
    CHECK(ok->isEnabled());
    CHECK(searchFor(QStringLiteral("СТУД")) == QStringList {QStringLiteral("student")});
    CHECK(searchFor(QStringLiteral("Spam_T")) == QStringList {QStringLiteral("spam_test")});
    CHECK(searchFor(QStringLiteral("конт")).contains(QStringLiteral("wrong_contact")));

    CHECK(searchFor(QStringLiteral("zzz")).isEmpty());
    CHECK(dialog.request().reasonCode.isEmpty());
    CHECK_FALSE(ok->isEnabled());

    // Down in the search box walks the filtered list.
    CHECK(searchFor(QString()).size() == catalog.active(ReasonKind::Rejection).size());
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(dialog.request().reasonCode == catalog.activeCodes(ReasonKind::Rejection).at(0));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(dialog.request().reasonCode == catalog.activeCodes(ReasonKind::Rejection).at(1));
    QTest::keyClick(search, Qt::Key_Up);
    CHECK(dialog.request().reasonCode == catalog.activeCodes(ReasonKind::Rejection).at(0));
}

TEST_CASE("Archived reasons are not offered", "[ui][dialogs][reject]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    CatalogService catalogs(fixture.db());
    catalogs.setArchived(ReasonKind::Rejection, QStringLiteral("student"), true, fixture.head);
    const ReasonCatalog catalog = catalogs.catalog();
    const Lead lead = receiveLead(fixture, service);

    TransitionDialog dialog(LeadAction::Reject,
                            lead,
                            fixture.manager,
                            service,
                            catalog,
                            fixture.clock());
    auto *list = child<QListView>(dialog, "reasonList");
    CHECK_FALSE(listedCodes(*list).contains(QStringLiteral("student")));
    CHECK(listedCodes(*list) == catalog.activeCodes(ReasonKind::Rejection));
    typeText(child<QLineEdit>(dialog, "reasonSearch"), QStringLiteral("stud"));
    CHECK(listedCodes(*list).isEmpty());
    CHECK_FALSE(okButton(dialog)->isEnabled());
}

TEST_CASE("The mark-lost dialog offers the active loss reasons", "[ui][dialogs][lost]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const Lead lead = qualifiedLead(fixture, service);

    TransitionDialog dialog(LeadAction::MarkLost,
                            lead,
                            fixture.manager,
                            service,
                            catalog,
                            fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListView>(dialog, "reasonList");
    QPushButton *ok = okButton(dialog);
    CHECK(listedCodes(*list) == catalog.activeCodes(ReasonKind::Loss));
    CHECK_FALSE(ok->isEnabled());
    CHECK(child<QLabel>(dialog, "problemLabel")->isVisible());

    clickReason(*list, QStringLiteral("chose_competitor"));
    CHECK_FALSE(ok->isEnabled());
    typeText(child<QPlainTextEdit>(dialog, "comment"), QStringLiteral("Went to Acme"));
    CHECK(ok->isEnabled());
    clickReason(*list, QStringLiteral("price"));
    CHECK(ok->isEnabled());

    const TransitionOutcome outcome = service.perform(lead.id, dialog.request(), fixture.manager);
    CHECK(outcome.lead.status == LeadStatus::Lost);
    REQUIRE(outcome.lead.lossReasonId);
    CHECK(catalog.findById(*outcome.lead.lossReasonId)->code == QStringLiteral("price"));
}
