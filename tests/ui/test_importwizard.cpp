// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven through its real widgets: detection shown and overridable, mapping
// from a shipped preset and by header names, the preview's normalised phone and a bad date
// cell with its reason, a committed run whose summary matches the database, an all-or-nothing
// failure with the error report saved and read back, a dry run and a cancelled long import
// that change nothing, the preset save -> load round trip, and the File menu entry.
#include "autodistributor.h"
#include "campaigns/campaignscontroller.h"
#include "import/importjob.h"
#include "import/importmappingpage.h"
#include "import/importwizard.h"
#include "importfixture.h"
#include "service/policyservice.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"
#include "testconfig.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::child;
using LeadPact::Test::TempDatabase;

namespace {

const QString formHeader = u"id;Дата;Имя;Телефон;Канал\n"_s;
// Moscow time. Row 3 (A-2) has no 31 February; row 4 (A-3) has no name.
const QString formRows = u"A-1;23.11.2026 09:30;Мария;8 (912) 345-67-89;seo\n"
                         "A-2;31.02.2026 10:00;Иван;+7 912 000-11-22;context\n"
                         "A-3;22.11.2026 18:40;;89123330000;seo\n"_s;
const QString goodRows = u"A-1;23.11.2026 09:30;Мария;8 (912) 345-67-89;seo\n"
                         "A-3;22.11.2026 18:40;;89123330000;seo\n"
                         "A-4;22.11.2026 18:45;Олег;+7 912 444-55-66;context\n"_s;

QByteArray windows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}

struct WizardFixture
{
    TempDatabase fx;
    std::unique_ptr<ImportWizard> wizard;
    QString nextOpen; // what the next "open file" dialog answers
    QString nextSave;

    // The wizard works as one of the fixture's users (marketing unless told).
    explicit WizardFixture(User TempDatabase::*who = &TempDatabase::marketing)
    {
        Test::clearSettings();
        wizard = std::make_unique<ImportWizard>(fx.db(), fx.clock(), fx.*who);
        wizard->setDisplayZone(QTimeZone("Asia/Yekaterinburg"));
        wizard->setOpenFileChooser([this](const QString &, const QString &) {
            return std::exchange(nextOpen, QString());
        });
        wizard->setSaveFileChooser([this](const QString &, const QString &) {
            return std::exchange(nextSave, QString());
        });
        wizard->show();
    }

    template<typename T>
    T *widget(const char *name)
    {
        return child<T>(*wizard, name);
    }

    void chooseFile(const QString &path) { widget<QLineEdit>("importFilePath")->setText(path); }

    void next(int expectedPage)
    {
        wizard->next();
        REQUIRE(wizard->currentId() == expectedPage);
    }

    QComboBox *fieldCombo(int row)
    {
        auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
        REQUIRE(page != nullptr);
        QComboBox *combo = page->fieldCombo(row);
        REQUIRE(combo != nullptr);
        return combo;
    }

    // The site form in Windows-1251 with its dates in Moscow time, up to the options page.
    void toOptions(const QString &rows)
    {
        chooseFile(Test::writeTestFile(fx, u"form.csv"_s, windows1251(formHeader + rows)));
        REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
        next(ImportWizard::MappingPage);
        auto *format = widget<QComboBox>("importDateFormatCombo");
        format->setCurrentIndex(format->findData(QStringList {u"dd.MM.yyyy HH:mm"_s}));
        widget<QComboBox>("importTimeZoneCombo")->setCurrentText(u"Europe/Moscow"_s);
        next(ImportWizard::PreviewPage);
        next(ImportWizard::OptionsPage);
    }

    void runToSummary()
    {
        wizard->next();
        REQUIRE(wizard->currentId() == ImportWizard::RunPage);
        REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; },
                                60000));
    }

    QString count(const char *name)
    {
        return child<QLabel>(*wizard,
                             QStringLiteral("importCount_%1")
                                 .arg(QLatin1String(name))
                                 .toLatin1()
                                 .constData())
            ->text();
    }

    qint64 leads() { return LeadRepository(fx.db()).count({}); }
};

} // namespace

TEST_CASE("The file page shows what was detected and takes overrides", "[ui][import]")
{
    WizardFixture w;
    CHECK_FALSE(w.wizard->button(QWizard::NextButton)->isEnabled());
    w.chooseFile(Test::writeTestFile(w.fx, u"form.csv"_s, windows1251(formHeader + formRows)));
    auto *detected = w.widget<QLabel>("importDetectedLabel");
    auto *header = w.widget<QLabel>("importHeaderLabel");
    CHECK(detected->text().contains(u"windows-1251"_s));
    CHECK(detected->text().contains(u"(;)"_s));
    CHECK(detected->text().contains(u"3 data row"_s));
    CHECK(header->text() == u"id · Дата · Имя · Телефон · Канал"_s);
    CHECK(w.wizard->button(QWizard::NextButton)->isEnabled());

    // Read as KOI8-R the same bytes are other letters.
    auto *encoding = w.widget<QComboBox>("importEncodingCombo");
    encoding->setCurrentIndex(encoding->findData(QByteArray("KOI8-R")));
    CHECK(detected->text().contains(u"KOI8-R (chosen)"_s));
    CHECK_FALSE(header->text().contains(u"Телефон"_s));
    encoding->setCurrentIndex(0);
    CHECK(header->text().contains(u"Телефон"_s));

    // A comma as the delimiter: one column.
    auto *delimiter = w.widget<QComboBox>("importDelimiterCombo");
    delimiter->setCurrentIndex(delimiter->findData(u","_s));
    CHECK(detected->text().contains(u"(,) (chosen)"_s));
    CHECK(header->text() == u"id;Дата;Имя;Телефон;Канал"_s);

    // A file that is not there: explained, no way on.
    w.chooseFile(w.fx.dir() + u"/nowhere.csv"_s);
    CHECK_FALSE(w.widget<QLabel>("importFileError")->text().isEmpty());
    CHECK_FALSE(w.wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("A new mapping matches header names; the preview shows stored values", "[ui][import]")
{
    WizardFixture w;
    w.chooseFile(Test::writeTestFile(w.fx, u"form.csv"_s, windows1251(formHeader + formRows)));
    w.next(ImportWizard::MappingPage);
    CHECK(w.fieldCombo(0)->currentData().toString() == u"external_id"_s);
    CHECK(w.fieldCombo(1)->currentData().toString() == u"received_at"_s);
    CHECK(w.fieldCombo(2)->currentData().toString() == u"name"_s);
    CHECK(w.fieldCombo(3)->currentData().toString() == u"phone"_s);
    CHECK(w.fieldCombo(4)->currentData().toString() == u"channel"_s);
    // A new source starts in the team's time zone.
    const QString teamZone = QString::fromLatin1(
        PolicyService(w.fx.db(), w.fx.clock()).slaPolicy().calendar.timeZone().id());
    CHECK(w.widget<QComboBox>("importTimeZoneCombo")->currentText() == teamZone);

    // "Detect" finds no format reading both 23.11.2026 09:30 and 31.02.2026 10:00: the preview
    // says so and goes no further.
    w.widget<QComboBox>("importTimeZoneCombo")->setCurrentText(u"Europe/Moscow"_s);
    w.next(ImportWizard::PreviewPage);
    CHECK(w.widget<QLabel>("importPreviewError")
              ->text()
              .contains(u"\"Дата\": none of the date formats"_s));
    CHECK_FALSE(w.wizard->button(QWizard::NextButton)->isEnabled());
    w.wizard->back();

    auto *format = w.widget<QComboBox>("importDateFormatCombo");
    format->setCurrentIndex(format->findData(QStringList {u"dd.MM.yyyy HH:mm"_s}));
    w.next(ImportWizard::PreviewPage);
    auto *table = w.widget<QTableWidget>("importPreviewTable");
    REQUIRE(table->rowCount() == 3);
    REQUIRE(table->columnCount() == 6); // the row number and five fields
    // 09:30 Moscow (UTC+3) = 06:30 UTC = 11:30 in Yekaterinburg (UTC+5).
    CHECK(table->item(0, 2)->text() == u"2026-11-23 11:30"_s);
    CHECK(table->item(0, 4)->text() == u"+79123456789"_s);
    CHECK(table->item(0, 4)->toolTip().isEmpty());
    // The bad date: highlighted, the reason in its tooltip.
    CHECK(table->item(1, 2)->text() == u"31.02.2026 10:00"_s);
    CHECK(table->item(1, 2)->toolTip().contains(u"not a date in the format dd.MM.yyyy HH:mm"_s));
    CHECK(table->item(1, 2)->background().color() != table->item(0, 2)->background().color());
    CHECK(table->item(1, 0)->text().contains(u"3"_s));
    // No name: marked incomplete.
    CHECK(table->item(2, 0)->text().contains(u"incomplete"_s));
    CHECK(table->item(2, 0)->toolTip().contains(u"Name"_s));
    const QString summary = w.widget<QLabel>("importPreviewSummary")->text();
    CHECK(summary.contains(u"3 row"_s));
    CHECK(summary.contains(u"1 problem"_s));
    CHECK(summary.contains(u"1 would be rejected"_s));
    CHECK(summary.contains(u"1 incomplete"_s));
}

TEST_CASE("A shipped preset maps the Olist file", "[ui][import]")
{
    WizardFixture w;
    const QString olist = QStringLiteral(LEADPACT_SHARED_DIR
                                         "/datasets/olist-marketing-funnel/"
                                         "olist_marketing_qualified_leads_dataset.csv");
    REQUIRE(QFile::exists(olist));
    w.chooseFile(olist);
    auto *preset = w.widget<QComboBox>("importPresetCombo");
    const int index = preset->findData(u":/import-presets/olist-mql.json"_s);
    REQUIRE(index > 0);
    preset->setCurrentIndex(index);
    CHECK(w.widget<QComboBox>("importEncodingCombo")->currentData().toByteArray() == "UTF-8");
    w.next(ImportWizard::MappingPage);
    // mql_id,first_contact_date,landing_page_id,origin
    CHECK(w.fieldCombo(0)->currentData().toString() == u"external_id"_s);
    CHECK(w.fieldCombo(1)->currentData().toString() == u"received_at"_s);
    CHECK(w.fieldCombo(2)->currentData().toString() == u"landing_page"_s);
    CHECK(w.fieldCombo(3)->currentData().toString() == u"channel"_s);
    CHECK(w.widget<QComboBox>("importTimeZoneCombo")->currentText() == u"America/Sao_Paulo"_s);
    CHECK(w.widget<QComboBox>("importDateFormatCombo")->currentData().toStringList()
          == QStringList {u"dd-MM-yyyy"_s});
    CHECK(w.widget<QLineEdit>("importPresetName")->text() == u"Olist marketing qualified leads"_s);
    w.next(ImportWizard::PreviewPage);
    auto *table = w.widget<QTableWidget>("importPreviewTable");
    CHECK(table->rowCount() == 20);
    // The first data line: dac32acd…,01-02-2018,…,social; midnight in São Paulo (UTC-2 in
    // February 2018, summer time) is 02:00 UTC, 07:00 in Yekaterinburg.
    CHECK(table->item(0, 1)->text() == u"dac32acd4db4c29c230538b72f8dd87d"_s);
    CHECK(table->item(0, 2)->text() == u"2018-02-01 07:00"_s);
    CHECK(table->item(0, 4)->text() == u"social"_s);

    // The deals preset carries outcomes: the options page starts in update mode.
    w.wizard->back();
    w.wizard->back();
    preset->setCurrentIndex(preset->findData(u":/import-presets/olist-deals.json"_s));
    w.chooseFile(QStringLiteral(LEADPACT_SHARED_DIR "/datasets/olist-marketing-funnel/"
                                                    "olist_closed_deals_dataset.csv"));
    w.next(ImportWizard::MappingPage);
    CHECK(w.widget<QLabel>("importMappingProblems")->text().isEmpty());
    w.next(ImportWizard::PreviewPage);
    w.next(ImportWizard::OptionsPage);
    CHECK(w.widget<QRadioButton>("importModeUpdate")->isChecked());
    // Switching to new leads explains why that cannot work and keeps Import disabled.
    w.widget<QRadioButton>("importModeInsert")->setChecked(true);
    CHECK(w.widget<QLabel>("importOptionsProblems")->text().contains(u"Won at"_s));
    CHECK_FALSE(w.wizard->button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("An import commits and its summary matches the database", "[ui][import]")
{
    WizardFixture w;
    QSignalSpy imported(w.wizard.get(), &ImportWizard::imported);
    w.toOptions(goodRows);
    CHECK(w.widget<QRadioButton>("importAllOrNothing")->isChecked());
    w.runToSummary();
    CHECK(imported.count() == 1);
    CHECK(w.widget<QLabel>("importSummaryStatus")->text().startsWith(u"Committed"_s));
    CHECK(w.count("rows") == u"3"_s);
    CHECK(w.count("inserted") == u"3"_s);
    CHECK(w.count("incomplete") == u"1"_s);
    CHECK(w.count("rejected") == u"0"_s);
    CHECK(w.leads() == 3);
    LeadFilter incomplete;
    incomplete.incomplete = true;
    CHECK(LeadRepository(w.fx.db()).count(incomplete) == 1);
    const auto first = LeadRepository(w.fx.db()).findByExternalId(u"A-1"_s);
    REQUIRE(first);
    CHECK(first->phone == u"+79123456789"_s);
    CHECK(first->receivedAt == QDateTime(QDate(2026, 11, 23), QTime(6, 30), QTimeZone::utc()));
    CHECK_FALSE(w.widget<QTableWidget>("importRejectedTable")->isVisible());
}

TEST_CASE("All or nothing: a bad row changes nothing and the error report is saved", "[ui][import]")
{
    WizardFixture w;
    w.toOptions(formRows);
    w.runToSummary();
    CHECK(w.widget<QLabel>("importSummaryStatus")->text().startsWith(u"Nothing was changed"_s));
    CHECK(w.count("rejected") == u"1"_s);
    CHECK(w.count("inserted") == u"0"_s);
    CHECK(w.leads() == 0);
    auto *rejected = w.widget<QTableWidget>("importRejectedTable");
    REQUIRE(rejected->rowCount() == 1);
    CHECK(rejected->item(0, 0)->text() == u"3"_s);
    CHECK(rejected->item(0, 2)->text() == u"Дата"_s);
    CHECK(rejected->item(0, 3)->text() == u"31.02.2026 10:00"_s);

    const QString report = w.fx.dir() + u"/errors"_s; // the wizard adds .csv
    w.nextSave = report;
    w.widget<QPushButton>("importSaveErrorsButton")->click();
    QFile file(report + u".csv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .remove(QChar(0xfeff))
                                  .split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == u"file,row,line,column,value,reason"_s);
    CHECK(lines.at(1).startsWith(u"form.csv,3,3,Дата,31.02.2026 10:00,"_s));
}

TEST_CASE("A dry run shows the counts and changes nothing", "[ui][import]")
{
    WizardFixture w;
    w.toOptions(goodRows);
    auto *result = w.widget<QLabel>("importDryRunResult");
    w.widget<QPushButton>("importDryRunButton")->click();
    CHECK_FALSE(w.wizard->button(QWizard::CommitButton)->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return result->text().startsWith(u"Dry run:"_s); }, 30000));
    CHECK(result->text().contains(u"3 row"_s));
    CHECK(result->text().contains(u"3 new"_s));
    CHECK(result->text().contains(u"1 flagged incomplete"_s));
    CHECK(result->text().contains(u"Nothing was changed"_s));
    CHECK(w.leads() == 0);
    CHECK(w.wizard->button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("Cancelling a long import leaves the database as it was", "[ui][import]")
{
    WizardFixture w;
    // One lead before; 50,000 rows in the file.
    w.toOptions(goodRows.section(u'\n', 0, 0) + u'\n');
    w.runToSummary();
    REQUIRE(w.leads() == 1);

    QString text = formHeader;
    for (int i = 0; i < 50000; ++i) {
        text += QStringLiteral("B-%1;22.11.2026 10:%2;Лид %1;+7912%3;seo\n")
                    .arg(i)
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(1000000 + i, 7, 10, QLatin1Char('0'));
    }
    const QByteArray big = windows1251(text);
    // Again, with the big file.
    w.wizard->restart();
    w.chooseFile(Test::writeTestFile(w.fx, u"big.csv"_s, big));
    w.next(ImportWizard::MappingPage);
    auto *format = w.widget<QComboBox>("importDateFormatCombo");
    format->setCurrentIndex(format->findData(QStringList {u"dd.MM.yyyy HH:mm"_s}));
    w.next(ImportWizard::PreviewPage);
    w.next(ImportWizard::OptionsPage);

    // The first progress report: the import thread waits while the Cancel button is clicked.
    int reports = 0;
    QObject context;
    QObject::connect(
        w.wizard->job(),
        &ImportJob::progressed,
        &context,
        [&](qint64 done, qint64 total) {
            if (reports++ == 0) {
                CHECK(done < total);
                w.widget<QPushButton>("importCancelButton")->click();
            }
        },
        Qt::BlockingQueuedConnection);
    w.wizard->next();
    REQUIRE(w.wizard->currentId() == ImportWizard::RunPage);
    CHECK(w.widget<QProgressBar>("importProgress")->isVisible());
    REQUIRE(
        QTest::qWaitFor([&] { return w.wizard->currentId() == ImportWizard::SummaryPage; }, 60000));
    CHECK(reports == 1);
    CHECK(w.widget<QLabel>("importSummaryStatus")->text().startsWith(u"Cancelled"_s));
    CHECK(w.widget<QLabel>("importSummaryStatus")->text().contains(u"nothing was changed"_s));
    CHECK(w.leads() == 1);
}

TEST_CASE("An update file applies outcomes to existing leads", "[ui][import]")
{
    WizardFixture w(&TempDatabase::head); // the head of sales may record won deals
    w.toOptions(goodRows);
    w.runToSummary();
    REQUIRE(w.leads() == 3);

    // won_at and deal_amount are matched by their codes; the only date column is won_at. The
    // clock stands at 10:00 UTC: the deal was won two hours ago.
    w.wizard->restart();
    w.chooseFile(Test::writeTestFile(w.fx,
                                     u"deals.csv"_s,
                                     "id,won_at,deal_amount\nA-4,2026-11-23T08:00:00Z,1500.50\n"));
    w.next(ImportWizard::MappingPage);
    CHECK(w.fieldCombo(1)->currentData().toString() == u"won_at"_s);
    CHECK(w.fieldCombo(2)->currentData().toString() == u"deal_amount"_s);
    w.next(ImportWizard::PreviewPage);
    w.next(ImportWizard::OptionsPage);
    CHECK(w.widget<QRadioButton>("importModeUpdate")->isChecked());
    w.runToSummary();
    CHECK(w.widget<QLabel>("importSummaryStatus")->text().startsWith(u"Committed"_s));
    CHECK(w.count("outcomes") == u"1"_s);
    CHECK(w.count("inserted") == u"0"_s);
    CHECK(w.leads() == 3);
    const auto won = LeadRepository(w.fx.db()).findByExternalId(u"A-4"_s);
    REQUIRE(won);
    CHECK(won->status == LeadStatus::Won);
    CHECK(won->dealAmountMinor == 150050);
    CHECK(won->closedAt == QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
    CHECK(LeadRepository(w.fx.db()).findByExternalId(u"A-1"_s)->status == LeadStatus::New);
}

TEST_CASE("A preset saved from the wizard loads back equal", "[ui][import]")
{
    WizardFixture w;
    const QString path = Test::writeTestFile(w.fx,
                                             u"form.csv"_s,
                                             windows1251(formHeader + formRows));
    w.chooseFile(path);
    auto *delimiter = w.widget<QComboBox>("importDelimiterCombo");
    delimiter->setCurrentIndex(delimiter->findData(u";"_s));
    w.next(ImportWizard::MappingPage);
    w.widget<QLineEdit>("importPresetName")->setText(u"Site form"_s);
    w.widget<QComboBox>("importTimeZoneCombo")->setCurrentText(u"Europe/Moscow"_s);
    w.widget<QComboBox>("importCurrencyCombo")->setCurrentText(u"usd"_s);
    w.widget<QSpinBox>("importDuplicateWindow")->setValue(14);
    w.fieldCombo(4)->setCurrentIndex(0); // Канал: skipped
    w.fieldCombo(2)->setCurrentIndex(w.fieldCombo(2)->findData(u"company"_s));
    const QString saved = w.fx.dir() + u"/site-form.json"_s;
    w.nextSave = saved;
    w.widget<QPushButton>("importSavePresetButton")->click();
    CHECK(w.widget<QLabel>("importPresetSaved")->text().contains(saved));

    const ImportMapping loaded = ImportMapping::load(saved);
    CHECK(loaded.toJson() == w.wizard->draft().presetMapping().toJson());
    CHECK(loaded.name == u"Site form"_s);
    CHECK(loaded.delimiter == u';');
    CHECK(loaded.encoding.isEmpty()); // detected, not chosen: not pinned
    CHECK(loaded.timeZone == u"Europe/Moscow"_s);
    CHECK(loaded.currency == u"USD"_s);
    CHECK(loaded.duplicateWindowDays == 14);
    CHECK(loaded.columnFor(ImportField::Company) == u"Имя"_s);
    CHECK_FALSE(loaded.columnFor(ImportField::Name));
    CHECK_FALSE(loaded.columnFor(ImportField::Channel));
    CHECK(loaded.columns.size() == 4);

    // Loaded back through the file page it maps the same.
    w.wizard->back();
    w.nextOpen = saved;
    w.widget<QPushButton>("importLoadPresetButton")->click();
    CHECK(w.widget<QComboBox>("importPresetCombo")->currentData().toString() == saved);
    w.next(ImportWizard::MappingPage);
    CHECK(w.wizard->draft().presetMapping().toJson() == loaded.toJson());
    CHECK(w.fieldCombo(2)->currentData().toString() == u"company"_s);
    CHECK(w.fieldCombo(4)->currentData().toString().isEmpty());
}

TEST_CASE("File > Import leads is there for the roles that may import", "[ui][import][mainwindow]")
{
    TempDatabase fx;
    Test::clearSettings();
    auto window = Test::makeWindow(fx, fx.marketing);
    auto *action = child<QAction>(*window, "importAction");
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(action->isEnabled());
    window->setUser(fx.manager);
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(action->toolTip().isEmpty());
    window->setUser(fx.head);
    CHECK(action->isEnabled());
    window->setUser(fx.admin);
    CHECK(action->isEnabled());

    action->trigger();
    auto *wizard = window->findChild<ImportWizard *>();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->isVisible());
    // The distributor (a writer on the window's thread) rests while an import writes.
    REQUIRE(window->autoDistributor() != nullptr);
    auto *timer = child<QTimer>(*window->autoDistributor(), "distributionTimer");
    REQUIRE(timer->isActive());
    emit wizard->importRunning(true);
    CHECK(window->autoDistributor()->isPaused());
    CHECK_FALSE(timer->isActive());
    CHECK(window->autoDistributor()->run() == 0); // a run while paused does nothing
    emit wizard->importRunning(false);
    CHECK_FALSE(window->autoDistributor()->isPaused());
    CHECK(timer->isActive());

    // A campaign save (its own connection too) overlapping the import: rests until both end.
    auto *campaigns = window->findChild<CampaignsController *>();
    REQUIRE(campaigns != nullptr);
    emit wizard->importRunning(true);
    emit campaigns->savingChanged(true);
    emit wizard->importRunning(false);
    CHECK(window->autoDistributor()->isPaused());
    CHECK_FALSE(timer->isActive());
    emit campaigns->savingChanged(false);
    CHECK_FALSE(window->autoDistributor()->isPaused());
    CHECK(timer->isActive());
    wizard->reject();
}

TEST_CASE("On every page of the wizard no two entries share an access key", "[ui][import][keyboard]")
{
    WizardFixture w;
    const auto checkPage = [&] {
        QHash<QChar, QString> owner; // access key -> the text holding it
        const auto add = [&](const QString &text) {
            qsizetype i = text.indexOf(u'&');
            while (i >= 0 && i + 1 < text.size() && text.at(i + 1) == u'&')
                i = text.indexOf(u'&', i + 2);
            if (i < 0 || i + 1 >= text.size())
                return;
            const QChar key = text.at(i + 1).toLower();
            INFO("page " << w.wizard->currentId() << ": \"" << text.toStdString() << "\" and \""
                         << owner.value(key).toStdString() << "\"");
            CHECK_FALSE(owner.contains(key));
            owner.insert(key, text);
        };
        for (const QAbstractButton *button : w.wizard->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                add(button->text());
        }
        for (const QLabel *label : w.wizard->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                add(label->text());
        }
        CHECK(owner.size() >= 3);
    };
    w.chooseFile(Test::writeTestFile(w.fx, u"form.csv"_s, windows1251(formHeader + goodRows)));
    checkPage();
    w.next(ImportWizard::MappingPage);
    checkPage();
    w.next(ImportWizard::PreviewPage);
    w.next(ImportWizard::OptionsPage);
    checkPage();
}
