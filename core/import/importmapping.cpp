// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmapping.h"

#include "domain/error.h"
#include "importtimeparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <array>

namespace LeadPact {

namespace {

constexpr std::array allFields {
    ImportField::ExternalId,
    ImportField::ReceivedAt,
    ImportField::Name,
    ImportField::Phone,
    ImportField::Email,
    ImportField::Company,
    ImportField::Channel,
    ImportField::Campaign,
    ImportField::LandingPage,
    ImportField::UtmSource,
    ImportField::UtmMedium,
    ImportField::UtmCampaign,
    ImportField::PromoCode,
    ImportField::Notes,
    ImportField::DeclaredMonthlyRevenue,
    ImportField::WonAt,
    ImportField::DealAmount,
    ImportField::DealCurrency,
    ImportField::Owner,
    ImportField::LostAt,
    ImportField::LossReason,
    ImportField::LossComment,
};

const QString keyName = QStringLiteral("name");
const QString keyDelimiter = QStringLiteral("delimiter");
const QString keyEncoding = QStringLiteral("encoding");
const QString keyTimeZone = QStringLiteral("time_zone");
const QString keyDateFormats = QStringLiteral("date_formats");
const QString keyColumns = QStringLiteral("columns");
const QString keyCurrency = QStringLiteral("currency");
const QString keyCreateOwners = QStringLiteral("create_missing_owners");
const QString keyOwnerName = QStringLiteral("owner_display_name");
const QString keyDuplicateWindow = QStringLiteral("duplicate_window_days");

QString delimiterText(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

} // namespace

QString importFieldCode(ImportField field)
{
    switch (field) {
    case ImportField::ExternalId:
        return QStringLiteral("external_id");
    case ImportField::ReceivedAt:
        return QStringLiteral("received_at");
    case ImportField::Name:
        return QStringLiteral("name");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::Email:
        return QStringLiteral("email");
    case ImportField::Company:
        return QStringLiteral("company");
    case ImportField::Channel:
        return QStringLiteral("channel");
    case ImportField::Campaign:
        return QStringLiteral("campaign");
    case ImportField::LandingPage:
        return QStringLiteral("landing_page");
    case ImportField::UtmSource:
        return QStringLiteral("utm_source");
    case ImportField::UtmMedium:
        return QStringLiteral("utm_medium");
    case ImportField::UtmCampaign:
        return QStringLiteral("utm_campaign");
    case ImportField::PromoCode:
        return QStringLiteral("promo_code");
    case ImportField::Notes:
        return QStringLiteral("notes");
    case ImportField::DeclaredMonthlyRevenue:
        return QStringLiteral("declared_monthly_revenue");
    case ImportField::WonAt:
        return QStringLiteral("won_at");
    case ImportField::DealAmount:
        return QStringLiteral("deal_amount");
    case ImportField::DealCurrency:
        return QStringLiteral("deal_currency");
    case ImportField::Owner:
        return QStringLiteral("owner");
    case ImportField::LostAt:
        return QStringLiteral("lost_at");
    case ImportField::LossReason:
        return QStringLiteral("loss_reason");
    case ImportField::LossComment:
        return QStringLiteral("loss_comment");
    }
    return {};
}

bool isOutcomeField(ImportField field)
{
    return field == ImportField::WonAt || field == ImportField::DealAmount
           || field == ImportField::DealCurrency || field == ImportField::Owner
           || field == ImportField::LostAt || field == ImportField::LossReason
           || field == ImportField::LossComment;
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    for (ImportField field : allFields) {
        if (importFieldCode(field) == code)
            return field;
    }
    return std::nullopt;
}

QStringList importFieldCodes()
{
    QStringList codes;
    for (ImportField field : allFields)
        codes.append(importFieldCode(field));
    return codes;
}

std::optional<QString> ImportMapping::columnFor(ImportField field) const
{
    for (const ColumnMapping &column : columns) {
        if (column.field == field)
            return column.column;
    }
    return std::nullopt;
}

ImportMapping ImportMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Validation,
                    tr("Cannot read the import mapping %1: %2.").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw Error(Error::Kind::Validation,
                    tr("The import mapping %1 is not a JSON object (at offset %2: %3).")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    return fromJson(document.object(), path);
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json, const QString &source)
{
    const auto bad = [&source](const QString &key, const QString &why) {
        return Error(Error::Kind::Validation,
                     tr("Import mapping %1, key \"%2\": %3").arg(source, key, why));
    };
    const QStringList known {keyName,
                             keyDelimiter,
                             keyEncoding,
                             keyTimeZone,
                             keyDateFormats,
                             keyColumns,
                             keyCurrency,
                             keyCreateOwners,
                             keyOwnerName,
                             keyDuplicateWindow};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw bad(it.key(),
                      tr("unknown key; expected one of %1.").arg(known.join(QStringLiteral(", "))));
    }

    ImportMapping mapping;
    const auto text = [&](const QString &key) -> std::optional<QString> {
        if (!json.contains(key) || json.value(key).isNull())
            return std::nullopt;
        if (!json.value(key).isString())
            throw bad(key, tr("must be a string."));
        return json.value(key).toString();
    };
    mapping.name = text(keyName).value_or(QString());
    if (const auto delimiter = text(keyDelimiter); delimiter && !delimiter->isEmpty()) {
        if (*delimiter == QLatin1String("tab") || *delimiter == QLatin1String("\t"))
            mapping.delimiter = QLatin1Char('\t');
        else if (*delimiter == QLatin1String(",") || *delimiter == QLatin1String(";"))
            mapping.delimiter = delimiter->at(0);
        else
            throw bad(keyDelimiter,
                      tr("must be \",\", \";\" or \"tab\", not \"%1\".").arg(*delimiter));
    }
    if (const auto encoding = text(keyEncoding))
        mapping.encoding = encoding->toUtf8();
    if (const auto zone = text(keyTimeZone); zone && !zone->isEmpty()) {
        if (*zone != QLatin1String("UTC") && !QTimeZone(zone->toUtf8()).isValid())
            throw bad(keyTimeZone, tr("unknown time zone \"%1\".").arg(*zone));
        mapping.timeZone = *zone;
    }
    if (json.contains(keyDateFormats)) {
        const QJsonValue formats = json.value(keyDateFormats);
        QStringList list;
        if (formats.isString()) {
            list.append(formats.toString());
        } else if (formats.isArray()) {
            for (const QJsonValue &format : formats.toArray()) {
                if (!format.isString() || format.toString().trimmed().isEmpty())
                    throw bad(keyDateFormats, tr("must hold non-empty strings."));
                list.append(format.toString());
            }
        } else {
            throw bad(keyDateFormats, tr("must be a string or a list of strings."));
        }
        if (!list.isEmpty())
            mapping.dateFormats = list;
    }

    if (const auto currency = text(keyCurrency); currency && !currency->isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(*currency).hasMatch())
            throw bad(keyCurrency, tr("\"%1\" is not a three-letter ISO 4217 code.").arg(*currency));
        mapping.currency = *currency;
    }
    if (const auto role = text(keyCreateOwners); role && !role->isEmpty()) {
        mapping.createMissingOwners = roleFromString(*role);
        if (!mapping.createMissingOwners || !isSalesRole(*mapping.createMissingOwners))
            throw bad(keyCreateOwners,
                      tr("must be a sales role (manager or head_of_sales), not \"%1\".").arg(*role));
    }
    if (const auto name = text(keyOwnerName); name && !name->isEmpty()) {
        if (!name->contains(QStringLiteral("%1")))
            throw bad(keyOwnerName, tr("must contain %1 where the owner's id goes."));
        mapping.ownerDisplayName = *name;
    }
    if (json.contains(keyDuplicateWindow)) {
        const QJsonValue days = json.value(keyDuplicateWindow);
        if (!days.isDouble() || days.toDouble() != double(days.toInt()) || days.toInt() < 0)
            throw bad(keyDuplicateWindow, tr("must be a whole number of days, 0 or more."));
        mapping.duplicateWindowDays = days.toInt();
    }

    const QJsonValue columns = json.value(keyColumns);
    if (!columns.isObject() || columns.toObject().isEmpty())
        throw bad(keyColumns, tr("must map at least one source column to a lead field."));
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        const QString key = keyColumns + QLatin1Char('.') + it.key();
        const auto field = importFieldFromCode(it.value().toString());
        if (!it.value().isString() || !field) {
            throw bad(key,
                      tr("\"%1\" is not a lead field; use one of %2.")
                          .arg(it.value().toVariant().toString(),
                               importFieldCodes().join(QStringLiteral(", "))));
        }
        if (mapping.columnFor(*field)) {
            throw bad(key,
                      tr("the field %1 is already filled from the column \"%2\".")
                          .arg(importFieldCode(*field), *mapping.columnFor(*field)));
        }
        mapping.columns.append({it.key(), *field});
    }
    return mapping;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject json;
    if (!name.isEmpty())
        json.insert(keyName, name);
    if (!delimiter.isNull())
        json.insert(keyDelimiter, delimiterText(delimiter));
    if (!encoding.isEmpty())
        json.insert(keyEncoding, QString::fromUtf8(encoding));
    json.insert(keyTimeZone, timeZone);
    json.insert(keyDateFormats, QJsonArray::fromStringList(dateFormats));
    QJsonObject columnObject;
    for (const ColumnMapping &column : columns)
        columnObject.insert(column.column, importFieldCode(column.field));
    json.insert(keyColumns, columnObject);
    json.insert(keyCurrency, currency);
    if (createMissingOwners)
        json.insert(keyCreateOwners, roleCode(*createMissingOwners));
    json.insert(keyOwnerName, ownerDisplayName);
    json.insert(keyDuplicateWindow, duplicateWindowDays);
    return json;
}

void ImportMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the import mapping %1: %2.").arg(path, file.errorString()));
    }
}

QStringList ImportMapping::missingColumns(const QStringList &header) const
{
    QStringList missing;
    for (const ColumnMapping &column : columns) {
        const bool present = std::any_of(header.cbegin(), header.cend(), [&](const QString &h) {
            return h.trimmed().compare(column.column.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!present)
            missing.append(column.column);
    }
    return missing;
}

} // namespace LeadPact
