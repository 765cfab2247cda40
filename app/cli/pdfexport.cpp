// SPDX-License-Identifier: GPL-3.0-or-later
// PDF for the full build: the meeting and the daily report painted by ui/report.
#include "pdfexport.h"

#include "meeting/meetingsnapshot.h"
#include "report/dailyreportdocument.h"
#include "report/meetingdocument.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

namespace LeadPact::Cli {

namespace {

bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

void requirePdfRenderer() {}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!wantsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Pages need fonts and painting, never a screen: offscreen unless the caller chose a
    // platform, so a cron job with a stale $DISPLAY works too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // cron gives no runtime directory; Qt would warn on stderr (and into the cron mail).
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        static QTemporaryDir runtimeDir; // 0700, removed at exit
        if (runtimeDir.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }
    return std::make_unique<QApplication>(argc, argv);
}

void writeMeetingPdf(Database &db, const Clock &clock, const IsoWeek &week, const QString &path)
{
    MeetingDocument(MeetingSnapshot::load(db, clock, week)).writePdf(path);
}

void writeDailyReportPdf(const DailyReport &report, const QString &path)
{
    DailyReportDocument(report).writePdf(path);
}

} // namespace LeadPact::Cli
