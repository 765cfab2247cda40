// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadPact {

// The lead fields an import may fill from a source column.
enum class ImportField {
    ExternalId,
    ReceivedAt,
    Name,
    Phone,
    Email,
    Company,
    Channel,
    Campaign,
    LandingPage,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    Notes,
};
QString importFieldCode(ImportField field); // "external_id", "received_at", …
std::optional<ImportField> importFieldFromCode(const QString &code);
QStringList importFieldCodes();

// One source column and the lead field it fills.
struct ColumnMapping
{
    QString column; // the header as it appears in the file
    ImportField field = ImportField::Notes;
};

// How a CSV export of one source (a form, an ad platform, another CRM) maps onto leads: a named
// preset, saved as JSON so the same file works in the wizard and from the CLI. Delimiter and
// encoding are detected by the reader unless set here.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QString name;
    QChar delimiter;                          // null: detect
    QByteArray encoding;                      // empty: detect
    QString timeZone = QStringLiteral("UTC"); // IANA id of the times in the file
    // Tried in order; "detect" picks the first that reads every sampled value. See
    // ImportTimeParser for the names ("iso8601", "unix", …).
    QStringList dateFormats {QStringLiteral("detect")};
    QList<ColumnMapping> columns;

    std::optional<QString> columnFor(ImportField field) const;

    // Reads a preset; throws Error(Validation) naming the file and the bad key.
    static ImportMapping load(const QString &path);
    static ImportMapping fromJson(const QJsonObject &json, const QString &source);
    void save(const QString &path) const; // throws Error(Storage) when the file cannot be written
    QJsonObject toJson() const;

    // The mapped headers `header` lacks, in mapping order (empty when every one is there).
    QStringList missingColumns(const QStringList &header) const;
};

} // namespace LeadPact
