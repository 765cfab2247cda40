// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadrepository.h"

#include "database.h"
#include "domain/error.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "statement.h"

#include "domain/leadsearch.h"
#include "domain/phonenumber.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <algorithm>

namespace LeadPact {

namespace {

// Column order shared by INSERT, UPDATE and SELECT.
const QString dataColumns = QStringLiteral(
    "external_id, received_at, name, phone, phone_raw, email, company, channel, campaign, "
    "landing_page, utm_source, utm_medium, utm_campaign, owner_id, status, status_changed_at, "
    "sla_due_at, missing_fields, first_contact_at, first_contact_kind, need_confirmed, "
    "budget_confirmed, authority_confirmed, expected_amount, qualified_at, rejection_reason_id, "
    "rejection_comment, rejected_at, dispute_comment, disputed_at, loss_reason_id, loss_comment, "
    "deal_amount, deal_currency, paid_on, closed_at, notes, first_contact_work_secs, "
    "declared_monthly_revenue, possible_duplicate_of, promo_code, campaign_id");
constexpr int dataColumnCount = 42;

// Typed binds, the same values as Sql::fromText/fromTime/fromId would give: an insert binds
// 43 values, and a QVariant for each showed in the import of a million leads.
void bindData(Statement &statement, const Lead &l)
{
    int position = 0;
    const auto text = [&](const QString &value) { // empty -> NULL
        if (value.isEmpty())
            statement.bindNull(++position);
        else
            statement.bindText(++position, value);
    };
    const auto time = [&](const QDateTime &value) {
        if (value.isValid())
            statement.bindInteger(++position, value.toSecsSinceEpoch());
        else
            statement.bindNull(++position);
    };
    const auto id = [&](const std::optional<qint64> &value) {
        if (value)
            statement.bindInteger(++position, *value);
        else
            statement.bindNull(++position);
    };
    const auto flag = [&](bool value) { statement.bindInteger(++position, value ? 1 : 0); };
    text(l.externalId);
    time(l.receivedAt);
    text(l.name);
    text(l.phone);
    text(l.phoneRaw);
    text(l.email);
    text(l.company);
    text(l.channel);
    text(l.campaign);
    text(l.landingPage);
    text(l.utmSource);
    text(l.utmMedium);
    text(l.utmCampaign);
    id(l.ownerId);
    statement.bindText(++position, statusCode(l.status));
    time(l.statusChangedAt.isValid() ? l.statusChangedAt : l.receivedAt);
    time(l.slaDueAt);
    // Never NULL: '' means complete.
    statement.bindText(++position, l.missingFieldCodes().join(QLatin1Char(',')));
    time(l.firstContactAt);
    if (l.firstContactKind)
        statement.bindText(++position, contactKindCode(*l.firstContactKind));
    else
        statement.bindNull(++position);
    flag(l.needConfirmed);
    flag(l.budgetConfirmed);
    flag(l.authorityConfirmed);
    id(l.expectedAmountMinor);
    time(l.qualifiedAt);
    id(l.rejectionReasonId);
    text(l.rejectionComment);
    time(l.rejectedAt);
    text(l.disputeComment);
    time(l.disputedAt);
    id(l.lossReasonId);
    text(l.lossComment);
    id(l.dealAmountMinor);
    text(l.dealCurrency);
    if (l.paidOn.isValid())
        statement.bindText(++position, l.paidOn.toString(Qt::ISODate));
    else
        statement.bindNull(++position);
    time(l.closedAt);
    text(l.notes);
    id(l.firstContactWorkSeconds);
    id(l.declaredMonthlyRevenueMinor);
    id(l.possibleDuplicateOf);
    text(l.promoCode);
    id(l.campaignId);
}

Lead readLead(const QSqlQuery &q)
{
    // Columns: id, <dataColumns>, version.
    int c = 0;
    Lead l;
    l.id = q.value(c++).toLongLong();
    l.externalId = q.value(c++).toString();
    l.receivedAt = Sql::toTime(q.value(c++));
    l.name = q.value(c++).toString();
    l.phone = q.value(c++).toString();
    l.phoneRaw = q.value(c++).toString();
    l.email = q.value(c++).toString();
    l.company = q.value(c++).toString();
    l.channel = q.value(c++).toString();
    l.campaign = q.value(c++).toString();
    l.landingPage = q.value(c++).toString();
    l.utmSource = q.value(c++).toString();
    l.utmMedium = q.value(c++).toString();
    l.utmCampaign = q.value(c++).toString();
    l.ownerId = Sql::toId(q.value(c++));
    l.status = statusFromString(q.value(c++).toString()).value_or(LeadStatus::New);
    l.statusChangedAt = Sql::toTime(q.value(c++));
    l.slaDueAt = Sql::toTime(q.value(c++));
    ++c; // missing_fields is derived from the data itself
    l.firstContactAt = Sql::toTime(q.value(c++));
    const QVariant kind = q.value(c++);
    if (!kind.isNull())
        l.firstContactKind = contactKindFromString(kind.toString());
    l.needConfirmed = q.value(c++).toInt() != 0;
    l.budgetConfirmed = q.value(c++).toInt() != 0;
    l.authorityConfirmed = q.value(c++).toInt() != 0;
    l.expectedAmountMinor = Sql::toId(q.value(c++));
    l.qualifiedAt = Sql::toTime(q.value(c++));
    l.rejectionReasonId = Sql::toId(q.value(c++));
    l.rejectionComment = q.value(c++).toString();
    l.rejectedAt = Sql::toTime(q.value(c++));
    l.disputeComment = q.value(c++).toString();
    l.disputedAt = Sql::toTime(q.value(c++));
    l.lossReasonId = Sql::toId(q.value(c++));
    l.lossComment = q.value(c++).toString();
    l.dealAmountMinor = Sql::toId(q.value(c++));
    l.dealCurrency = q.value(c++).toString();
    l.paidOn = Sql::toDate(q.value(c++));
    l.closedAt = Sql::toTime(q.value(c++));
    l.notes = q.value(c++).toString();
    l.firstContactWorkSeconds = Sql::toId(q.value(c++));
    l.declaredMonthlyRevenueMinor = Sql::toId(q.value(c++));
    l.possibleDuplicateOf = Sql::toId(q.value(c++));
    l.promoCode = q.value(c++).toString();
    l.campaignId = Sql::toId(q.value(c++));
    l.version = q.value(c++).toInt();
    return l;
}

const QString selectLeads = QStringLiteral("SELECT id, ") + dataColumns
                            + QStringLiteral(", version FROM leads");

// The criteria the metrics drill down with (MetricsService::drillDown); each mirrors the
// expression the metric's aggregate counts, so a drill-down count equals the metric.
void addMetricCriteria(const LeadFilter &f, QStringList &parts, QVariantList &binds)
{
    if (f.channelMissing)
        parts.append(QStringLiteral("(channel IS NULL OR channel = '')"));
    if (!f.campaign.isEmpty()) {
        parts.append(QStringLiteral("campaign = ?"));
        binds.append(f.campaign);
    }
    if (f.contacted)
        parts.append(*f.contacted ? QStringLiteral("first_contact_at IS NOT NULL")
                                  : QStringLiteral("first_contact_at IS NULL"));
    if (f.withinSla)
        parts.append(*f.withinSla
                         ? QStringLiteral("coalesce(first_contact_at, rejected_at) <= sla_due_at")
                         : QStringLiteral("NOT coalesce(coalesce(first_contact_at, rejected_at) "
                                          "<= sla_due_at, 0)"));
    if (f.contactSecondsAbove) {
        parts.append(QStringLiteral("first_contact_at IS NOT NULL AND "
                                    "coalesce(first_contact_work_secs, 0) > ?"));
        binds.append(*f.contactSecondsAbove);
    }
    if (f.contactSecondsAtMost) {
        parts.append(QStringLiteral("first_contact_at IS NOT NULL AND "
                                    "coalesce(first_contact_work_secs, 0) <= ?"));
        binds.append(*f.contactSecondsAtMost);
    }
    if (!f.rejectionReason.isEmpty()) {
        parts.append(QStringLiteral("rejection_reason_id = (SELECT id FROM reasons WHERE kind = "
                                    "'rejection' AND code = ?)"));
        binds.append(f.rejectionReason);
    }
    // The rejection stands after a dispute when the lead is still rejected and was disputed
    // after it was rejected; any other end of a dispute returned the lead to its manager.
    const QString confirmed = QStringLiteral("(status = 'rejected' AND disputed_at >= "
                                             "coalesce(rejected_at, 0))");
    switch (f.dispute) {
    case LeadFilter::Dispute::Any: break;
    case LeadFilter::Dispute::Disputed:
        parts.append(QStringLiteral("disputed_at IS NOT NULL"));
        break;
    case LeadFilter::Dispute::Pending: parts.append(QStringLiteral("status = 'disputed'")); break;
    case LeadFilter::Dispute::Confirmed: parts.append(confirmed); break;
    case LeadFilter::Dispute::Overturned:
        parts.append(QStringLiteral("disputed_at IS NOT NULL AND status <> 'disputed' AND NOT ")
                     + confirmed);
        break;
    }
    if (!f.dealCurrency.isEmpty()) {
        parts.append(QStringLiteral("deal_currency = ?"));
        binds.append(f.dealCurrency);
    }
}

// Builds "WHERE …" for the filter and collects its bound values in order. For an ordered list
// the columns the order's index covers are marked unindexed, so the planner walks that index
// in order (stopping after a page) instead of collecting and sorting every match; a count
// keeps them indexed. With a search-index query (`match`), only the leads it names are read.
QString whereClause(const LeadFilter &f, QVariantList &binds, const SqlDialect *ordered = nullptr,
                    const QString &match = {})
{
    const auto col = [ordered](const char *name) {
        const QString column = QLatin1String(name);
        return ordered ? ordered->unindexed(column) : column;
    };
    QStringList parts;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (LeadStatus status : f.statuses) {
            marks.append(QStringLiteral("?"));
            binds.append(statusCode(status));
        }
        parts.append(QStringLiteral("%1 IN (%2)").arg(col("status"), marks.join(QStringLiteral(", "))));
    }
    if (f.ownerId) {
        parts.append(col("owner_id") + QStringLiteral(" = ?"));
        binds.append(*f.ownerId);
    } else if (f.unassignedOnly) {
        parts.append(col("owner_id") + QStringLiteral(" IS NULL"));
    }
    if (!f.channel.isEmpty()) {
        parts.append(col("channel") + QStringLiteral(" = ?"));
        binds.append(f.channel);
    }
    if (f.incomplete)
        parts.append(col("missing_fields")
                     + (*f.incomplete ? QStringLiteral(" <> ''") : QStringLiteral(" = ''")));
    if (f.receivedFrom.isValid()) {
        parts.append(col("received_at") + QStringLiteral(" >= ?"));
        binds.append(f.receivedFrom.toSecsSinceEpoch());
    }
    if (f.receivedTo.isValid()) {
        parts.append(col("received_at") + QStringLiteral(" < ?"));
        binds.append(f.receivedTo.toSecsSinceEpoch());
    }
    static const PhoneNormalizer phones;
    for (QString fragment : LeadSearch::fragments(f.search, phones)) {
        fragment.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        fragment.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        fragment.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        parts.append(QStringLiteral("search_key LIKE ? ESCAPE '\\'"));
        binds.append(QString(QLatin1Char('%') + fragment + QLatin1Char('%')));
    }
    addMetricCriteria(f, parts, binds);
    if (!match.isEmpty()) {
        parts.append(QStringLiteral("id IN (SELECT rowid FROM lead_search WHERE lead_search "
                                    "MATCH ?)"));
        binds.append(match);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// Identifies a filter's result set (for reusing its count while choosing a plan).
QString signatureOf(const LeadFilter &filter)
{
    QVariantList binds;
    QString signature = whereClause(filter, binds);
    for (const QVariant &value : std::as_const(binds))
        signature += QChar(0x1f) + value.toString();
    return signature;
}

// When the search index names at most this many candidates, a count reads just those leads
// (about 1 µs each) rather than testing every key in the queue index (about 0.1 µs each).
constexpr qint64 maxCandidatesToCount = 80000;
// A page is read from the candidates, sorted, when there are at most this many of them, or
// when the matches are too few for a walk of the queue order to meet 200 of them early.
constexpr qint64 maxCandidatesToSort = 5000;
constexpr qint64 maxCandidatesToSortForFewMatches = 50000;
constexpr qint64 fewMatches = 2000;

} // namespace

LeadRepository::LeadRepository(Database &db)
    : m_db(db)
{}

QString LeadRepository::searchMatch(const LeadFilter &filter) const
{
    if (filter.search.trimmed().isEmpty())
        return {};
    if (!m_hasSearchIndex)
        m_hasSearchIndex = SearchIndex::exists(m_db);
    if (!*m_hasSearchIndex)
        return {};
    static const PhoneNormalizer phones;
    return SearchIndex::matchQuery(LeadSearch::fragments(filter.search, phones));
}

qint64 LeadRepository::candidateCount(const QString &match) const
{
    // Only steers the plan, so a count a few writes old does no harm.
    if (const auto known = m_candidates.constFind(match); known != m_candidates.cend())
        return *known;
    QSqlQuery q = Sql::prepare(m_db.connection(), QStringLiteral("SELECT count(*) FROM "
                                                                 "lead_search WHERE "
                                                                 "lead_search MATCH ?"));
    q.addBindValue(match);
    Sql::exec(q, QCoreApplication::translate("Storage", "search leads"));
    const qint64 candidates = q.next() ? q.value(0).toLongLong() : 0;
    if (m_candidates.size() > 100)
        m_candidates.clear();
    m_candidates.insert(match, candidates);
    return candidates;
}

qint64 LeadRepository::insert(const Lead &lead)
{
    if (!m_insert) {
        QStringList marks;
        for (int i = 0; i <= dataColumnCount; ++i)
            marks.append(QStringLiteral("?"));
        m_insert.emplace(m_db, QStringLiteral("INSERT INTO leads (%1, search_key) VALUES (%2)")
                                   .arg(dataColumns, marks.join(QStringLiteral(", "))));
    }
    bindData(*m_insert, lead);
    m_insert->bind(dataColumnCount + 1, LeadSearch::key(lead));
    m_insert->exec([&lead] {
        return QCoreApplication::translate("Storage", "store the lead from %1 (%2)")
            .arg(lead.receivedAt.toString(Qt::ISODate),
                 lead.externalId.isEmpty() ? lead.name : lead.externalId);
    });
    return m_insert->lastInsertId();
}

void LeadRepository::update(const Lead &lead)
{
    if (!m_update) {
        QString sets = dataColumns;
        sets.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
        sets += QStringLiteral(" = ?, search_key = ?");
        m_update.emplace(m_db, QStringLiteral("UPDATE leads SET %1, version = version + 1 "
                                              "WHERE id = ? AND version = ?")
                                   .arg(sets));
    }
    bindData(*m_update, lead);
    m_update->bind(dataColumnCount + 1, LeadSearch::key(lead));
    m_update->bind(dataColumnCount + 2, lead.id);
    m_update->bind(dataColumnCount + 3, lead.version);
    m_update->exec(QCoreApplication::translate("Storage", "update lead %1").arg(lead.id));
    if (m_update->rowsAffected() != 1) {
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("Storage", "Lead %1 was changed by someone else "
                                                           "in the meantime; reload it and try "
                                                           "again.")
                        .arg(lead.id));
    }
}

std::optional<Lead> LeadRepository::find(qint64 id) const
{
    if (!m_find)
        m_find = Sql::prepare(m_db.connection(), selectLeads + QStringLiteral(" WHERE id = ?"));
    m_find->addBindValue(id);
    Sql::exec(*m_find, QCoreApplication::translate("Storage", "read lead %1").arg(id));
    std::optional<Lead> lead;
    if (m_find->next())
        lead = readLead(*m_find);
    m_find->finish();
    return lead;
}

Lead LeadRepository::get(qint64 id) const
{
    if (auto lead = find(id))
        return *lead;
    throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("Storage", "There is no lead with id %1.").arg(id));
}

std::optional<Lead> LeadRepository::findByExternalId(const QString &externalId) const
{
    // Prepared once: an import looks every row of a file up by it.
    if (!m_findByExternalId) {
        m_findByExternalId = Sql::prepare(m_db.connection(),
                                          selectLeads + QStringLiteral(" WHERE external_id = ?"));
    }
    QSqlQuery &q = *m_findByExternalId;
    q.addBindValue(externalId);
    Sql::exec(q, QCoreApplication::translate("Storage", "find lead %1").arg(externalId));
    std::optional<Lead> lead;
    if (q.next())
        lead = readLead(q);
    q.finish();
    return lead;
}

QList<Lead> LeadRepository::list(const LeadFilter &filter, int limit, int offset) const
{
    // OFFSET walks the index row by row, so a page near the end of a million leads would cost
    // as much as reading them all. Pages past the middle are read from the other end instead.
    bool fromEnd = false;
    qint64 queryOffset = offset;
    qint64 queryLimit = limit;
    if (offset > 10000) {
        const qint64 total = count(filter);
        if (offset > total / 2) {
            const qint64 end = std::min<qint64>(total, qint64(offset) + limit);
            fromEnd = true;
            queryLimit = std::max<qint64>(0, end - offset);
            queryOffset = total - end;
        }
    }
    const bool urgency = filter.order == LeadFilter::Order::SlaUrgency;
    const bool ascending = urgency != fromEnd;
    const QString direction = ascending ? QString() : QStringLiteral(" DESC");
    // A search either reads the search index's candidates and sorts them (few candidates, or
    // matches too sparse to meet early), or walks the order's index testing keys (many).
    QString match = searchMatch(filter);
    if (!match.isEmpty()) {
        const qint64 candidates = candidateCount(match);
        const bool known = m_lastCount && m_lastCount->first == signatureOf(filter);
        const bool sort = candidates <= maxCandidatesToSort
                          || (known && m_lastCount->second < fewMatches
                              && candidates <= maxCandidatesToSortForFewMatches);
        if (!sort)
            match.clear();
    }
    // "+" keeps the planner from walking an index for the order: the candidates are sorted.
    const QString sorted = match.isEmpty() ? QString() : QStringLiteral("+");
    QVariantList binds;
    QString sql = selectLeads
                  + whereClause(filter, binds,
                                urgency || !match.isEmpty() ? &m_db.dialect() : nullptr, match);
    sql += urgency ? QStringLiteral(" ORDER BY (status <> 'new')%1, %2sla_due_at%1, %2id%1")
                         .arg(direction, sorted)
                   : QStringLiteral(" ORDER BY %2received_at%1, %2id%1")
                         .arg(fromEnd ? QString() : QStringLiteral(" DESC"), sorted);
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    binds << queryLimit << queryOffset;

    QSqlQuery q = Sql::prepare(m_db.connection(), sql);
    q.setForwardOnly(true);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    Sql::exec(q, QCoreApplication::translate("Storage", "list leads"));
    QList<Lead> leads;
    while (q.next())
        leads.append(readLead(q));
    if (fromEnd)
        std::reverse(leads.begin(), leads.end());
    return leads;
}

QStringList LeadRepository::channels() const
{
    QSqlQuery q = Sql::exec(m_db.connection(),
                            QStringLiteral("SELECT DISTINCT channel FROM leads WHERE channel IS "
                                           "NOT NULL AND channel <> '' ORDER BY channel"));
    QStringList channels;
    while (q.next())
        channels.append(q.value(0).toString());
    return channels;
}

qint64 LeadRepository::count(const LeadFilter &filter) const
{
    return countRows(filter, 0);
}

qint64 LeadRepository::countUpTo(const LeadFilter &filter, qint64 limit) const
{
    return countRows(filter, std::max<qint64>(1, limit));
}

qint64 LeadRepository::countRows(const LeadFilter &filter, qint64 limit) const
{
    QVariantList binds;
    // With few enough candidates from the search index only those are read (the filter's
    // columns unindexed, so the planner starts from them). Otherwise a substring search tests
    // every key anyway: let the planner scan the one index that holds the key and the other
    // filtered columns, rather than look each row up in the table.
    QString match = searchMatch(filter);
    if (!match.isEmpty() && candidateCount(match) > maxCandidatesToCount)
        match.clear();
    const SqlDialect *scan = filter.search.trimmed().isEmpty() ? nullptr : &m_db.dialect();
    const QString where = whereClause(filter, binds, scan, match);
    // With a limit the scan stops at the limit-th match. Without candidates it walks the queue
    // order, where matches are spread evenly; the keys' own order can hold long runs without
    // one (e.g. every lead without a name first).
    const QString walk = scan && match.isEmpty()
                             ? QStringLiteral(" ORDER BY (status <> 'new'), sla_due_at, id")
                             : QString();
    const QString sql = limit > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM leads%1%2 "
                                                   "LIMIT ?)")
                                        .arg(where, walk)
                                  : QStringLiteral("SELECT count(*) FROM leads") + where;
    if (limit > 0)
        binds.append(limit);
    QSqlQuery q = Sql::prepare(m_db.connection(), sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    Sql::exec(q, QCoreApplication::translate("Storage", "count leads"));
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;
    if (!filter.search.trimmed().isEmpty() && (limit == 0 || total < limit))
        m_lastCount.emplace(signatureOf(filter), total);
    return total;
}

} // namespace LeadPact
