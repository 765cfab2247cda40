// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting and the daily report as PDF (page count, the numbers as text, read back with
// poppler's pdfinfo/pdftotext), the daily report on screen, and leadpact-cli writing both PDFs
// without a display.
#include "meeting/meetingsnapshot.h"
#include "meetingsample.h"
#include "report/dailyreport.h"
#include "report/dailyreportdialog.h"
#include "report/dailyreportdocument.h"
#include "report/meetingdocument.h"
#include "testconfig.h"
#include "uitesthelpers.h"

#include <QDateEdit>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

QString run(const QString &program,
            const QStringList &arguments,
            int *exitCode = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

QString pageSize(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Page size:")))
            return line.mid(10).trimmed();
    }
    return {};
}

// The text of the PDF (or of one page), spaces of every kind made plain.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    QString text = run(QStringLiteral("pdftotext"), arguments);
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text;
}

QString plain(QString text)
{
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
}

const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));

} // namespace

TEST_CASE("Meeting PDF: one A4 landscape page per slide with the week's numbers as text",
          "[ui][report]")
{
    TempDatabase fx;
    MeetingSample sample(fx);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meeting.pdf"));
    const MeetingSnapshot snapshot = MeetingSnapshot::load(fx.db(),
                                                           fx.clock(),
                                                           MeetingSample::week());
    MeetingDocument(snapshot).writePdf(path);

    CHECK(pageCount(path) == MeetingDocument::slidePages);
    CHECK(pageSize(path) == QStringLiteral("842 x 595 pts (A4)")); // landscape
    // Page 1: the best deal — 1 234 567 RUB, its campaign and its manager.
    const QString best = pdfText(path, 1);
    CHECK(best.contains(plain(QLocale().toString(qint64(1234567)))));
    CHECK(best.contains(QStringLiteral("black_friday")));
    CHECK(best.contains(QStringLiteral("anna")));
    // Page 2: 4 received, 3 processed in the facts table, and the charts' text (vector).
    const QString facts = pdfText(path, 2);
    CHECK(facts.contains(snapshot.review.facts[0].title));
    CHECK(snapshot.review.facts[0].current == 4);
    CHECK(snapshot.review.facts[1].current == 3);
    CHECK(facts.contains(QStringLiteral("W47"))); // the trend chart's axis
    CHECK(facts.contains(QStringLiteral("W42")));
    // Page 3: the one problem the rules found (lead 3 untouched), proposed only.
    const QString problems = pdfText(path, 3);
    REQUIRE(snapshot.notes.problems.size() == 1);
    CHECK(problems.contains(snapshot.notes.problems[0].evidence.left(20)));
}

TEST_CASE("Meeting PDF of a week without any lead: every page, friendly empty states",
          "[ui][report]")
{
    TempDatabase fx;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    MeetingDocument(MeetingSnapshot::load(fx.db(), fx.clock(), MeetingSample::week())).writePdf(path);
    CHECK(pageCount(path) == MeetingDocument::slidePages);
    CHECK(pdfText(path, 1).contains(MeetingDocument::tr("No deal was won this week")));
}

TEST_CASE("Meeting PDF to a folder that does not exist fails with the path named", "[ui][report]")
{
    TempDatabase fx;
    const QString path = fx.dir() + QStringLiteral("/missing/meeting.pdf");
    const MeetingSnapshot snapshot = MeetingSnapshot::load(fx.db(),
                                                           fx.clock(),
                                                           MeetingSample::week());
    try {
        MeetingDocument(snapshot).writePdf(path);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("meeting.pdf")));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Daily report PDF: a row per manager, and the total", "[ui][report]")
{
    TempDatabase fx;
    MeetingSample sample(fx);
    const DailyReport report
        = DailyReport::build(fx.db(), QDate(2026, 11, 18), moscow, fx.clock().now());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.pdf"));
    DailyReportDocument(report).writePdf(path);
    CHECK(pageCount(path) == 1);
    const QStringList lines = pdfText(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // On the 18th anna contacted 2 leads and rejected 1; boris contacted 1.
    for (const QString &manager : {QStringLiteral("anna"), QStringLiteral("boris")})
        CHECK(lines.contains(manager));
    CHECK(lines.contains(DailyReportDocument::tr("Total")));
    CHECK(lines.contains(DailyReportDocument::tr("Rejections by reason")));
}

TEST_CASE("Daily report on screen: the table follows the chosen day", "[ui][report]")
{
    clearSettings();
    TempDatabase fx;
    MeetingSample sample(fx);
    FakeDialogRunner runner;
    DailyReportDialog dialog(fx.db(), fx.clock(), runner);
    auto *table = child<QTableWidget>(dialog, "dailyReportTable");
    child<QDateEdit>(dialog, "reportDate")->setDate(QDate(2026, 11, 18));
    // anna, boris, the unassigned lead 3, and the total.
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, 0)->text());
    CHECK(names.contains(QStringLiteral("anna")));
    CHECK(names.contains(QStringLiteral("boris")));
    CHECK(names.constLast() == DailyReportDocument::tr("Total"));
    const int total = table->rowCount() - 1;
    CHECK(table->item(total, 1)->text() == QStringLiteral("4")); // received
    CHECK(table->item(total, 2)->text() == QStringLiteral("3")); // contacted
    CHECK(table->item(total, 5)->text() == QStringLiteral("1")); // rejected

    QTemporaryDir dir;
    runner.nextFileName = dir.filePath(QStringLiteral("d.xlsx"));
    child<QPushButton>(dialog, "dailyXlsxButton")->click();
    CHECK(QFile::exists(dir.filePath(QStringLiteral("d.xlsx"))));
    runner.nextFileName = dir.filePath(QStringLiteral("d.pdf"));
    child<QPushButton>(dialog, "dailyPdfButton")->click();
    CHECK(pageCount(dir.filePath(QStringLiteral("d.pdf"))) == 1);
    child<QPushButton>(dialog, "dailyPrintButton")->click();
    CHECK(runner.printedTitles.size() == 1);

    child<QDateEdit>(dialog, "reportDate")->setDate(QDate(2026, 11, 10));
    CHECK(table->rowCount() == 1); // before the first lead: the total only
}

TEST_CASE("leadpact-cli writes the meeting and the daily report as PDF without a display",
          "[ui][report][cli]")
{
    TempDatabase fx;
    {
        MeetingSample sample(fx);
    }
    fx.close();
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QString cli = QStringLiteral(LEADPACT_CLI_PATH);
    int code = -1;
    const QString week = dir.filePath(QStringLiteral("w.pdf"));
    run(cli,
        {QStringLiteral("--db"),
         fx.path(),
         QStringLiteral("report"),
         QStringLiteral("week"),
         QStringLiteral("--week"),
         QStringLiteral("2026-W47"),
         QStringLiteral("--pdf"),
         week},
        &code,
        env);
    CHECK(code == 0);
    CHECK(pageCount(week) == 6); // five agenda slides and the notes
    CHECK(pdfText(week, 1).contains(QStringLiteral("1,234,567")));

    const QString daily = dir.filePath(QStringLiteral("d.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("d.xlsx"));
    run(cli,
        {QStringLiteral("--db"),
         fx.path(),
         QStringLiteral("report"),
         QStringLiteral("daily"),
         QStringLiteral("--date"),
         QStringLiteral("2026-11-18"),
         QStringLiteral("--pdf"),
         daily,
         QStringLiteral("--xlsx"),
         xlsx},
        &code,
        env);
    CHECK(code == 0);
    CHECK(pdfText(daily).contains(QStringLiteral("boris")));
    CHECK(QFile::exists(xlsx));

    run(cli,
        {QStringLiteral("--db"),
         fx.path(),
         QStringLiteral("report"),
         QStringLiteral("week"),
         QStringLiteral("--week"),
         QStringLiteral("2026-W54"),
         QStringLiteral("--pdf"),
         week},
        &code,
        env);
    CHECK(code == 2);
}
