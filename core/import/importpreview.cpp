// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreview.h"

#include "csvreader.h"
#include "domain/error.h"
#include "domain/money.h"
#include "importtimeparser.h"
#include "service/leadservice.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace LeadPact {

namespace {

// "E-mail", "utm_source", "Дата заявки" -> "email", "utmsource", "датазаявки".
QString normalisedHeader(const QString &header)
{
    QString key;
    for (const QChar c : header.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

const QHash<QString, ImportField> &headerSynonyms()
{
    static const QHash<QString, ImportField> synonyms = [] {
        QHash<QString, ImportField> map;
        const auto add = [&map](ImportField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                map.insert(normalisedHeader(QString::fromUtf8(name)), field);
        };
        add(ImportField::ExternalId, {"id", "lead id", "mql id", "внешний id", "id заявки"});
        add(ImportField::ReceivedAt,
            {"created",
             "created at",
             "date",
             "datetime",
             "first contact date",
             "received",
             "дата",
             "дата заявки",
             "дата создания",
             "создан",
             "создана",
             "получена"});
        add(ImportField::Name,
            {"full name", "contact", "contact name", "client", "имя", "фио", "клиент", "контакт"});
        add(ImportField::Phone,
            {"tel", "telephone", "phone number", "mobile", "телефон", "тел", "мобильный"});
        add(ImportField::Email, {"e-mail", "mail", "email address", "почта", "электронная почта"});
        add(ImportField::Company, {"organization", "organisation", "компания", "организация"});
        add(ImportField::Channel, {"origin", "source", "канал", "источник"});
        add(ImportField::Campaign, {"кампания", "акция"});
        add(ImportField::PromoCode, {"promo", "promocode", "coupon", "промокод", "промо-код"});
        add(ImportField::LostAt, {"lost date", "дата отказа", "дата проигрыша"});
        add(ImportField::LossReason, {"reason", "loss reason", "причина", "причина отказа"});
        add(ImportField::LandingPage,
            {"landing", "landing page id", "landing url", "page", "url", "лендинг", "страница"});
        add(ImportField::Notes, {"note", "comment", "comments", "примечание", "комментарий"});
        add(ImportField::WonAt, {"won date", "дата сделки"});
        add(ImportField::DealAmount, {"amount", "сумма", "сумма сделки"});
        add(ImportField::DealCurrency, {"currency", "валюта"});
        add(ImportField::Owner, {"manager", "sr id", "менеджер", "ответственный"});
        return map;
    }();
    return synonyms;
}

} // namespace

ImportSample ImportSample::read(const QString &path, QChar delimiter, const QByteArray &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Validation,
                    tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    ImportSample sample;
    sample.fileName = QFileInfo(path).fileName();
    sample.fileSize = file.size();
    CsvReader reader(file, {delimiter, encoding});
    if (!reader.readRecord(sample.header)) {
        if (reader.error()) {
            throw Error(Error::Kind::Validation,
                        tr("%1 cannot be read: %2").arg(sample.fileName, *reader.error()));
        }
        throw Error(Error::Kind::Validation,
                    tr("%1 is empty: not even a header row.").arg(sample.fileName));
    }
    sample.encoding = reader.encoding();
    sample.delimiter = reader.delimiter();
    ImportRecord record;
    while (sample.records.size() < maxRecords && reader.readRecord(record.fields)) {
        record.row = reader.recordNumber();
        record.line = reader.lineNumber();
        sample.records.append(record);
    }
    sample.error = reader.error();
    return sample;
}

ImportPreview::ImportPreview(const ImportSample &sample,
                             const ImportMapping &mapping,
                             const LeadService &service,
                             const QTimeZone &displayZone,
                             int rows)
{
    try {
        ImportRowParser parser(mapping, sample.header, sample.fileName, service);
        m_columns = parser.columns();
        m_dateFormats = mapping.dateFormats;
        if (parser.needsDateSamples()) {
            // Exactly the records LeadImporter::import samples.
            QList<ImportRecord> pending;
            qsizetype dated = 0;
            for (const ImportRecord &record : sample.records) {
                if (dated >= ImportSample::datedSamples
                    || pending.size() >= ImportSample::maxRecords)
                    break;
                if (!parser.dateValue(record).isEmpty())
                    ++dated;
                pending.append(record);
            }
            parser.detectDates(pending);
            QStringList samples;
            for (const ImportRecord &record : std::as_const(pending)) {
                if (const QString value = parser.dateValue(record); !value.isEmpty())
                    samples.append(value);
            }
            ImportTimeParser times(mapping.dateFormats, mapping.timeZone);
            times.detect(samples);
            m_dateFormats = times.formats();
        }
        for (int i = 0; i < sample.records.size() && i < rows; ++i)
            m_rows.append(previewRow(sample.records.at(i), parser, displayZone));
    } catch (const Error &error) {
        m_error = error.message();
        m_rows.clear();
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (row.rejected)
            ++m_rejected;
        if (row.isIncomplete())
            ++m_incomplete;
        for (const Cell &cell : row.cells) {
            if (!cell.problem.isEmpty())
                ++m_problems;
        }
        // A row wrong as a whole (its field count) has no cell to mark.
        if (row.rejected && row.rejected->column.isEmpty())
            ++m_problems;
    }
}

ImportPreview::Row ImportPreview::previewRow(const ImportRecord &record,
                                             const ImportRowParser &parser,
                                             const QTimeZone &displayZone) const
{
    const ImportRowParser::Parsed parsed = parser.parse(record);
    Row row;
    row.row = parsed.row;
    row.line = parsed.line;
    row.rejected = parsed.rejected;
    for (const ImportRowParser::Column &column : m_columns) {
        Cell cell;
        const QString raw = record.fields.value(column.index).trimmed();
        if (!parsed.lead) {
            cell.text = raw;
            if (parsed.rejected && parsed.rejected->column == column.header)
                cell.problem = parsed.rejected->reason;
            row.cells.append(cell);
            continue;
        }
        const Lead &lead = *parsed.lead;
        const ImportRowParser::Outcome &outcome = parsed.outcome;
        switch (column.field) {
        case ImportField::ReceivedAt:
            cell.text = formatTime(lead.receivedAt, displayZone);
            break;
        case ImportField::Phone:
            cell.text = lead.phone.isEmpty() ? lead.phoneRaw : lead.phone;
            if (lead.phone.isEmpty() && !lead.phoneRaw.isEmpty())
                cell.problem = tr("not a phone number that can be dialled: kept as typed, the "
                                  "lead is flagged incomplete");
            break;
        case ImportField::DeclaredMonthlyRevenue:
            if (lead.declaredMonthlyRevenueMinor)
                cell.text = formatAmountPlain(*lead.declaredMonthlyRevenueMinor);
            break;
        case ImportField::WonAt:
            if (outcome.wonAt.isValid())
                cell.text = formatTime(outcome.wonAt, displayZone);
            break;
        case ImportField::DealAmount:
            if (outcome.amountMinor)
                cell.text = formatAmountPlain(*outcome.amountMinor);
            break;
        case ImportField::DealCurrency:
            cell.text = outcome.currency;
            break;
        case ImportField::Owner:
            cell.text = outcome.owner;
            break;
        case ImportField::LostAt:
            if (outcome.lostAt.isValid())
                cell.text = formatTime(outcome.lostAt, displayZone);
            break;
        case ImportField::LossReason:
            cell.text = outcome.lossReason;
            break;
        case ImportField::LossComment:
            cell.text = outcome.lossComment;
            break;
        default:
            cell.text = importFieldValue(lead, column.field);
            break;
        }
        row.cells.append(cell);
    }
    if (parsed.lead) {
        for (const LeadField field : parsed.lead->missingFields()) {
            switch (field) {
            case LeadField::Name:
                row.missing.append(fieldTitle(ImportField::Name));
                break;
            case LeadField::Phone:
                row.missing.append(fieldTitle(ImportField::Phone));
                break;
            case LeadField::Channel:
                row.missing.append(fieldTitle(ImportField::Channel));
                break;
            }
        }
    }
    return row;
}

QString ImportPreview::formatTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<ImportField> ImportPreview::guessField(const QString &header)
{
    const QString key = normalisedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const QString &code : importFieldCodes()) {
        if (normalisedHeader(code) == key)
            return importFieldFromCode(code);
    }
    const auto it = headerSynonyms().constFind(key);
    if (it != headerSynonyms().cend())
        return *it;
    return std::nullopt;
}

ImportMapping ImportPreview::guessMapping(const QStringList &header)
{
    ImportMapping mapping;
    for (const QString &column : header) {
        const auto field = guessField(column);
        if (field && !mapping.columnFor(*field))
            mapping.columns.append({column.trimmed(), *field});
    }
    return mapping;
}

QList<MappingProblem> ImportPreview::problems(const ImportMapping &mapping, bool updateExisting)
{
    QList<MappingProblem> found;
    if (mapping.columns.isEmpty()) {
        found.append({true, tr("No column is mapped to a lead field yet.")});
        return found;
    }
    const auto mapped = [&mapping](ImportField field) {
        return mapping.columnFor(field).has_value();
    };
    if (updateExisting) {
        if (!mapped(ImportField::ExternalId)) {
            found.append({true,
                          tr("Updating finds each lead by its external id: map a column to "
                             "\"%1\".")
                              .arg(fieldTitle(ImportField::ExternalId))});
        }
        return found;
    }
    QStringList outcomes;
    for (const ColumnMapping &column : mapping.columns) {
        if (isOutcomeField(column.field))
            outcomes.append(fieldTitle(column.field));
    }
    if (!outcomes.isEmpty()) {
        found.append({true,
                      tr("%1 can only be applied to existing leads: choose \"Update existing "
                         "leads\" in the options, or skip these columns.")
                          .arg(outcomes.join(QStringLiteral(", ")))});
    }
    QStringList minimum;
    for (const ImportField field : {ImportField::Name, ImportField::Phone, ImportField::Channel}) {
        if (!mapped(field))
            minimum.append(fieldTitle(field));
    }
    if (!minimum.isEmpty()) {
        found.append({false,
                      tr("Nothing is mapped to %1: every lead will be imported flagged "
                         "incomplete, and incomplete leads count against marketing's SLA.")
                          .arg(minimum.join(QStringLiteral(", ")))});
    }
    if (!mapped(ImportField::ReceivedAt)) {
        found.append({false,
                      tr("Nothing is mapped to \"%1\": every lead will count as received at the "
                         "moment of the import, and its SLA clock starts then.")
                          .arg(fieldTitle(ImportField::ReceivedAt))});
    }
    if (!mapped(ImportField::ExternalId)) {
        found.append({false,
                      tr("Nothing is mapped to \"%1\": importing the same file again will add "
                         "its leads a second time instead of updating them.")
                          .arg(fieldTitle(ImportField::ExternalId))});
    }
    return found;
}

QString ImportPreview::fieldTitle(ImportField field)
{
    switch (field) {
    case ImportField::ExternalId:
        return tr("External id");
    case ImportField::ReceivedAt:
        return tr("Received at");
    case ImportField::Name:
        return tr("Name");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Company:
        return tr("Company");
    case ImportField::Channel:
        return tr("Channel");
    case ImportField::Campaign:
        return tr("Campaign");
    case ImportField::LandingPage:
        return tr("Landing page");
    case ImportField::UtmSource:
        return tr("UTM source");
    case ImportField::UtmMedium:
        return tr("UTM medium");
    case ImportField::UtmCampaign:
        return tr("UTM campaign");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::DeclaredMonthlyRevenue:
        return tr("Declared monthly revenue");
    case ImportField::WonAt:
        return tr("Won at");
    case ImportField::DealAmount:
        return tr("Deal amount");
    case ImportField::DealCurrency:
        return tr("Deal currency");
    case ImportField::Owner:
        return tr("Owner");
    case ImportField::PromoCode:
        return tr("Promo code");
    case ImportField::LostAt:
        return tr("Lost at");
    case ImportField::LossReason:
        return tr("Loss reason");
    case ImportField::LossComment:
        return tr("Loss comment");
    }
    return {};
}

} // namespace LeadPact
