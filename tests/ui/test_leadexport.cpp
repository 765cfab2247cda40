// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the lead list (File → Export leads…): the list's filter, the chosen format, a
// progress bar while a thread of its own writes, and a Stop that leaves no file.
#include "demo/demogenerator.h"
#include "i18n/translations.h"
#include "export/leadexporter.h"
#include "leadexportdialog.h"
#include "storage/leadrepository.h"
#include "filterbar.h"
#include "uitesthelpers.h"
#include "xlsxcells.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace LeadPact;
using namespace LeadPact::Test;
using namespace Qt::StringLiterals;

namespace {

void addDemoLeads(TempDatabase &fx, int leads)
{
    DemoOptions demo;
    demo.leads = leads;
    demo.seed = 5;
    demo.weeks = 4;
    demo.endDate = QDate(2026, 11, 20);
    DemoGenerator(fx.db(), demo).run({});
}

LeadExportDialog *openExport(MainWindow &window)
{
    QAction *action = child<QAction>(window, "exportLeadsAction");
    REQUIRE(action->isEnabled());
    action->trigger();
    return child<LeadExportDialog>(window, "leadExportDialog");
}

} // namespace

TEST_CASE("Export from the lead list writes the leads it shows, with progress", "[ui][export]")
{
    clearSettings();
    TempDatabase fx;
    addDemoLeads(fx, 7000);
    FakeDialogRunner *runner = nullptr;
    const auto window = makeWindow(fx, fx.head, &runner);
    // Every lead, closed ones too (the list opens on the open ones).
    window->filterBar()->setDrillDown(LeadFilter(), u"all"_s);
    LeadExportDialog *dialog = openExport(*window);
    const qint64 expected = LeadRepository(fx.db()).count(window->filterBar()->filter());
    REQUIRE(expected > 5000); // more than one page, so progress has something to show
    CHECK(dialog->leadCount() == expected);

    QTemporaryDir dir;
    QSignalSpy finished(dialog, &LeadExportDialog::finished);

    SECTION("CSV for Excel: a BOM, the header and one line per lead")
    {
        dialog->setFormat(LeadExportDialog::Format::CsvUtf8);
        runner->nextFileName = dir.filePath(u"leads.csv"_s);
        child<QPushButton>(*dialog, "exportStart")->click();
        CHECK(runner->askedFileNames.value(0).endsWith(u".csv"_s));
        CHECK(dialog->isRunning());
        CHECK_FALSE(child<QPushButton>(*dialog, "exportStart")->isEnabled());
        REQUIRE(finished.wait(60000));
        CHECK(finished.first().at(0).toLongLong() == expected);
        CHECK_FALSE(finished.first().at(1).toBool());
        CHECK(finished.first().at(2).toString().isEmpty());
        CHECK(child<QProgressBar>(*dialog, "exportProgress")->value() == 100);
        CHECK(child<QLabel>(*dialog, "exportPath")->toolTip().endsWith(u"leads.csv"_s));
        QFile file(dir.filePath(u"leads.csv"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        CHECK(data.startsWith("\xEF\xBB\xBF"));
        CHECK(data.count("\r\n") == expected + 1);
        CHECK(child<QPushButton>(*dialog, "exportStart")->isEnabled());
    }
    SECTION("CSV for older Excel in Windows-1251")
    {
        dialog->setFormat(LeadExportDialog::Format::CsvWindows1251);
        runner->nextFileName = dir.filePath(u"leads-1251.csv"_s);
        child<QPushButton>(*dialog, "exportStart")->click();
        REQUIRE(finished.wait(60000));
        QFile file(dir.filePath(u"leads-1251.csv"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        CHECK_FALSE(data.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decoder("windows-1251");
        const QString text = decoder.decode(data);
        CHECK(text.startsWith(LeadExporter::columnTitles().join(u';')));
        CHECK(text.count(u"\r\n"_s) == expected + 1);
    }
    SECTION("an Excel workbook with a row per lead")
    {
        dialog->setFormat(LeadExportDialog::Format::Xlsx);
        runner->nextFileName = dir.filePath(u"leads.xlsx"_s);
        child<QPushButton>(*dialog, "exportStart")->click();
        CHECK(runner->askedFileNames.value(0).endsWith(u".xlsx"_s));
        REQUIRE(finished.wait(60000));
        const QMap<QString, QString> cells = xlsxCells(dir.filePath(u"leads.xlsx"_s), 1);
        CHECK(cells.value(u"A1"_s) == LeadExporter::columnTitles().first());
        CHECK(cells.contains(u"A%1"_s.arg(expected + 1)));
        CHECK_FALSE(cells.contains(u"A%1"_s.arg(expected + 2)));
    }
    SECTION("Stop: no file, and the dialog says so")
    {
        dialog->setFormat(LeadExportDialog::Format::Xlsx);
        dialog->exportTo(dir.filePath(u"stopped.xlsx"_s));
        REQUIRE(dialog->isRunning());
        child<QPushButton>(*dialog, "exportCancel")->click();
        REQUIRE(finished.wait(60000));
        CHECK(finished.first().at(1).toBool());
        CHECK(dialog->lastCancelled());
        CHECK(dialog->lastWritten() < expected);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        CHECK(child<QLabel>(*dialog, "exportPath")->toolTip().endsWith(u"stopped.xlsx"_s));
        CHECK(child<QLabel>(*dialog, "exportMessage")->text().contains(u"not written"_s));
        CHECK_FALSE(child<QPushButton>(*dialog, "exportCancel")->isVisible());
    }
    SECTION("closing the dialog while it runs stops the export")
    {
        dialog->setFormat(LeadExportDialog::Format::CsvUtf8);
        dialog->exportTo(dir.filePath(u"closed.csv"_s));
        REQUIRE(dialog->isRunning());
        dialog->reject();
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("no file chosen: nothing runs")
    {
        runner->nextFileName.clear();
        child<QPushButton>(*dialog, "exportStart")->click();
        CHECK_FALSE(dialog->isRunning());
        CHECK(finished.isEmpty());
    }
}

TEST_CASE("Export follows the list's filter", "[ui][export]")
{
    clearSettings();
    TempDatabase fx;
    addDemoLeads(fx, 600);
    FakeDialogRunner *runner = nullptr;
    const auto window = makeWindow(fx, fx.head, &runner);
    LeadFilter filter = window->filterBar()->filter();
    filter.statuses = {LeadStatus::Won};
    window->filterBar()->setDrillDown(filter, u"won"_s);
    LeadExportDialog *dialog = openExport(*window);
    const qint64 won = LeadRepository(fx.db()).count(filter);
    REQUIRE(won > 0);
    REQUIRE(won < 600);
    CHECK(dialog->leadCount() == won);
    QTemporaryDir dir;
    QSignalSpy finished(dialog, &LeadExportDialog::finished);
    dialog->setFormat(LeadExportDialog::Format::CsvUtf8);
    dialog->exportTo(dir.filePath(u"won.csv"_s));
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toLongLong() == won);
    QFile file(dir.filePath(u"won.csv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    const QString wonTitle = statusTitle(LeadStatus::Won);
    CHECK(text.count(u";%1;"_s.arg(wonTitle)) == won);
}

TEST_CASE("Screenshots of the export dialog in Russian", "[.][screenshots][export]")
{
    if (!screenshotsWanted())
        return;
    installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia));
    clearSettings();
    TempDatabase fx;
    addDemoLeads(fx, 7000);
    const auto window = makeWindow(fx, fx.head);
    window->filterBar()->setDrillDown(LeadFilter(), u"все лиды"_s);
    LeadExportDialog *dialog = openExport(*window);
    saveScreenshot(*dialog, u"export-1-ready"_s);
    QTemporaryDir dir;
    QSignalSpy finished(dialog, &LeadExportDialog::finished);
    dialog->setFormat(LeadExportDialog::Format::CsvWindows1251);
    dialog->exportTo(dir.filePath(u"лиды.csv"_s));
    REQUIRE(finished.wait(60000));
    saveScreenshot(*dialog, u"export-2-done"_s);
    dialog->exportTo(dir.filePath(u"stopped.xlsx"_s));
    dialog->cancelExport();
    REQUIRE(finished.wait(60000));
    saveScreenshot(*dialog, u"export-3-stopped"_s);
}
