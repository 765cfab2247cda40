// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every page of the import wizard in Russian (hidden: run `leadpact_ui_tests
// "[screenshots][import]"` with LEADPACT_SCREENSHOT_DIR set, and QT_SCALE_FACTOR=1.5 for
// 150 %), with the Olist file and with a messy Windows-1251 export. Not a test.
#include "i18n/translations.h"
#include "import/importjob.h"
#include "import/importwizard.h"
#include "importfixture.h"
#include "testconfig.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QTest>

using namespace LeadPact;
using namespace LeadPact::Test;
using namespace Qt::StringLiterals;

namespace {

// A form export as it comes: Windows-1251, ';', a BOM-less header in Russian, a bad date, a
// phone that is no number, a row without a name, a short row and a quoted line break.
QByteArray messyFile()
{
    QString text = u"id;Дата заявки;ФИО;Телефон;Источник;utm_campaign;Комментарий\n"_s;
    text += u"W-1001;23.11.2026 09:30;Мария Иванова;8 (912) 345-67-89;Яндекс.Директ;black_friday;\n"
            "W-1002;23.11.2026 09:41;Пётр Смирнов;+7 912 000-11-22;seo;;\"Просил "
            "перезвонить\nпосле обеда\"\n"
            "W-1003;31.02.2026 10:00;Иван;+7 912 000-11-23;context;black_friday;\n"
            "W-1004;23.11.2026 10:05;;89123330000;seo;;\n"
            "W-1005;23.11.2026 10:12;Олег Петров;12-34;vk;autumn;Телефон с ошибкой\n"
            "W-1006;23.11.2026 10:20;Анна\n"_s;
    for (int i = 0; i < 30; ++i) {
        text += QStringLiteral("W-%1;23.11.2026 11:%2;Клиент %1;+7 912 555-%3;seo;;\n")
                    .arg(2000 + i)
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(1000 + i);
    }
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}

void shootAll(TempDatabase &fixture,
              const QString &file,
              const QString &preset,
              const QString &prefix)
{
    ImportWizard wizard(fixture.db(), fixture.clock(), fixture.marketing);
    wizard.setDisplayZone(QTimeZone("Europe/Moscow"));
    const QString errors = fixture.dir() + u"/errors.csv"_s;
    wizard.setSaveFileChooser([&](const QString &, const QString &) { return errors; });
    wizard.show();
    child<QLineEdit>(wizard, "importFilePath")->setText(file);
    if (!preset.isEmpty()) {
        auto *combo = child<QComboBox>(wizard, "importPresetCombo");
        combo->setCurrentIndex(combo->findData(preset));
    }
    QTest::qWait(50);
    saveScreenshot(wizard, prefix + u"-1-file"_s);
    wizard.next();
    if (preset.isEmpty()) {
        auto *format = child<QComboBox>(wizard, "importDateFormatCombo");
        format->setCurrentIndex(format->findData(QStringList {u"dd.MM.yyyy HH:mm"_s}));
        child<QComboBox>(wizard, "importTimeZoneCombo")->setCurrentText(u"Europe/Moscow"_s);
    }
    QTest::qWait(50);
    saveScreenshot(wizard, prefix + u"-2-mapping"_s);
    wizard.next();
    QTest::qWait(50);
    saveScreenshot(wizard, prefix + u"-3-preview"_s);
    wizard.next();
    child<QPushButton>(wizard, "importDryRunButton")->click();
    REQUIRE(
        QTest::qWaitFor([&] { return child<QPushButton>(wizard, "importDryRunButton")->isEnabled(); },
                        60000));
    saveScreenshot(wizard, prefix + u"-4-options"_s);
    bool shot = false;
    QObject context;
    QObject::connect(
        wizard.job(),
        &ImportJob::progressed,
        &context,
        [&](qint64, qint64) {
            if (!shot) {
                shot = true;
                QTest::qWait(20);
                saveScreenshot(wizard, prefix + u"-5-run"_s);
            }
        },
        Qt::BlockingQueuedConnection);
    wizard.next();
    REQUIRE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; }, 120000));
    QTest::qWait(50);
    saveScreenshot(wizard, prefix + u"-6-summary"_s);
}

} // namespace

TEST_CASE("Screenshots of the import wizard in Russian", "[.][screenshots][import]")
{
    if (!screenshotsWanted())
        return;
    installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia));
    clearSettings();
    {
        TempDatabase fixture;
        shootAll(fixture,
                 QStringLiteral(LEADPACT_SHARED_DIR "/datasets/olist-marketing-funnel/"
                                                    "olist_marketing_qualified_leads_dataset.csv"),
                 u":/import-presets/olist-mql.json"_s,
                 u"import-olist"_s);
    }
    {
        TempDatabase fixture;
        shootAll(fixture,
                 writeTestFile(fixture, u"messy.csv"_s, messyFile()),
                 QString(),
                 u"import-messy"_s);
    }
}
