// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

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
    PromoCode,
    Notes,
    DeclaredMonthlyRevenue, // the client's own figure, kept beside the lead (not a deal amount)
    // Outcomes: only an update (--update-by external_id) applies them, through the state machine.
    WonAt,       // the deal was won then; the payment date is its day in the file's time zone
    DealAmount,  // optional: another CRM may not know it
    DealCurrency,
    Owner,       // the sales rep's login (or an id another CRM uses; see createMissingOwners)
    LostAt,      // the deal was lost then
    LossReason,  // a loss reason of the catalog: its code or its title (Russian or English)
    LossComment, // the proof some loss reasons demand
};
bool isOutcomeField(ImportField field);
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
    QString currency = QStringLiteral("RUB"); // of amounts when no deal_currency column is mapped
    // Owners the database does not know: created with this role when set (login = the value),
    // a row error otherwise. The display name is ownerDisplayName with %1 = the value's first
    // 8 characters.
    std::optional<Role> createMissingOwners;
    QString ownerDisplayName = QStringLiteral("%1");
    // A new lead with the same phone or e-mail as one that arrived at most this many days
    // earlier (or later) is a possible duplicate.
    int duplicateWindowDays = 30;

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
