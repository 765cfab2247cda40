// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barchart.h"

namespace LeadPact {

// The first-contact time distribution: one bar per bucket, from "within 15 minutes" to "never",
// coloured from good (blue) to bad (vermilion), "never" in grey.
class SlaChart final : public BarChart
{
    Q_OBJECT

public:
    explicit SlaChart(QWidget *parent = nullptr);

    // The buckets in order, fastest first and "never" last; `details` (optional) per bucket go
    // into the tooltip (e.g. the bucket's share as core computed it).
    void setDistribution(const QStringList &keys,
                         const QStringList &labels,
                         const QList<qint64> &counts,
                         const QStringList &details = {});
};

} // namespace LeadPact
