// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard on a long file (hidden: run `leadpact_ui_tests "[bench][import]"`; the
// number of rows from LEADPACT_BENCH_IMPORT_ROWS, 200,000 by default): how long the import
// takes through the wizard, and the longest the window's event loop went without turning
// while it ran (a 10 ms timer's worst gap) — the window must never freeze.
#include "import/importwizard.h"
#include "importfixture.h"
#include "storage/leadrepository.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace LeadPact;
using namespace LeadPact::Test;
using namespace Qt::StringLiterals;

TEST_CASE("The import wizard on a long file", "[.][bench][import]")
{
    const int rows = qEnvironmentVariableIntValue("LEADPACT_BENCH_IMPORT_ROWS") > 0
                         ? qEnvironmentVariableIntValue("LEADPACT_BENCH_IMPORT_ROWS")
                         : 200000;
    clearSettings();
    TempDatabase fixture;
    QByteArray data = "id;received;name;phone;source;email\n";
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("L-%1;%2.11.2026 %3:%4;Client %1;+7912%5;seo;c%1@example.com\n")
                    .arg(i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 24, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 10000000, 7, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    const QString path = writeTestFile(fixture, u"long.csv"_s, data);

    ImportWizard wizard(fixture.db(), fixture.clock(), fixture.marketing);
    wizard.show();
    child<QLineEdit>(wizard, "importFilePath")->setText(path);
    wizard.next();
    auto *format = child<QComboBox>(wizard, "importDateFormatCombo");
    format->setCurrentIndex(format->findData(QStringList {u"dd.MM.yyyy HH:mm"_s}));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);

    qint64 worstGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        worstGapMs = std::max(worstGapMs, sinceTick.restart());
    });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start();
    wizard.next();
    REQUIRE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; }, 600000));
    ticker.stop();
    const qint64 ms = elapsed.elapsed();
    REQUIRE(wizard.draft().result);
    CHECK(wizard.draft().result->committed);
    CHECK(LeadRepository(fixture.db()).count({}) == rows);
    std::printf("import wizard: %d rows (%.1f MB) in %.2f s; the window's longest pause %lld ms\n",
                rows,
                double(data.size()) / 1048576.0,
                double(ms) / 1000.0,
                static_cast<long long>(worstGapMs));
}
