// SPDX-License-Identifier: GPL-3.0-or-later
// LeadExporter: the filtered leads as CSV (UTF-8 with BOM or Windows-1251), with statuses,
// reason titles, SLA figures and times in the chosen zone; and `leadpact-cli export`.
#include "clirunner.h"
#include "demo/demogenerator.h"
#include "export/leadexporter.h"
#include "xlsxcells.h"
#include "leadbuilder.h"
#include "service/leadservice.h"
#include "tempdatabase.h"
#include "testconfig.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

// Splits the export (no quoted line breaks in these rows) into rows of fields.
QList<QStringList> rowsOf(const QString &text, QChar delimiter = u';')
{
    QList<QStringList> rows;
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(delimiter));
    return rows;
}

} // namespace

TEST_CASE("the export writes the filtered leads with statuses, reasons, SLA and local times",
          "[export]")
{
    TempDatabase fx;
    LeadService service(fx.db(), fx.clock());
    Lead incoming = Test::incomingLead(u"X-1"_s);
    incoming.name = u"Анна Петрова"_s;
    incoming.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 55), Qt::UTC);
    const Lead won = service.receive(incoming, fx.marketing);
    Test::driveTo(fx, service, won.id, LeadStatus::Won);
    incoming.externalId = u"X-2"_s;
    incoming.name = u"Борис"_s;
    const Lead rejected = service.receive(incoming, fx.marketing);
    Test::driveTo(fx, service, rejected.id, LeadStatus::Rejected);
    incoming.externalId = u"X-3"_s;
    service.receive(incoming, fx.marketing); // stays New

    LeadFilter filter;
    filter.statuses = {LeadStatus::Won, LeadStatus::Rejected};
    filter.order = LeadFilter::Order::NewestFirst;
    LeadExportOptions options;
    options.timeZone = QTimeZone("Europe/Moscow");

    SECTION("UTF-8 with a BOM")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CHECK(LeadExporter(fx.db(), fx.clock()).writeCsv(filter, buffer, options) == 2);
        const QByteArray data = buffer.data();
        REQUIRE(data.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = rowsOf(QString::fromUtf8(data.mid(3)));
        REQUIRE(rows.size() == 3);
        const QStringList header = rows.first();
        CHECK(header == LeadExporter::columnTitles());
        const auto field = [&](const QStringList &row, const QString &title) {
            return row.value(header.indexOf(title));
        };
        // Newest first: the same arrival time, so the higher id (the rejected lead) first.
        const QStringList &r = rows.at(1);
        const QStringList &w = rows.at(2);
        CHECK(field(w, u"External id"_s) == u"X-1"_s);
        CHECK(field(w, u"Name"_s) == u"Анна Петрова"_s);
        CHECK(field(w, u"Received"_s) == u"2026-11-23 12:55"_s); // 09:55 UTC in Moscow
        CHECK(field(w, u"Status"_s) == statusTitle(LeadStatus::Won));
        CHECK(field(w, u"SLA"_s) == slaStateTitle(SlaState::Met));
        CHECK(field(w, u"Manager"_s) == fx.manager.displayName);
        CHECK_FALSE(field(w, u"Deal amount"_s).isEmpty());
        CHECK_FALSE(field(w, u"Paid on"_s).isEmpty());
        CHECK(field(r, u"External id"_s) == u"X-2"_s);
        CHECK(field(r, u"Status"_s) == statusTitle(LeadStatus::Rejected));
        CHECK(field(r, u"Rejection reason"_s) == u"No budget"_s);
        CHECK(field(r, u"Deal amount"_s).isEmpty());
        // First contact one minute after the fixture's clock start, due 15 working minutes on.
        const QDateTime due = QDateTime::fromString(field(r, u"First contact due"_s),
                                                    u"yyyy-MM-dd HH:mm"_s);
        const QDateTime contact = QDateTime::fromString(field(r, u"First contact"_s),
                                                        u"yyyy-MM-dd HH:mm"_s);
        REQUIRE(due.isValid());
        REQUIRE(contact.isValid());
        CHECK(field(r, u"SLA margin, min"_s).toLongLong() == contact.secsTo(due) / 60);
    }
    SECTION("an Excel workbook with the same rows, numbers as numbers")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"leads.xlsx"_s);
        CHECK(LeadExporter(fx.db(), fx.clock()).writeXlsx(filter, path, options.timeZone) == 2);
        CHECK_FALSE(QFile::exists(path + u".part"_s));
        const QMap<QString, QString> cells = Test::xlsxCells(path, 1);
        const QStringList titles = LeadExporter::columnTitles();
        const auto column = [&](const QString &title) {
            const qsizetype index = titles.indexOf(title);
            REQUIRE(index >= 0);
            REQUIRE(index < 26);
            return QString(QChar(u'A' + int(index)));
        };
        CHECK(cells.value(u"A1"_s) == titles.first());
        CHECK(cells.value(column(u"Name"_s) + u"1"_s) == u"Name"_s);
        // Newest first, as in the CSV: the rejected lead on row 2, the won one on row 3.
        CHECK(cells.value(column(u"External id"_s) + u"2"_s) == u"X-2"_s);
        CHECK(cells.value(column(u"Rejection reason"_s) + u"2"_s) == u"No budget"_s);
        CHECK(cells.value(u"A2"_s).toLongLong() == rejected.id);
        CHECK(cells.value(column(u"Name"_s) + u"3"_s) == u"Анна Петрова"_s);
        CHECK(cells.value(column(u"Received"_s) + u"3"_s) == u"2026-11-23 12:55"_s);
        CHECK(cells.value(column(u"Status"_s) + u"3"_s) == statusTitle(LeadStatus::Won));
        CHECK(cells.value(u"A3"_s).toLongLong() == won.id);
        CHECK(cells.value(u"AB3"_s).toDouble() == 15000.0); // the deal amount, 1 500 000 minor
        CHECK_FALSE(cells.contains(u"A4"_s));
    }
    SECTION("Windows-1251 on request")
    {
        options.encoding = "windows-1251";
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CHECK(LeadExporter(fx.db(), fx.clock()).writeCsv(filter, buffer, options) == 2);
        const QByteArray data = buffer.data();
        CHECK_FALSE(data.startsWith("\xEF\xBB\xBF"));
        CHECK(data.contains("\xC0\xED\xED\xE0 \xCF\xE5\xF2\xF0\xEE\xE2\xE0")); // Анна Петрова
        QStringDecoder decoder("windows-1251");
        const QString text = decoder.decode(data);
        CHECK(rowsOf(text).size() == 3);
    }
    SECTION("a field with the delimiter or a quote is quoted")
    {
        Lead odd = Test::incomingLead(u"X-4"_s);
        odd.name = u"ООО \"Ромашка\"; филиал"_s;
        service.receive(odd, fx.marketing);
        LeadFilter fresh;
        fresh.statuses = {LeadStatus::New};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CHECK(LeadExporter(fx.db(), fx.clock()).writeCsv(fresh, buffer, options) == 2);
        CHECK(QString::fromUtf8(buffer.data()).contains(u"\"ООО \"\"Ромашка\"\"; филиал\""_s));
    }
}

TEST_CASE("cli export writes the filtered leads to a CSV file", "[export][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"cli.sqlite"_s);
    const auto run = [&](const QStringList &arguments) {
        return Test::runCli(db, arguments).exitCode;
    };
    REQUIRE(run({u"init"_s}) == 0);
    REQUIRE(run({u"demo"_s, u"--leads"_s, u"300"_s, u"--seed"_s, u"7"_s, u"--end"_s,
                 u"2026-11-20"_s})
            == 0);
    const QString all = dir.filePath(u"all.csv"_s);
    const QString won = dir.filePath(u"won.csv"_s);
    CHECK(run({u"export"_s, u"--csv"_s, all, u"--tz"_s, u"Europe/Moscow"_s}) == 0);
    CHECK(run({u"export"_s, u"--csv"_s, won, u"--status"_s, u"won"_s, u"--encoding"_s,
               u"windows-1251"_s, u"--delimiter"_s, u","_s})
          == 0);
    const auto lines = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll().count("\r\n");
    };
    CHECK(lines(all) == 301);
    const qint64 wonLines = lines(won);
    CHECK(wonLines > 1);
    CHECK(wonLines < 301);
    CHECK(run({u"export"_s, u"--csv"_s, all, u"--encoding"_s, u"koi8-r"_s}) == 2);
    CHECK(run({u"export"_s}) == 2);

    // The same won leads as a workbook: a header row and one row per lead.
    const QString wonBook = dir.filePath(u"won.xlsx"_s);
    CHECK(run({u"export"_s, u"--xlsx"_s, wonBook, u"--status"_s, u"won"_s}) == 0);
    const QMap<QString, QString> cells = Test::xlsxCells(wonBook, 1);
    CHECK(cells.contains(u"A%1"_s.arg(wonLines)));
    CHECK_FALSE(cells.contains(u"A%1"_s.arg(wonLines + 1)));
    const Test::CliRun missingFolder
        = Test::runCli(db, {u"export"_s, u"--xlsx"_s, dir.filePath(u"no/such/leads.xlsx"_s)});
    CHECK(missingFolder.exitCode == 1);
    CHECK(missingFolder.err.contains(u"no/such"_s));
}

TEST_CASE("the export reports its progress page by page, and a cancel writes no file",
          "[export]")
{
    TempDatabase fx;
    DemoOptions demo;
    demo.leads = 12000; // three pages of 5,000: two full, one part
    demo.seed = 11;
    demo.weeks = 4;
    demo.endDate = QDate(2026, 11, 20);
    DemoGenerator(fx.db(), demo).run({});
    const LeadFilter all;
    QTemporaryDir dir;

    SECTION("whole: every page counted against the total, the last one equal to it")
    {
        QList<std::pair<qint64, qint64>> calls;
        LeadExporter exporter(fx.db(), fx.clock());
        exporter.setProgress([&](qint64 written, qint64 total) {
            calls.append({written, total});
            return true;
        });
        const QString path = dir.filePath(u"all.csv"_s);
        CHECK(exporter.writeCsv(all, path, LeadExportOptions()) == 12000);
        CHECK_FALSE(exporter.wasCancelled());
        const QList<std::pair<qint64, qint64>> expected
            = {{0, 12000}, {5000, 12000}, {10000, 12000}, {12000, 12000}};
        CHECK(calls == expected);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().count("\r\n") == 12001); // the header and every lead
    }
    SECTION("cancelled after the first page: the CSV and the workbook are not written")
    {
        const QString csv = dir.filePath(u"cancelled.csv"_s);
        const QString xlsx = dir.filePath(u"cancelled.xlsx"_s);
        for (const bool workbook : {false, true}) {
            LeadExporter exporter(fx.db(), fx.clock());
            exporter.setProgress([](qint64 written, qint64) { return written < 5000; });
            const qint64 written = workbook ? exporter.writeXlsx(all, xlsx, QTimeZone::utc())
                                            : exporter.writeCsv(all, csv, LeadExportOptions());
            CHECK(written == 5000);
            CHECK(exporter.wasCancelled());
        }
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no part files either
    }
    SECTION("a cancel that arrives with the last page is too late: the file is whole")
    {
        LeadExporter exporter(fx.db(), fx.clock());
        exporter.setProgress([](qint64 written, qint64) { return written < 12000; });
        const QString path = dir.filePath(u"late.csv"_s);
        CHECK(exporter.writeCsv(all, path, LeadExportOptions()) == 12000);
        CHECK_FALSE(exporter.wasCancelled());
        CHECK(QFile::exists(path));
    }
    SECTION("an existing file is left as it was by a cancelled export")
    {
        const QString path = dir.filePath(u"kept.csv"_s);
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("before");
        }
        LeadExporter exporter(fx.db(), fx.clock());
        exporter.setProgress([](qint64, qint64) { return false; });
        CHECK(exporter.writeCsv(all, path, LeadExportOptions()) == 0);
        CHECK(exporter.wasCancelled());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "before");
    }
}
