// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace LeadPact {

class Clock;
class Database;
class IsoWeek;
struct DailyReport;

namespace Cli {

// PDF from the command line. The full build (LEADPACT_GUI=ON) paints the pages with the GUI's
// renderer (ui/report); the GUI-less build has none and says so (a usage error, exit code 2).
// Throws UsageError ("needs the full build") in the GUI-less build; nothing in the full one.
void requirePdfRenderer();
// The application object: for a command that writes PDF in the full build, a QApplication on
// the "offscreen" platform (no display needed, e.g. from cron; the charts are Qt Widgets
// graphics items); else a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);
// Throw UsageError in the GUI-less build, Error when the file cannot be written.
void writeMeetingPdf(Database &db, const Clock &clock, const IsoWeek &week, const QString &path);
void writeDailyReportPdf(const DailyReport &report, const QString &path);

} // namespace Cli
} // namespace LeadPact
