// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricvalues.h"

#include <QCoreApplication>

namespace LeadPact {

QString funnelStageCode(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Received:
        return QStringLiteral("received");
    case FunnelStage::Mql:
        return QStringLiteral("mql");
    case FunnelStage::Contacted:
        return QStringLiteral("contacted");
    case FunnelStage::Sql:
        return QStringLiteral("sql");
    case FunnelStage::Won:
        return QStringLiteral("won");
    }
    return {};
}

QString funnelStageTitle(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Received:
        return QCoreApplication::translate("FunnelStage", "Received");
    case FunnelStage::Mql:
        return QCoreApplication::translate("FunnelStage", "Complete data (MQL)");
    case FunnelStage::Contacted:
        return QCoreApplication::translate("FunnelStage", "Contacted");
    case FunnelStage::Sql:
        return QCoreApplication::translate("FunnelStage", "Qualified (SQL)");
    case FunnelStage::Won:
        return QCoreApplication::translate("FunnelStage", "Won");
    }
    return {};
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

qint64 FunnelCounts::count(FunnelStage stage) const
{
    switch (stage) {
    case FunnelStage::Received:
        return received;
    case FunnelStage::Mql:
        return mql;
    case FunnelStage::Contacted:
        return contacted;
    case FunnelStage::Sql:
        return sql;
    case FunnelStage::Won:
        return won;
    }
    return 0;
}

std::optional<double> FunnelCounts::stepConversionPct(FunnelStage stage) const
{
    if (stage == FunnelStage::Received)
        return std::nullopt;
    return percentOf(count(stage), count(FunnelStage(int(stage) - 1)));
}

std::optional<double> FunnelCounts::endToEndPct(FunnelStage stage) const
{
    return percentOf(count(stage), received);
}

FunnelCounts &FunnelCounts::operator+=(const FunnelCounts &o)
{
    received += o.received;
    mql += o.mql;
    contacted += o.contacted;
    sql += o.sql;
    won += o.won;
    incomplete += o.incomplete;
    rejected += o.rejected;
    lost += o.lost;
    disputed += o.disputed;
    disputePending += o.disputePending;
    disputeConfirmed += o.disputeConfirmed;
    overturned += o.overturned;
    return *this;
}

QString contactBucketCode(ContactBucket bucket)
{
    switch (bucket) {
    case ContactBucket::UpTo15Min:
        return QStringLiteral("le_15m");
    case ContactBucket::UpTo1Hour:
        return QStringLiteral("le_1h");
    case ContactBucket::UpTo4Hours:
        return QStringLiteral("le_4h");
    case ContactBucket::UpTo24Hours:
        return QStringLiteral("le_24h");
    case ContactBucket::Over24Hours:
        return QStringLiteral("gt_24h");
    case ContactBucket::Never:
        return QStringLiteral("never");
    }
    return {};
}

QString contactBucketTitle(ContactBucket bucket)
{
    switch (bucket) {
    case ContactBucket::UpTo15Min:
        return QCoreApplication::translate("ContactBucket", "≤ 15 min");
    case ContactBucket::UpTo1Hour:
        return QCoreApplication::translate("ContactBucket", "15–60 min");
    case ContactBucket::UpTo4Hours:
        return QCoreApplication::translate("ContactBucket", "1–4 h");
    case ContactBucket::UpTo24Hours:
        return QCoreApplication::translate("ContactBucket", "4–24 h");
    case ContactBucket::Over24Hours:
        return QCoreApplication::translate("ContactBucket", "> 24 h");
    case ContactBucket::Never:
        return QCoreApplication::translate("ContactBucket", "Never");
    }
    return {};
}

std::optional<std::pair<qint64, std::optional<qint64>>> contactBucketSeconds(ContactBucket bucket)
{
    using Range = std::pair<qint64, std::optional<qint64>>;
    switch (bucket) {
    case ContactBucket::UpTo15Min:
        return Range {-1, 15 * 60};
    case ContactBucket::UpTo1Hour:
        return Range {15 * 60, 3600};
    case ContactBucket::UpTo4Hours:
        return Range {3600, 4 * 3600};
    case ContactBucket::UpTo24Hours:
        return Range {4 * 3600, 24 * 3600};
    case ContactBucket::Over24Hours:
        return Range {24 * 3600, std::nullopt};
    case ContactBucket::Never:
        break;
    }
    return std::nullopt;
}

ContactBucket contactBucketFor(std::optional<qint64> workingSeconds)
{
    if (!workingSeconds)
        return ContactBucket::Never;
    for (ContactBucket bucket : allContactBuckets) {
        const auto range = contactBucketSeconds(bucket);
        if (range && *workingSeconds > range->first
            && (!range->second || *workingSeconds <= *range->second))
            return bucket;
    }
    return ContactBucket::Never;
}

} // namespace LeadPact
