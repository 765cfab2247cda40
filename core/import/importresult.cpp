// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

#include "domain/error.h"

#include <QJsonArray>
#include <QSaveFile>

namespace LeadPact {

namespace {

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QJsonObject ImportResult::toJson() const
{
    QJsonArray rejectedArray;
    for (const RejectedRow &row : rejectedRows) {
        rejectedArray.append(QJsonObject {{QStringLiteral("file"), row.file},
                                          {QStringLiteral("row"), row.row},
                                          {QStringLiteral("line"), row.line},
                                          {QStringLiteral("column"), row.column},
                                          {QStringLiteral("value"), row.value},
                                          {QStringLiteral("reason"), row.reason}});
    }
    return QJsonObject {{QStringLiteral("file"), file},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("inserted"), inserted},
                        {QStringLiteral("updated"), updated},
                        {QStringLiteral("unchanged"), unchanged},
                        {QStringLiteral("incomplete"), incomplete},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("duplicates_skipped"), duplicatesSkipped},
                        {QStringLiteral("outcomes"), outcomes},
                        {QStringLiteral("owners_created"), ownersCreated},
                        {QStringLiteral("attributed"), attributed},
                        {QStringLiteral("rejected_rows"), rejectedArray},
                        {QStringLiteral("encoding"), QString::fromUtf8(encoding)},
                        {QStringLiteral("delimiter"),
                         delimiter == QLatin1Char('\t') ? QStringLiteral("tab")
                                                        : QString(delimiter)},
                        {QStringLiteral("dry_run"), dryRun},
                        {QStringLiteral("cancelled"), cancelled},
                        {QStringLiteral("committed"), committed}};
}

QString ImportResult::summary() const
{
    QString outcome;
    if (cancelled)
        outcome = tr("cancelled, nothing changed");
    else if (dryRun)
        outcome = tr("dry run, nothing changed");
    else if (!committed)
        outcome = tr("rejected rows, nothing changed (use --partial to import the valid rows)");
    else
        outcome = tr("saved");
    QString extra;
    if (duplicates > 0 || duplicatesSkipped > 0) {
        extra += tr(", %1 possible duplicates flagged, %2 skipped")
                     .arg(duplicates)
                     .arg(duplicatesSkipped);
    }
    if (outcomes > 0 || ownersCreated > 0)
        extra += tr(", %1 outcomes applied, %2 owners created").arg(outcomes).arg(ownersCreated);
    if (attributed > 0)
        extra += tr(", %1 attributed to campaigns").arg(attributed);
    return tr("%1: %2 rows, %3 inserted, %4 updated, %5 unchanged, %6 incomplete, %7 rejected"
              "%8 — %9.")
        .arg(file)
        .arg(rows)
        .arg(inserted)
        .arg(updated)
        .arg(unchanged)
        .arg(incomplete)
        .arg(rejected)
        .arg(extra, outcome);
}

void ImportResult::writeErrorCsv(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the error report %1: %2.").arg(path, out.errorString()));
    }
    QByteArray data("\xEF\xBB\xBF"
                    "file,row,line,column,value,reason\r\n");
    for (const RejectedRow &row : rejectedRows) {
        const QStringList fields {csvField(row.file),
                                  QString::number(row.row),
                                  QString::number(row.line),
                                  csvField(row.column),
                                  csvField(row.value),
                                  csvField(row.reason)};
        data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (out.write(data) != data.size() || !out.commit()) {
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the error report %1: %2.").arg(path, out.errorString()));
    }
}

} // namespace LeadPact
