// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrowparser.h"

#include "domain/error.h"
#include "domain/money.h"
#include "service/leadservice.h"

namespace LeadPact {

void setImportField(Lead &lead, ImportField field, const QString &value)
{
    switch (field) {
    case ImportField::ExternalId:
        lead.externalId = value;
        break;
    case ImportField::ReceivedAt:
        break;
    case ImportField::Name:
        lead.name = value;
        break;
    case ImportField::Phone:
        lead.phoneRaw = value;
        break;
    case ImportField::Email:
        lead.email = value.toLower();
        break;
    case ImportField::Company:
        lead.company = value;
        break;
    case ImportField::Channel:
        lead.channel = value;
        break;
    case ImportField::Campaign:
        lead.campaign = value;
        break;
    case ImportField::LandingPage:
        lead.landingPage = value;
        break;
    case ImportField::UtmSource:
        lead.utmSource = value;
        break;
    case ImportField::UtmMedium:
        lead.utmMedium = value;
        break;
    case ImportField::UtmCampaign:
        lead.utmCampaign = value;
        break;
    case ImportField::PromoCode:
        lead.promoCode = value.trimmed();
        break;
    case ImportField::Notes:
        lead.notes = value;
        break;
    case ImportField::DeclaredMonthlyRevenue:
    case ImportField::WonAt:
    case ImportField::DealAmount:
    case ImportField::DealCurrency:
    case ImportField::Owner:
    case ImportField::LostAt:
    case ImportField::LossReason:
    case ImportField::LossComment:
        break; // parsed, not copied
    }
}

QString importFieldValue(const Lead &lead, ImportField field)
{
    switch (field) {
    case ImportField::ExternalId:
        return lead.externalId;
    case ImportField::Name:
        return lead.name;
    case ImportField::Email:
        return lead.email;
    case ImportField::Company:
        return lead.company;
    case ImportField::Channel:
        return lead.channel;
    case ImportField::Campaign:
        return lead.campaign;
    case ImportField::LandingPage:
        return lead.landingPage;
    case ImportField::UtmSource:
        return lead.utmSource;
    case ImportField::UtmMedium:
        return lead.utmMedium;
    case ImportField::UtmCampaign:
        return lead.utmCampaign;
    case ImportField::PromoCode:
        return lead.promoCode;
    case ImportField::Notes:
        return lead.notes;
    case ImportField::ReceivedAt:
    case ImportField::Phone:
    case ImportField::DeclaredMonthlyRevenue:
    case ImportField::WonAt:
    case ImportField::DealAmount:
    case ImportField::DealCurrency:
    case ImportField::Owner:
    case ImportField::LostAt:
    case ImportField::LossReason:
    case ImportField::LossComment:
        break;
    }
    return {};
}

ImportRowParser::ImportRowParser(const ImportMapping &mapping,
                                 const QStringList &header,
                                 QString fileName,
                                 const LeadService &service)
    : m_file(std::move(fileName))
    , m_timeZone(mapping.timeZone)
    , m_currency(mapping.currency)
    , m_service(service)
    , m_times(mapping.dateFormats, mapping.timeZone)
    , m_columnCount(int(header.size()))
{
    if (const QStringList missing = mapping.missingColumns(header); !missing.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("%1: the mapping needs the column(s) %2, which the header does not "
                       "have (it has: %3).")
                        .arg(m_file,
                             missing.join(QStringLiteral(", ")),
                             header.join(QStringLiteral(", "))));
    }
    for (const ColumnMapping &column : mapping.columns) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(column.column.trimmed(), Qt::CaseInsensitive) == 0) {
                m_columns.append({i, header.at(i).trimmed(), column.field});
                // "detect" samples the arrival time, or the outcome's when that is the only date.
                if (column.field == ImportField::ReceivedAt
                    || ((column.field == ImportField::WonAt || column.field == ImportField::LostAt)
                        && !m_dateColumn))
                    m_dateColumn = i;
                break;
            }
        }
    }
}

bool ImportRowParser::needsDateSamples() const
{
    return m_dateColumn && m_times.needsSamples();
}

void ImportRowParser::detectDates(const QList<ImportRecord> &records)
{
    QStringList samples;
    QString header;
    for (const Column &column : std::as_const(m_columns)) {
        if (column.index == *m_dateColumn)
            header = column.header;
    }
    for (const ImportRecord &record : records) {
        if (const QString value = dateValue(record); !value.isEmpty())
            samples.append(value);
    }
    if (!m_times.detect(samples)) {
        throw Error(Error::Kind::Validation,
                    tr("%1, column \"%2\": none of the date formats %3 reads the values "
                       "(e.g. \"%4\"); name the format in the mapping (date_formats).")
                        .arg(m_file,
                             header,
                             ImportTimeParser::knownFormats().join(QStringLiteral(", ")),
                             samples.value(0)));
    }
}

QString ImportRowParser::dateValue(const ImportRecord &record) const
{
    return m_dateColumn ? record.fields.value(*m_dateColumn).trimmed() : QString();
}

QString ImportRowParser::headerOf(ImportField field) const
{
    for (const Column &column : m_columns) {
        if (column.field == field)
            return column.header;
    }
    return {};
}

bool ImportRowParser::hasOutcomes() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(), [](const Column &column) {
        return isOutcomeField(column.field);
    });
}

ImportRowParser::Parsed ImportRowParser::parse(const ImportRecord &record) const
{
    Parsed parsed;
    parsed.row = record.row;
    parsed.line = record.line;
    parsed.outcome.currency = m_currency;
    const auto reject = [&](const QString &column, const QString &value, const QString &reason) {
        parsed.rejected = RejectedRow {m_file, record.row, record.line, column, value, reason};
        return parsed;
    };
    if (record.fields.size() != m_columnCount) {
        return reject(QString(),
                      QString(),
                      tr("expected %1 fields as in the header, found %2")
                          .arg(m_columnCount)
                          .arg(record.fields.size()));
    }
    Lead lead;
    const auto amount = [&](const Column &column, const QString &value) {
        const std::optional<qint64> minor = parseAmount(value);
        if (!minor || *minor < 0) {
            reject(column.header, value, tr("not an amount of 0 or more (e.g. 1500.50)"));
            return std::optional<qint64>();
        }
        return minor;
    };
    for (const Column &column : m_columns) {
        const QString value = record.fields.at(column.index).trimmed();
        switch (column.field) {
        case ImportField::ReceivedAt:
        case ImportField::WonAt:
        case ImportField::LostAt:
            break;
        case ImportField::DeclaredMonthlyRevenue:
            if (!value.isEmpty()) {
                lead.declaredMonthlyRevenueMinor = amount(column, value);
                if (!lead.declaredMonthlyRevenueMinor)
                    return parsed;
            }
            continue;
        case ImportField::DealAmount:
            if (!value.isEmpty()) {
                parsed.outcome.amountMinor = amount(column, value);
                if (!parsed.outcome.amountMinor)
                    return parsed;
            }
            continue;
        case ImportField::DealCurrency:
            if (!value.isEmpty())
                parsed.outcome.currency = value.toUpper();
            continue;
        case ImportField::Owner:
            parsed.outcome.owner = value;
            continue;
        case ImportField::LossReason:
            parsed.outcome.lossReason = value;
            continue;
        case ImportField::LossComment:
            parsed.outcome.lossComment = value;
            continue;
        default:
            setImportField(lead, column.field, value);
            continue;
        }
        if ((column.field == ImportField::WonAt || column.field == ImportField::LostAt)
            && value.isEmpty())
            continue; // no outcome in this row
        const auto time = m_times.parse(value);
        if (!time) {
            return reject(column.header,
                          value,
                          value.isEmpty() ? tr("no date")
                                          : tr("not a date in the format %1 (time zone %2)")
                                                .arg(m_times.formats().join(QStringLiteral(" / ")),
                                                     m_timeZone));
        }
        if (column.field == ImportField::WonAt) {
            parsed.outcome.wonAt = *time;
            parsed.outcome.wonText = value;
        } else if (column.field == ImportField::LostAt) {
            parsed.outcome.lostAt = *time;
            parsed.outcome.lostText = value;
        } else {
            lead.receivedAt = *time;
        }
    }
    parsed.lead = m_service.prepareNew(std::move(lead));
    return parsed;
}

} // namespace LeadPact
