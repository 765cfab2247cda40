// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LeadPact {

struct DailyReport;

// Writes the daily status report as an Excel workbook: a sheet of per-manager counts with a
// total row and a sheet of rejections by reason. The file appears complete or not at all (it is
// written beside the target and renamed). Throws Error when it cannot be written.
void writeDailyReportXlsx(const DailyReport &report, const QString &path);

} // namespace LeadPact
