// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsaggregate.h"

#include "domain/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

namespace LeadPact::MetricsAggregate {

namespace {

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isNull(sqlite3_value *v)
{
    return sqlite3_value_type(v) == SQLITE_NULL;
}

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (H. Hinnant's days_from_civil).
std::optional<qint64> epochDay(sqlite3_value *v)
{
    if (isNull(v) || sqlite3_value_bytes(v) < 10)
        return std::nullopt;
    const unsigned char *t = sqlite3_value_text(v);
    const auto digits = [t](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (t[i] - '0');
        return n;
    };
    qint64 y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

template<typename Aggregate>
void stepFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    try {
        static_cast<Aggregate *>(sqlite3_user_data(context))->step(argv);
    } catch (...) {
        sqlite3_result_error(context, "leadpact metrics aggregate failed", -1);
    }
}

void finalFunction(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

template<typename Aggregate>
void runAggregate(const Database &db,
                  Aggregate &aggregate,
                  const char *name,
                  int arguments,
                  const QString &sql,
                  const QVariantList &binds)
{
    sqlite3 *handle = handleOf(db);
    const QString what = QCoreApplication::translate("Storage", "compute the metrics");
    const auto fail = [&](const char *message) {
        return Error(Error::Kind::Storage,
                     QCoreApplication::translate("Storage", "Could not %1: %2")
                         .arg(what, QString::fromUtf8(message)));
    };
    if (!handle)
        throw fail("not a SQLite connection");
    if (sqlite3_create_function_v2(handle,
                                   name,
                                   arguments,
                                   SQLITE_UTF8,
                                   &aggregate,
                                   nullptr,
                                   &stepFunction<Aggregate>,
                                   &finalFunction,
                                   nullptr)
        != SQLITE_OK)
        throw fail(sqlite3_errmsg(handle));
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
    for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement,
                                   i + 1,
                                   text.constData(),
                                   int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QByteArray message = rc == SQLITE_OK ? QByteArray() : QByteArray(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    // The function points at `aggregate`: remove it before that goes away.
    sqlite3_create_function_v2(handle,
                               name,
                               arguments,
                               SQLITE_UTF8,
                               nullptr,
                               nullptr,
                               nullptr,
                               nullptr,
                               nullptr);
    if (rc != SQLITE_OK)
        throw fail(message.constData());
}

} // namespace

bool isAvailable(const Database &db)
{
    return handleOf(db) != nullptr;
}

std::optional<QByteArray> dataVersion(const Database &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<QByteArray> version;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        version = QByteArray::number(sqlite3_column_int64(statement, 0)) + ':'
                  + QByteArray::number(sqlite3_total_changes64(handle));
    }
    sqlite3_finalize(statement);
    return version;
}

QString leadsFunction()
{
    return QStringLiteral("leadpact_metrics_leads");
}

QString sourcesFunction()
{
    return QStringLiteral("leadpact_metrics_sources");
}

int Names::index(const unsigned char *text, int bytes)
{
    // NULL and '' are one name, as coalesce(x, '') makes them in the portable SQL.
    const char *chars = text ? reinterpret_cast<const char *>(text) : "";
    if (m_last >= 0) {
        const QByteArray &last = m_names[size_t(m_last)];
        if (last.size() == bytes && std::memcmp(last.constData(), chars, size_t(bytes)) == 0)
            return m_last;
    }
    for (size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i].size() == bytes
            && std::memcmp(m_names[i].constData(), chars, size_t(bytes)) == 0)
            return m_last = int(i);
    }
    m_names.emplace_back(chars, bytes);
    return m_last = int(m_names.size() - 1);
}

quint64 packKey(int a, int b, qint64 value)
{
    return (quint64(quint16(a)) << 48) | (quint64(b & 0xfffff) << 28)
           | (quint64(value) & 0xfffffffULL);
}

void unpackKey(quint64 key, int &a, int &b, qint64 &value)
{
    a = int(key >> 48);
    b = int((key >> 28) & 0xfffff);
    value = qint64(key & 0xfffffffULL);
    if (value & 0x8000000)
        value -= 0x10000000; // sign of the 28-bit field
}

int Leads::ownerIndex(qint64 owner)
{
    const auto [it, inserted] = m_ownerIndex.try_emplace(owner, int(owners.size()));
    if (inserted)
        owners.push_back(owner);
    return it->second;
}

int Leads::offsetAt(qint64 utc) const
{
    int offset = offsets.front().seconds;
    for (size_t i = 1; i < offsets.size() && offsets[i].fromUtc <= utc; ++i)
        offset = offsets[i].seconds;
    return offset;
}

Leads::Pair &Leads::pair(int channel, int owner)
{
    if (size_t(channel) >= m_pairIndex.size())
        m_pairIndex.resize(size_t(channel) + 1);
    std::vector<int> &owners = m_pairIndex[size_t(channel)];
    if (size_t(owner) >= owners.size())
        owners.resize(size_t(owner) + 1, -1);
    if (owners[size_t(owner)] < 0) {
        owners[size_t(owner)] = int(m_pairs.size());
        Pair &p = m_pairs.emplace_back();
        p.channel = channel;
        p.owner = owner;
    }
    return m_pairs[size_t(owners[size_t(owner)])];
}

namespace {

// Minutes keys (exact to 240, then every 5 to 1440, then every 60) as consecutive slots.
size_t minutesSlot(qint64 key)
{
    if (key <= 240)
        return size_t(key);
    if (key <= 1440)
        return size_t(240 + (key - 240) / 5);
    return size_t(480 + (key - 1440) / 60);
}

qint64 slotMinutes(size_t slot)
{
    if (slot <= 240)
        return qint64(slot);
    if (slot <= 480)
        return 240 + qint64(slot - 240) * 5;
    return 1440 + qint64(slot - 480) * 60;
}

template<typename T>
T &grow(std::vector<T> &v, size_t index)
{
    if (index >= v.size())
        v.resize(index + 1);
    return v[index];
}

} // namespace

void Leads::finish()
{
    for (Pair &p : m_pairs) {
        for (size_t d = 0; d < p.days.size(); ++d) {
            if (p.days[d][0] > 0)
                cube[packKey(p.channel, p.owner, firstDay + qint64(d))] = p.days[d];
        }
        for (size_t slot = 0; slot < p.minutes.size(); ++slot) {
            if (p.minutes[slot] > 0)
                minutes[packKey(p.channel, p.owner, slotMinutes(slot))] = p.minutes[slot];
        }
    }
    m_pairs.clear();
    m_pairIndex.clear();
    for (size_t channel = 0; channel < m_rejections.size(); ++channel) {
        for (size_t reason = 0; reason < m_rejections[channel].size(); ++reason) {
            if (m_rejections[channel][reason] > 0)
                rejections[packKey(int(channel), 0, qint64(reason))] = m_rejections[channel][reason];
        }
    }
    m_rejections.clear();
}

void Leads::step(sqlite3_value **argv)
{
    enum {
        Channel,
        Owner,
        ReceivedAt,
        Missing,
        Status,
        FirstContact,
        SlaDue,
        WorkSecs,
        Reason,
        DisputedAt,
        RejectedAt,
        Currency,
        Amount,
        PaidOn
    };
    const int channel = channels.index(sqlite3_value_text(argv[Channel]),
                                       sqlite3_value_bytes(argv[Channel]));
    const int owner = ownerIndex(isNull(argv[Owner]) ? 0 : sqlite3_value_int64(argv[Owner]));
    const qint64 received = sqlite3_value_int64(argv[ReceivedAt]);
    const qint64 day = floorDiv(received + offsetAt(received), 86400);

    // status: new, in_work, qualified, won, lost, rejected, disputed.
    const unsigned char *status = sqlite3_value_text(argv[Status]);
    const int statusBytes = sqlite3_value_bytes(argv[Status]);
    const char s0 = status && statusBytes > 0 ? char(status[0]) : 0;
    const bool won = s0 == 'w';
    const bool lost = s0 == 'l';
    const bool qualified = s0 == 'q';
    const bool rejected = s0 == 'r';
    const bool disputed = s0 == 'd';

    const bool mql = sqlite3_value_bytes(argv[Missing]) == 0;
    const bool contacted = !isNull(argv[FirstContact]);
    const qint64 firstContact = contacted ? sqlite3_value_int64(argv[FirstContact]) : 0;
    const qint64 workSecs = isNull(argv[WorkSecs]) ? 0 : sqlite3_value_int64(argv[WorkSecs]);
    const bool hasDispute = !isNull(argv[DisputedAt]);

    Pair &cell = pair(channel, owner);
    auto &c = grow(cell.days, size_t(std::max<qint64>(0, day - firstDay)));
    ++c[0];
    c[1] += mql;
    c[2] += mql && contacted;
    c[3] += mql && (qualified || won || lost);
    c[4] += mql && won;
    c[5] += rejected || disputed;
    c[6] += lost;
    c[7] += hasDispute;
    c[8] += disputed;
    c[9] += rejected && hasDispute
            && sqlite3_value_int64(argv[DisputedAt])
                   >= (isNull(argv[RejectedAt]) ? 0 : sqlite3_value_int64(argv[RejectedAt]));
    c[10] += contacted;
    c[11] += contacted && !isNull(argv[SlaDue])
             && firstContact <= sqlite3_value_int64(argv[SlaDue]);
    c[12] += contacted && workSecs <= 900;
    c[13] += contacted && workSecs <= 3600;
    c[14] += contacted && workSecs <= 14400;
    c[15] += contacted && workSecs <= 86400;

    if (received < detailsFrom || received >= detailsTo)
        return;
    if (contacted) {
        const qint64 m = (std::max<qint64>(0, workSecs) + 59) / 60;
        const qint64 key = m <= 240 ? m : (m <= 1440 ? (m + 4) / 5 * 5 : (m + 59) / 60 * 60);
        ++grow(cell.minutes, minutesSlot(key));
    }
    if ((rejected || disputed) && !isNull(argv[Reason])) {
        const qint64 reason = sqlite3_value_int64(argv[Reason]);
        if (reason >= 0 && reason < 1000000)
            ++grow(grow(m_rejections, size_t(channel)), size_t(reason));
        else
            ++rejections[packKey(channel, 0, reason)];
    }
    if (won) {
        const int currency = currencies.index(sqlite3_value_text(argv[Currency]),
                                              sqlite3_value_bytes(argv[Currency]));
        const std::optional<qint64> paid = epochDay(argv[PaidOn]);
        auto &d = deals[packKey(channel, currency, paid ? *paid - day : 0)];
        ++d.first;
        d.second += sqlite3_value_int64(argv[Amount]);
    }
}

void Sources::step(sqlite3_value **argv)
{
    const int channel = channels.index(sqlite3_value_text(argv[0]), sqlite3_value_bytes(argv[0]));
    const int campaign = campaigns.index(sqlite3_value_text(argv[1]), sqlite3_value_bytes(argv[1]));
    const unsigned char *status = sqlite3_value_text(argv[2]);
    const char s0 = status && sqlite3_value_bytes(argv[2]) > 0 ? char(status[0]) : 0;
    auto &c = counts[packKey(channel, campaign, 0)];
    ++c[0];
    c[1] += s0 == 'q' || s0 == 'w' || s0 == 'l';
    c[2] += s0 == 'w';
}

void run(const Database &db, Leads &aggregate, const QString &sql, const QVariantList &binds)
{
    runAggregate(db, aggregate, leadsFunction().toUtf8().constData(), 14, sql, binds);
}

void run(const Database &db, Sources &aggregate, const QString &sql, const QVariantList &binds)
{
    runAggregate(db, aggregate, sourcesFunction().toUtf8().constData(), 3, sql, binds);
}

} // namespace LeadPact::MetricsAggregate
