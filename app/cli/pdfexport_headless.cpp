// SPDX-License-Identifier: GPL-3.0-or-later
// PDF in the GUI-less build: not available; the commands say which build has it.
#include "clicontext.h"
#include "pdfexport.h"

namespace LeadPact::Cli {

namespace {

[[noreturn]] void refuse()
{
    throw UsageError(Context::tr("--pdf needs the full build of LeadPact (built with "
                                 "LEADPACT_GUI=ON): this leadpact-cli has no PDF renderer. "
                                 "Use --xlsx or the text output instead."));
}

} // namespace

void requirePdfRenderer()
{
    refuse();
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

void writeMeetingPdf(Database &, const Clock &, const IsoWeek &, const QString &)
{
    refuse();
}

void writeDailyReportPdf(const DailyReport &, const QString &)
{
    refuse();
}

} // namespace LeadPact::Cli
