// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3_value;

namespace LeadPact {

class Database;

// LeadPact's aggregate functions for SQLite: `SELECT leadpact_metrics_leads(…) FROM leads
// WHERE …` folds every matching row of the metrics index into the cube tables in one pass
// (no GROUP BY sort); MetricsScan turns them into its rows. Each counter mirrors the SQL of
// MetricsScan's portable engine exactly (tests compare the two). Internal to core/metrics.
namespace MetricsAggregate {

bool isAvailable(const Database &db); // a SQLite connection
// PRAGMA data_version (commits by other connections) and this connection's total changes.
std::optional<QByteArray> dataVersion(const Database &db);
QString leadsFunction();
QString sourcesFunction();

// Short strings (channels, campaigns, currencies) by number, so rows key on integers.
class Names
{
public:
    int index(const unsigned char *text, int bytes);
    QString name(int index) const { return QString::fromUtf8(m_names.at(size_t(index))); }

private:
    std::vector<QByteArray> m_names;
    int m_last = -1;
};

inline constexpr int counterCount = 16; // MetricsScan::CounterCount

// Arguments: channel, owner_id, received_at, missing_fields, status, first_contact_at,
// sla_due_at, first_contact_work_secs, rejection_reason_id, disputed_at, rejected_at,
// deal_currency, deal_amount, paid_on.
struct Leads
{
    struct Offset
    {
        qint64 fromUtc;
        int seconds;
    };
    // In: details (minutes, rejections, deals) only for arrivals in [detailsFrom, detailsTo);
    // the zone's offsets, oldest first.
    qint64 detailsFrom = 0;
    qint64 detailsTo = 0;
    std::vector<Offset> offsets;

    // Out, keyed by packKey(channel, owner, value): value is the local day (cube), the minutes
    // key (minutes), the reason id (rejections), the cycle in days (deals, where "owner" is the
    // currency's number).
    std::unordered_map<quint64, std::array<qint64, counterCount>> cube;
    std::unordered_map<quint64, qint64> minutes;
    std::unordered_map<quint64, qint64> rejections;
    std::unordered_map<quint64, std::pair<qint64, qint64>> deals; // count, amount
    Names channels;
    Names currencies;
    std::vector<qint64> owners; // owner ids by number (0: nobody)

    // In: the first local day of the cube (the dense tables start there).
    qint64 firstDay = 0;

    void step(sqlite3_value **argv);
    // Moves the dense working tables into the keyed ones above; call once after the scan.
    void finish();
    QString channelName(int index) const { return channels.name(index); }
    QString currencyName(int index) const { return currencies.name(index); }

private:
    // The working tables are dense arrays per (channel, owner) pair: a hash lookup per row and
    // table cost more than the scan itself.
    struct Pair
    {
        int channel = 0;
        int owner = 0;
        std::vector<std::array<qint64, counterCount>> days; // by day - firstDay
        std::vector<qint64> minutes;                        // by minutesSlot()
    };
    int ownerIndex(qint64 owner);
    int offsetAt(qint64 utc) const;
    Pair &pair(int channel, int owner);
    std::unordered_map<qint64, int> m_ownerIndex;
    std::vector<std::vector<int>> m_pairIndex; // [channel][owner] -> index in m_pairs, or -1
    std::vector<Pair> m_pairs;
    std::vector<std::vector<qint64>> m_rejections; // [channel][reason id]
};

// Arguments: channel, campaign, status. Out: (channel, campaign) -> leads, SQL, won.
struct Sources
{
    std::unordered_map<quint64, std::array<qint64, 3>> counts;
    Names channels;
    Names campaigns;

    void step(sqlite3_value **argv);
};

// Packs three small numbers into one key: 16 bits, 20 bits, 28 bits (signed).
quint64 packKey(int a, int b, qint64 value);
void unpackKey(quint64 key, int &a, int &b, qint64 &value);

// Runs `sql` (one aggregate call over the rows) with the function bound to `aggregate`.
// Throws Error(Storage).
void run(const Database &db, Leads &aggregate, const QString &sql, const QVariantList &binds);
void run(const Database &db, Sources &aggregate, const QString &sql, const QVariantList &binds);

} // namespace MetricsAggregate
} // namespace LeadPact
