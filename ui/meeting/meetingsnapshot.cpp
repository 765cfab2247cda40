// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsnapshot.h"

#include "meeting/meetingservice.h"
#include "service/clock.h"
#include "storage/meetingrepository.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QLocale>

#include <cmath>

namespace LeadPact {

WeekReviewData WeekReviewData::load(const WeekReview &review, const IsoWeek &week)
{
    QElapsedTimer timer;
    timer.start();
    WeekReviewData data;
    data.week = week;
    data.currency = review.metrics().mainCurrency();
    data.bestDeal = review.bestDeal(week);
    data.figures = review.figures(week);
    data.facts = WeekReview::factsFrom(data.figures, data.currency);
    data.proposals = review.detectProblems(week);
    data.loadMs = timer.elapsed();
    return data;
}

MeetingSnapshot MeetingSnapshot::load(Database &db, const Clock &clock, const IsoWeek &week)
{
    const WeekReview review(db, clock);
    MeetingSnapshot snapshot;
    snapshot.review = WeekReviewData::load(review, week);
    snapshot.today = review.metrics().today();
    snapshot.notes = loadNotes(db, clock, snapshot.review, snapshot.today);
    snapshot.userNames = loadUserNames(db);
    snapshot.generatedAt = clock.now();
    return snapshot;
}

WeekNotes MeetingSnapshot::loadNotes(Database &db,
                                     const Clock &clock,
                                     const WeekReviewData &review,
                                     const QDate &today)
{
    const MeetingService service(db, clock);
    WeekNotes notes;
    notes.problems = service.items(review.week, MeetingItemKind::Problem);
    notes.ideas = service.items(review.week, MeetingItemKind::Idea);
    notes.notes = service.items(review.week, MeetingItemKind::Note);
    notes.actions = service.actionItems(review.week, today);
    if (notes.problems.isEmpty()
        && MeetingRepository(db).everCount(review.week, MeetingItemKind::Problem) == 0) {
        for (const ProblemProposal &proposal : review.proposals.mid(0, meetingProblemCount)) {
            MeetingItem item;
            item.week = review.week;
            item.kind = MeetingItemKind::Problem;
            item.position = int(notes.problems.size()) + 1;
            item.text = proposal.text;
            item.evidence = proposal.evidence;
            item.rule = proposal.rule;
            item.subject = proposal.subject;
            notes.problems.append(item);
        }
        notes.problemsProposedOnly = !notes.problems.isEmpty();
    }
    return notes;
}

QHash<qint64, QString> MeetingSnapshot::loadUserNames(Database &db)
{
    QHash<qint64, QString> names;
    for (const User &user : UserRepository(db).list())
        names.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
    return names;
}

QString MeetingSnapshot::userName(std::optional<qint64> id) const
{
    if (!id)
        return tr("nobody");
    return userNames.value(*id, tr("user %1").arg(*id));
}

QString MeetingSnapshot::weekTitle(const IsoWeek &week)
{
    //: %1 is an ISO week ("2026-W47"), %2 and %3 its Monday and Sunday
    return tr("Week %1 (%2 – %3)")
        .arg(week.toString(),
             MeetingFormat::date(week.monday()),
             MeetingFormat::date(week.sunday()));
}

namespace MeetingFormat {

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString money(qint64 minorUnits, const QString &currency)
{
    const QString units = QLocale().toString(qint64(std::llround(double(minorUnits) / 100.0)));
    if (currency == QLatin1String("RUB"))
        return units + QStringLiteral("\u00a0₽");
    return units + QChar(0x00a0) + currency;
}

QString factValue(const WeekFact &fact, const std::optional<double> &value, const QString &currency)
{
    if (!value)
        return QStringLiteral("—");
    if (fact.percent)
        return QLocale().toString(*value, 'f', 1) + QStringLiteral("\u00a0%");
    if (fact.money)
        return money(qint64(std::llround(*value)), currency);
    // A four-week average of counts keeps one decimal; a week's count is whole.
    if (std::abs(*value - std::round(*value)) > 0.05)
        return QLocale().toString(*value, 'f', 1);
    return count(*value);
}

QString change(const WeekFact &fact, const QString &currency)
{
    if (!fact.current || !fact.previous)
        return QStringLiteral("—");
    const double delta = *fact.current - *fact.previous;
    const QString arrow = delta > 0   ? QStringLiteral("▲")
                          : delta < 0 ? QStringLiteral("▼")
                                      : QStringLiteral("=");
    if (delta == 0)
        return arrow;
    const QString sign = delta > 0 ? QStringLiteral("+") : QStringLiteral("−");
    QString amount;
    if (fact.percent) {
        //: percentage points
        amount = QCoreApplication::translate("MeetingFormat", "%1 pp")
                     .arg(QLocale().toString(std::abs(delta), 'f', 1));
    } else if (fact.money) {
        amount = money(qint64(std::llround(std::abs(delta))), currency);
    } else {
        amount = count(std::abs(delta));
    }
    return arrow + QChar(0x00a0) + sign + amount;
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace MeetingFormat

} // namespace LeadPact
