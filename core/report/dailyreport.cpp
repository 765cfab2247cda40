// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyreport.h"

#include "domain/error.h"
#include "domain/reason.h"
#include "storage/database.h"
#include "storage/reasonrepository.h"
#include "storage/sqlvalues.h"
#include "storage/userrepository.h"

#include <QHash>

#include <algorithm>

namespace LeadPact {

bool DailyReportRow::isEmpty() const
{
    return received == 0 && contacted == 0 && inWork == 0 && qualified == 0 && rejected == 0
           && won == 0 && slaMisses == 0;
}

namespace {

void add(DailyReportRow &into, const DailyReportRow &row)
{
    into.received += row.received;
    into.contacted += row.contacted;
    into.inWork += row.inWork;
    into.qualified += row.qualified;
    into.rejected += row.rejected;
    into.won += row.won;
    into.slaMisses += row.slaMisses;
    for (auto it = row.wonAmountMinor.cbegin(); it != row.wonAmountMinor.cend(); ++it)
        into.wonAmountMinor[it.key()] += it.value();
    for (auto it = row.rejectionsByReason.cbegin(); it != row.rejectionsByReason.cend(); ++it)
        into.rejectionsByReason[it.key()] += it.value();
}

} // namespace

DailyReport DailyReport::build(Database &db, const QDate &date, const QTimeZone &zone,
                               const QDateTime &now)
{
    if (!date.isValid())
        throw Error(Error::Kind::Validation, tr("No valid report date was given (field \"date\")."));
    DailyReport report;
    report.date = date;
    report.zone = zone;
    report.from = date.startOfDay(zone).toUTC();
    report.to = date.addDays(1).startOfDay(zone).toUTC();
    report.generatedAt = now;
    const qint64 from = report.from.toSecsSinceEpoch();
    const qint64 to = report.to.toSecsSinceEpoch();
    // A deadline of the day counts as missed once it has passed unanswered.
    const qint64 passed = std::min(to, now.toSecsSinceEpoch());

    QHash<qint64, DailyReportRow> byOwner; // owner id (0: nobody) -> row
    const auto rowFor = [&](const QVariant &owner) -> DailyReportRow & {
        const std::optional<qint64> id = Sql::toId(owner);
        DailyReportRow &row = byOwner[id.value_or(0)];
        row.managerId = id;
        return row;
    };

    // Every count is a condition on the lead's own timestamps, so one scan answers them all;
    // "answered" is the first contact or, for a lead rejected without one, the rejection, as
    // in the SLA policy.
    QSqlQuery counts = Sql::prepare(
        db.connection(),
        QStringLiteral(
            "SELECT owner_id, "
            "sum(received_at >= :from AND received_at < :to), "
            "sum(first_contact_at >= :from AND first_contact_at < :to), "
            "sum(first_contact_at < :to AND coalesce(qualified_at, :to) >= :to AND "
            "coalesce(rejected_at, :to) >= :to AND coalesce(closed_at, :to) >= :to), "
            "sum(qualified_at >= :from AND qualified_at < :to), "
            "sum(sla_due_at >= :from AND sla_due_at < :passed AND "
            "coalesce(first_contact_at, rejected_at, :to + 1) > sla_due_at) "
            "FROM leads WHERE received_at < :to "
            "GROUP BY owner_id"));
    counts.bindValue(QStringLiteral(":from"), from);
    counts.bindValue(QStringLiteral(":to"), to);
    counts.bindValue(QStringLiteral(":passed"), passed);
    Sql::exec(counts, tr("count the day's leads"));
    while (counts.next()) {
        DailyReportRow &row = rowFor(counts.value(0));
        row.received = counts.value(1).toInt();
        row.contacted = counts.value(2).toInt();
        row.inWork = counts.value(3).toInt();
        row.qualified = counts.value(4).toInt();
        row.slaMisses = counts.value(5).toInt();
    }

    QSqlQuery won = Sql::prepare(db.connection(),
                                 QStringLiteral("SELECT owner_id, deal_currency, count(*), "
                                                "sum(deal_amount) FROM leads WHERE received_at < ? "
                                                "AND status = 'won' AND closed_at >= ? AND closed_at < ? "
                                                "GROUP BY owner_id, deal_currency"));
    won.addBindValue(to);
    won.addBindValue(from);
    won.addBindValue(to);
    Sql::exec(won, tr("count the day's won deals"));
    while (won.next()) {
        DailyReportRow &row = rowFor(won.value(0));
        row.won += won.value(2).toInt();
        if (!won.value(3).isNull())
            row.wonAmountMinor[won.value(1).toString()] += won.value(3).toLongLong();
    }

    const ReasonCatalog catalog = ReasonRepository(db).catalog();
    QSqlQuery rejected = Sql::prepare(db.connection(),
                                      QStringLiteral("SELECT owner_id, rejection_reason_id, "
                                                     "count(*) FROM leads WHERE received_at < ? AND "
                                                     "rejected_at >= ? AND rejected_at < ? AND rejection_reason_id "
                                                     "IS NOT NULL GROUP BY owner_id, "
                                                     "rejection_reason_id"));
    rejected.addBindValue(to);
    rejected.addBindValue(from);
    rejected.addBindValue(to);
    Sql::exec(rejected, tr("count the day's rejections"));
    while (rejected.next()) {
        DailyReportRow &row = rowFor(rejected.value(0));
        const Reason *reason = catalog.findById(rejected.value(1).toLongLong());
        const QString code = reason ? reason->code : rejected.value(1).toString();
        if (reason)
            report.reasonTitles.insert(code, reason->title());
        const int count = rejected.value(2).toInt();
        row.rejected += count;
        row.rejectionsByReason[code] += count;
    }

    QHash<qint64, QString> names;
    for (const User &user : UserRepository(db).list())
        names.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
    std::optional<DailyReportRow> unassigned;
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        DailyReportRow &row = it.value();
        if (row.isEmpty())
            continue;
        add(report.total, row);
        if (!row.managerId) {
            row.managerName = tr("Not assigned");
            unassigned = row;
            continue;
        }
        row.managerName = names.value(*row.managerId, QString::number(*row.managerId));
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(),
              [](const DailyReportRow &a, const DailyReportRow &b) {
                  return QString::localeAwareCompare(a.managerName, b.managerName) < 0;
              });
    if (unassigned)
        report.rows.append(*unassigned);
    report.total.managerName = tr("Total");
    return report;
}

} // namespace LeadPact
