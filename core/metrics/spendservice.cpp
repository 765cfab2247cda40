// SPDX-License-Identifier: GPL-3.0-or-later
#include "spendservice.h"

#include "domain/error.h"
#include "domain/role.h"
#include "service/clock.h"
#include "storage/spendrepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace LeadPact {

namespace {

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

SpendService::SpendService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

bool SpendService::mayEdit(const User &user)
{
    return user.active
           && (user.role == Role::Marketing || user.role == Role::HeadOfSales
               || user.role == Role::Admin);
}

namespace {

void requireEditor(const User &actor)
{
    if (!SpendService::mayEdit(actor)) {
        throw Error(Error::Kind::Permission,
                    SpendService::tr("Only marketing, the head of sales or an administrator may "
                                     "enter marketing spend (user %1 is \"%2\").")
                        .arg(actor.login, roleTitle(actor.role)));
    }
}

void requireKey(const QString &channel, const QDate &month, const QString &currency)
{
    if (channel.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    SpendService::tr("The spend needs a channel (field \"channel\")."));
    if (!month.isValid())
        throw Error(Error::Kind::Validation,
                    SpendService::tr("The spend needs a month (field \"month\")."));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(currency).hasMatch()) {
        throw Error(Error::Kind::Validation,
                    SpendService::tr("\"%1\" is not a three-letter ISO 4217 currency code (field "
                                     "\"currency\").")
                        .arg(currency));
    }
}

} // namespace

MarketingSpend SpendService::set(const QString &channel,
                                 const QDate &month,
                                 qint64 amountMinor,
                                 const QString &currency,
                                 const User &actor)
{
    requireEditor(actor);
    requireKey(channel, month, currency);
    if (amountMinor < 0) {
        throw Error(Error::Kind::Validation, tr("The spend cannot be negative (field \"amount\")."));
    }
    MarketingSpend spend;
    spend.channel = channel.trimmed();
    spend.month = firstOfMonth(month);
    spend.amountMinor = amountMinor;
    spend.currency = currency;
    spend.updatedBy = actor.id;
    spend.updatedByLogin = actor.login;
    spend.updatedAt = m_clock.now();
    Transaction transaction(m_db);
    SpendRepository repository(m_db);
    repository.upsert(spend);
    spend.id = repository.find(spend.channel, spend.month, spend.currency)->id;
    transaction.commit();
    return spend;
}

void SpendService::remove(const QString &channel,
                          const QDate &month,
                          const QString &currency,
                          const User &actor)
{
    requireEditor(actor);
    requireKey(channel, month, currency);
    Transaction transaction(m_db);
    if (!SpendRepository(m_db).remove(channel.trimmed(), firstOfMonth(month), currency)) {
        throw Error(Error::Kind::NotFound,
                    tr("There is no spend of %1 in %2 (%3) to remove.")
                        .arg(channel, month.toString(QStringLiteral("yyyy-MM")), currency));
    }
    transaction.commit();
}

QList<MarketingSpend> SpendService::all() const
{
    return SpendRepository(m_db).list();
}

QList<MarketingSpend> SpendService::between(const QDate &from, const QDate &to) const
{
    return SpendRepository(m_db).list(firstOfMonth(from), firstOfMonth(to));
}

qint64 SpendService::attributed(const MarketingSpend &spend, const QDate &from, const QDate &to)
{
    const QDate first = firstOfMonth(spend.month);
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate start = std::max(first, from);
    const QDate end = std::min(last, to);
    if (end < start)
        return 0;
    const qint64 covered = start.daysTo(end) + 1;
    const qint64 days = first.daysInMonth();
    if (covered == days)
        return spend.amountMinor;
    return (2 * spend.amountMinor * covered + days) / (2 * days);
}

} // namespace LeadPact
