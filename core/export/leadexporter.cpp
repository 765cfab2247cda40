// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadexporter.h"

#include "common/xlsxfile.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/reason.h"
#include "domain/slapolicy.h"
#include "service/clock.h"
#include "service/policyservice.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QSaveFile>
#include <QStringEncoder>

namespace LeadPact {

namespace {

constexpr int pageSize = 5000;

QString csvField(const QString &value, QChar delimiter)
{
    const bool plain = std::none_of(value.cbegin(), value.cend(), [&](QChar c) {
        return c == delimiter || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

LeadExporter::LeadExporter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QStringList LeadExporter::columnTitles()
{
    return {tr("ID"),
            tr("External id"),
            tr("Received"),
            tr("Name"),
            tr("Phone"),
            tr("Phone as received"),
            tr("E-mail"),
            tr("Company"),
            tr("Channel"),
            tr("Campaign"),
            tr("Landing page"),
            tr("UTM source"),
            tr("UTM medium"),
            tr("UTM campaign"),
            tr("Manager"),
            tr("Status"),
            tr("Status since"),
            tr("First contact due"),
            tr("First contact"),
            tr("SLA"),
            //: Minutes between the first contact (or now, while waiting) and its deadline;
            //: negative when late
            tr("SLA margin, min"),
            tr("Missing data"),
            tr("Rejection reason"),
            tr("Rejection comment"),
            tr("Dispute comment"),
            tr("Loss reason"),
            tr("Loss comment"),
            tr("Deal amount"),
            tr("Currency"),
            tr("Paid on"),
            tr("Closed"),
            tr("Declared monthly revenue"),
            tr("Possible duplicate of"),
            tr("Notes")};
}

qint64 LeadExporter::writeCsv(const LeadFilter &filter,
                              const QString &path,
                              const LeadExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the export %1: %2.").arg(path, file.errorString()));
    }
    const qint64 count = writeCsv(filter, file, options);
    if (m_cancelled) {
        file.cancelWriting(); // the target stays as it was
        return count;
    }
    if (!file.commit()) {
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the export %1: %2.").arg(path, file.errorString()));
    }
    return count;
}

qint64 LeadExporter::writeCsv(const LeadFilter &filter,
                              QIODevice &out,
                              const LeadExportOptions &options)
{
    const std::optional<QStringConverter::Encoding> builtin = QStringConverter::encodingForName(
        options.encoding.constData());
    QStringEncoder encoder = builtin ? QStringEncoder(*builtin)
                                     : QStringEncoder(options.encoding.constData());
    if (!encoder.isValid()) {
        throw Error(Error::Kind::Validation,
                    tr("Unknown encoding \"%1\" for the export; use UTF-8 or windows-1251.")
                        .arg(QString::fromLatin1(options.encoding)));
    }
    const bool utf8 = builtin == QStringConverter::Utf8;
    const auto write = [&](const QString &text) {
        const QByteArray bytes = encoder.encode(text);
        if (out.write(bytes) != bytes.size()) {
            throw Error(Error::Kind::Storage,
                        tr("Cannot write the export: %1.").arg(out.errorString()));
        }
    };
    if (utf8)
        out.write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the BOM
    const QChar delimiter = options.delimiter;
    const auto row = [&](const QStringList &fields) {
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += delimiter;
            line += csvField(fields.at(i), delimiter);
        }
        write(line + QStringLiteral("\r\n"));
    };
    row(columnTitles());
    return forEachRow(filter, options.timeZone, row);
}

qint64 LeadExporter::writeXlsx(const LeadFilter &filter, const QString &path,
                               const QTimeZone &timeZone)
{
    XlsxFile file(path, XlsxFile::Memory::Streaming);
    file.addSheet(tr("Leads"));
    const QStringList titles = columnTitles();
    for (int c = 0; c < titles.size(); ++c)
        file.text(0, c, titles.at(c), file.boldFormat());
    file.freezeRows(1, 1);
    // Columns Excel should sum and sort as numbers: id, SLA margin, amounts, duplicate's id.
    static const QList<int> numeric = {0, 20, 27, 31, 32};
    static const QList<int> money = {27, 31};
    int line = 1;
    const qint64 written = forEachRow(filter, timeZone, [&](const QStringList &fields) {
        for (int c = 0; c < fields.size(); ++c) {
            const QString &value = fields.at(c);
            if (value.isEmpty())
                continue;
            bool isNumber = false;
            const double n = numeric.contains(c) ? value.toDouble(&isNumber) : 0.0;
            if (isNumber)
                file.number(line, c, n, money.contains(c) ? file.moneyFormat() : nullptr);
            else
                file.text(line, c, value);
        }
        ++line;
    });
    if (!m_cancelled)
        file.commit(); // otherwise the part file goes with `file` and the target stays as it was
    return written;
}

qint64 LeadExporter::forEachRow(const LeadFilter &filter, const QTimeZone &timeZone,
                                const std::function<void(const QStringList &)> &row)
{
    m_cancelled = false;
    const ReasonCatalog reasons = ReasonRepository(m_db).catalog();
    QHash<qint64, QString> users;
    for (const User &user : UserRepository(m_db).list())
        users.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
    const SlaPolicy policy = PolicyService(m_db, m_clock).slaPolicy();
    const QDateTime now = m_clock.now();
    const auto time = [&](const QDateTime &utc) {
        return utc.isValid() ? utc.toTimeZone(timeZone).toString(u"yyyy-MM-dd HH:mm")
                             : QString();
    };
    const auto reasonTitle = [&](ReasonKind kind, std::optional<qint64> id) {
        const Reason *reason = id ? reasons.findById(*id) : nullptr;
        return reason && reason->kind == kind ? reason->title() : QString();
    };
    const auto amount = [](std::optional<qint64> minor) {
        return minor ? formatAmountPlain(*minor) : QString();
    };

    const LeadRepository leads(m_db);
    const qint64 total = m_progress ? leads.count(filter) : 0;
    qint64 written = 0;
    if (m_progress && !m_progress(0, total)) {
        m_cancelled = true;
        return 0;
    }
    for (;;) {
        const QList<Lead> page = leads.list(filter, pageSize, int(written));
        for (const Lead &l : page) {
            const SlaStatus sla = policy.status(l, now);
            row({QString::number(l.id),
                 l.externalId,
                 time(l.receivedAt),
                 l.name,
                 l.phone,
                 l.phoneRaw,
                 l.email,
                 l.company,
                 l.channel,
                 l.campaign,
                 l.landingPage,
                 l.utmSource,
                 l.utmMedium,
                 l.utmCampaign,
                 l.ownerId ? users.value(*l.ownerId) : QString(),
                 statusTitle(l.status),
                 time(l.statusChangedAt),
                 time(sla.deadline),
                 time(l.firstContactAt),
                 slaStateTitle(sla.state),
                 sla.state == SlaState::Unknown ? QString()
                                                : QString::number(sla.remainingSeconds / 60),
                 l.missingFieldCodes().join(u", "),
                 reasonTitle(ReasonKind::Rejection, l.rejectionReasonId),
                 l.rejectionComment,
                 l.disputeComment,
                 reasonTitle(ReasonKind::Loss, l.lossReasonId),
                 l.lossComment,
                 amount(l.dealAmountMinor),
                 l.dealCurrency,
                 l.paidOn.isValid() ? l.paidOn.toString(Qt::ISODate) : QString(),
                 time(l.closedAt),
                 amount(l.declaredMonthlyRevenueMinor),
                 l.possibleDuplicateOf ? QString::number(*l.possibleDuplicateOf) : QString(),
                 l.notes});
        }
        written += page.size();
        const bool last = page.size() < pageSize;
        // A cancel that comes with the last page is too late to matter: the export is whole.
        if (m_progress && !m_progress(written, std::max(total, written)) && !last) {
            m_cancelled = true;
            break;
        }
        if (last)
            break;
    }
    return written;
}

} // namespace LeadPact
