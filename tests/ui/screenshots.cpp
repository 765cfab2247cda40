// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots for looking at the UI in Russian (hidden: run `leadpact_ui_tests "[screenshots]"`
// with LEADPACT_SCREENSHOT_DIR set, and QT_SCALE_FACTOR=1.5 for 150 %). Not a test: it saves
// the queue with a lead's long history in the detail panel, and the reject dialog.
#include "dialogs/catalogeditor.h"
#include "dialogs/reassigndialog.h"
#include "dialogs/transitiondialog.h"
#include "identitydialog.h"
#include "settingsdialog.h"
#include "storage/userrepository.h"
#include "i18n/translations.h"
#include "leaddetailpanel.h"
#include "leadtablemodel.h"
#include "leadsamples.h"
#include "queueview.h"
#include "service/catalogservice.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

TransitionRequest request(LeadAction action, const QString &comment, const char *reason = "")
{
    TransitionRequest r;
    r.action = action;
    r.comment = comment;
    r.reasonCode = QLatin1String(reason);
    return r;
}

} // namespace

TEST_CASE("Screenshots of the queue, the history and the reject dialog in Russian",
          "[.][screenshots]")
{
    if (!screenshotsWanted())
        return;
    installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia));
    clearSettings();
    TempDatabase fixture;
    const QList<Lead> leads = receiveLeads(fixture, 30);
    const qint64 id = leads.first().id;
    LeadService service(fixture.db(), fixture.clock());
    fixture.clock().advanceSecs(240);
    logContact(fixture, id);
    fixture.clock().advanceSecs(3600);
    service.perform(id,
                    request(LeadAction::Reject,
                            QStringLiteral("Дозвонились с третьей попытки: клиент сказал, что "
                                           "заявку оставлял его коллега, а сам он закупками не "
                                           "занимается и переадресовать не может."),
                            "wrong_contact"),
                    fixture.manager);
    fixture.clock().advanceSecs(7200);
    service.perform(id,
                    request(LeadAction::Dispute,
                            QStringLiteral("Контакт верный: это руководитель отдела снабжения, "
                                           "он же подписывал договор в прошлом году. Прошу "
                                           "перезвонить и спросить про поставку на первый "
                                           "квартал, бюджет согласован.")),
                    fixture.marketing);
    fixture.clock().advanceSecs(1800);
    service.perform(id,
                    request(LeadAction::ReturnToManager,
                            QStringLiteral("Маркетинг прав, звоним ещё раз.")),
                    fixture.head);
    fixture.clock().advanceSecs(600);
    service.assign(id, fixture.otherManager.id, fixture.head);
    fixture.clock().advanceSecs(600);

    const bool scaled = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")) != QStringLiteral("1");
    auto window = makeWindow(fixture, fixture.head);
    // A 1920×1080 screen at 150 % leaves 1280×720 logical pixels.
    window->resize(scaled ? QSize(1280, 720) : QSize(1440, 860));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto *table = child<QueueView>(*window, "leadTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (window->leadModel()->lead(row)->id == id) {
            table->selectRow(row);
            break;
        }
    }
    REQUIRE(window->detailPanel()->lead());
    QCoreApplication::processEvents();
    saveScreenshot(*window, QStringLiteral("queue-history"));

    const Lead lead = *LeadRepository(fixture.db()).find(leads.at(1).id);
    TransitionDialog dialog(LeadAction::Reject, lead, fixture.manager, service,
                            CatalogService(fixture.db()).catalog(), fixture.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // A reason that demands a comment: the dialog says why OK is still disabled.
    auto *reasons = child<QListView>(dialog, "reasonList");
    for (int row = 0; row < reasons->model()->rowCount(); ++row) {
        const QModelIndex index = reasons->model()->index(row, 0);
        if (index.data().toString() == QStringLiteral("Неверный или недоступный контакт"))
            reasons->setCurrentIndex(index);
    }
    QCoreApplication::processEvents();
    saveScreenshot(dialog, QStringLiteral("reject-dialog"));

    // The other dialogs, each as it first opens.
    const ReasonCatalog catalog = CatalogService(fixture.db()).catalog();
    const auto show = [&](QDialog &other, const QString &name) {
        other.show();
        REQUIRE(QTest::qWaitForWindowExposed(&other));
        QCoreApplication::processEvents();
        saveScreenshot(other, name);
    };
    for (const LeadAction action : allLeadActions) {
        const User &actor = action == LeadAction::Dispute ? fixture.marketing
                            : action == LeadAction::ConfirmRejection
                                    || action == LeadAction::ReturnToManager
                                ? fixture.head
                                : fixture.manager;
        TransitionDialog other(action, lead, actor, service, catalog, fixture.clock());
        show(other, QStringLiteral("action-") + actionCode(action));
    }
    CatalogService catalogService(fixture.db());
    CatalogEditor editor(catalogService, fixture.head);
    show(editor, QStringLiteral("catalog-editor"));
    SettingsDialog settings(fixture.db(), fixture.clock(), fixture.head);
    show(settings, QStringLiteral("settings"));
    const QList<User> users = UserRepository(fixture.db()).list();
    ReassignDialog reassign(lead, users);
    show(reassign, QStringLiteral("reassign"));
    IdentityDialog identity(users, QString());
    show(identity, QStringLiteral("identity"));
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}
