// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/leadstatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <functional>

namespace LeadPact {

class Database;

// Options of `leadpact-cli demo`. The same seed and end date give the same data.
struct DemoOptions
{
    qint64 leads = 20000;
    quint64 seed = 42;
    int weeks = 12;
    QDate endDate; // the last day of data; invalid: up to now
};

struct DemoSummary
{
    qint64 leads = 0;
    qint64 events = 0;
    int usersCreated = 0;
    int campaigns = 0;      // registry entries created
    qint64 attributed = 0;  // leads attributed to them
    QMap<LeadStatus, qint64> byStatus;
    QDateTime from;
    QDateTime to;
};

// Fills an empty database with realistic demo data: channels of different quality, managers of
// different speed and discipline, arrivals in business hours, first contacts from minutes to
// days, channel-dependent rejection reasons, qualifications, won deals and a few disputes,
// and marketing's campaign registry with the leads of its campaigns attributed.
// Every lead goes through the real state machine, so the data obeys the same rules as real
// work; everything is written in one transaction.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    DemoGenerator(Database &db, DemoOptions options);

    // `progress(done, total)` is called now and then; returning false cancels (nothing is
    // written). Throws Error.
    DemoSummary run(const std::function<bool(qint64, qint64)> &progress = {});

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace LeadPact
