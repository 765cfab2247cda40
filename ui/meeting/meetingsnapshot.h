// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/isoweek.h"
#include "meeting/meetingnotes.h"
#include "meeting/weekreview.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace LeadPact {

class Clock;
class Database;

// The week's numbers as the meeting shows them: what core's WeekReview computes from the leads.
// These are the heavy parts (scans over a week of leads), read once per week.
struct WeekReviewData
{
    IsoWeek week;
    std::optional<BestDeal> bestDeal;
    QList<WeekFigures> figures; // the week and the five before it, oldest first
    QList<WeekFact> facts;
    QList<ProblemProposal> proposals; // every rule that fires, in priority order
    QString currency; // the team's main currency (MetricsService::mainCurrency)
    qint64 loadMs = 0;

    static WeekReviewData load(const WeekReview &review, const IsoWeek &week);
    const WeekFigures *current() const
    {
        return figures.isEmpty() ? nullptr : &figures.constLast();
    }
};

// What the meeting wrote down for the week (cheap to read again after every edit).
struct WeekNotes
{
    QList<MeetingItem> problems;
    QList<MeetingItem> ideas;
    QList<MeetingItem> notes; // free notes of the meeting
    QList<WeekActionItem> actions;
    // True when the problems are the rules' proposals shown without having been stored (a
    // reader that may not edit, or an export of a week nobody has opened yet).
    bool problemsProposedOnly = false;
};

// Everything one meeting page shows or prints: the numbers, the notes and the team's names.
struct MeetingSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSnapshot)

public:
    WeekReviewData review;
    WeekNotes notes;
    QDate today; // in the team's zone: decides what is overdue
    QHash<qint64, QString> userNames;
    QDateTime generatedAt;

    // The week's numbers and notes, without storing anything: where the week has no problems
    // yet, the rules' first three proposals stand in for them.
    static MeetingSnapshot load(Database &db, const Clock &clock, const IsoWeek &week);
    static WeekNotes loadNotes(Database &db,
                               const Clock &clock,
                               const WeekReviewData &review,
                               const QDate &today);
    static QHash<qint64, QString> loadUserNames(Database &db);

    QString userName(std::optional<qint64> id) const;
    QString weekTitle() const { return weekTitle(review.week); }
    static QString weekTitle(const IsoWeek &week);
};

// The number of problems the meeting discusses.
constexpr int meetingProblemCount = 3;

// Text of the week's numbers, shared by the slides and the printed pages.
namespace MeetingFormat {
QString count(double value);
QString money(qint64 minorUnits, const QString &currency);
QString factValue(const WeekFact &fact, const std::optional<double> &value, const QString &currency);
// "▲ +12" / "▼ −3.4 pp" / "=": the change against the previous week.
QString change(const WeekFact &fact, const QString &currency);
QString date(const QDate &date);
} // namespace MeetingFormat

} // namespace LeadPact
