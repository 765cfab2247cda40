// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsession.h"

#include "domain/error.h"
#include "domain/permissions.h"
#include "service/clock.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QThread>

#include <algorithm>

namespace LeadPact {

MeetingSession::MeetingSession(Database &db, const Clock &clock, const User &user, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_user(user)
    , m_service(db, clock)
    , m_review(db, clock)
{
    try {
        m_users = UserRepository(db).list();
        m_snapshot.userNames = MeetingSnapshot::loadUserNames(db);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

MeetingSession::~MeetingSession()
{
    // The loader posts to this object: let it finish first (it reads, it never writes).
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

IsoWeek MeetingSession::defaultWeek() const
{
    return m_review.defaultWeek();
}

bool MeetingSession::mayEdit() const
{
    return !m_db.isReadOnly() && m_user.active && Permissions::mayEditMeeting(m_user.role);
}

bool MeetingSession::mayChangeStatus(const ActionItem &item) const
{
    if (m_db.isReadOnly() || !m_user.active)
        return false;
    return Permissions::mayEditMeeting(m_user.role) || (item.ownerId && *item.ownerId == m_user.id);
}

QList<User> MeetingSession::owners() const
{
    QList<User> result;
    for (const User &user : m_users) {
        if (user.active)
            result.append(user);
    }
    std::sort(result.begin(), result.end(), [](const User &a, const User &b) {
        const QString left = a.displayName.isEmpty() ? a.login : a.displayName;
        const QString right = b.displayName.isEmpty() ? b.login : b.displayName;
        return QString::localeAwareCompare(left, right) < 0;
    });
    return result;
}

void MeetingSession::openWeek(const IsoWeek &week)
{
    const auto cached = m_cache.constFind(week.toString());
    if (cached != m_cache.cend()) {
        showReview(*cached);
        return;
    }
    // Notes now, numbers when computed.
    WeekReviewData empty;
    empty.week = week;
    m_snapshot.review = empty;
    m_computing = true;
    try {
        m_snapshot.today = m_review.metrics().today();
        m_snapshot.generatedAt = m_clock.now();
        m_snapshot.notes
            = MeetingSnapshot::loadNotes(m_db, m_clock, m_snapshot.review, m_snapshot.today);
    } catch (const Error &error) {
        m_snapshot.notes = WeekNotes();
        emit failed(error.message());
    }
    emit weekOpened();
    startLoading(week);
}

void MeetingSession::startLoading(const IsoWeek &week)
{
    if (m_worker) {
        m_pending = week; // one computation at a time; the latest choice runs next
        return;
    }
    const QString location = m_db.location();
    if (!m_background || location.isEmpty() || location == QLatin1String(":memory:")) {
        try {
            loaded(WeekReviewData::load(m_review, week), {});
        } catch (const Error &error) {
            WeekReviewData failedReview;
            failedReview.week = week;
            loaded(failedReview, error.message());
        }
        return;
    }
    const Clock *clock = &m_clock;
    m_worker = QThread::create([this, location, clock, week] {
        WeekReviewData review;
        review.week = week;
        QString error;
        try {
            // A connection of this thread's own: SQLite connections stay on their thread.
            const std::unique_ptr<Database> db = Database::openSqlite(location,
                                                                      Database::Access::ReadOnly);
            review = WeekReviewData::load(WeekReview(*db, *clock), week);
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, review, error] { loaded(review, error); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("meetingReviewLoader"));
    m_worker->start(QThread::LowPriority);
}

void MeetingSession::loaded(const WeekReviewData &review, const QString &error)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (error.isEmpty())
        m_cache.insert(review.week.toString(), review);
    else
        emit failed(error);
    if (m_pending.isValid()) {
        const IsoWeek next = std::exchange(m_pending, IsoWeek());
        if (!m_cache.contains(next.toString()))
            startLoading(next);
    }
    if (review.week == week()) {
        if (error.isEmpty()) {
            showReview(review);
        } else {
            m_computing = false;
            emit weekOpened();
        }
    }
}

void MeetingSession::showReview(const WeekReviewData &review)
{
    m_computing = false;
    try {
        m_snapshot.review = review;
        m_snapshot.today = m_review.metrics().today();
        m_snapshot.generatedAt = m_clock.now();
        if (mayEdit()) {
            const QList<ProblemProposal> top = review.proposals.mid(0, meetingProblemCount);
            m_service.proposeProblems(review.week, top, m_user);
        }
        m_snapshot.notes
            = MeetingSnapshot::loadNotes(m_db, m_clock, m_snapshot.review, m_snapshot.today);
    } catch (const Error &error) {
        emit failed(error.message());
    }
    emit weekOpened();
}

void MeetingSession::reloadNotes()
{
    m_snapshot.notes
        = MeetingSnapshot::loadNotes(m_db, m_clock, m_snapshot.review, m_snapshot.today);
    emit notesChanged();
}

template<typename Edit>
bool MeetingSession::edit(Edit &&edit)
{
    bool done = false;
    try {
        edit();
        done = true;
    } catch (const Error &error) {
        emit failed(error.message());
    }
    try {
        reloadNotes();
    } catch (const Error &error) {
        emit failed(error.message());
    }
    return done;
}

bool MeetingSession::addItem(MeetingItemKind kind, const QString &text, const QString &evidence)
{
    return edit([&] { m_service.addItem(week(), kind, text, m_user, evidence); });
}

bool MeetingSession::editItem(qint64 itemId, const QString &text, const QString &evidence)
{
    return edit([&] { m_service.editItem(itemId, text, evidence, m_user); });
}

bool MeetingSession::removeItem(qint64 itemId)
{
    return edit([&] { m_service.removeItem(itemId, m_user); });
}

bool MeetingSession::addAction(const QString &text,
                               std::optional<qint64> ownerId,
                               const QDate &deadline)
{
    return edit([&] { m_service.addActionItem(week(), text, ownerId, deadline, m_user); });
}

bool MeetingSession::editAction(qint64 itemId,
                                const QString &text,
                                std::optional<qint64> ownerId,
                                const QDate &deadline)
{
    return edit([&] { m_service.editActionItem(itemId, text, ownerId, deadline, m_user); });
}

bool MeetingSession::setActionStatus(qint64 itemId, ActionStatus status)
{
    return edit([&] { m_service.setActionStatus(itemId, status, week(), m_user); });
}

std::optional<LeadFilter> MeetingSession::problemLeads(const MeetingItem &problem) const
{
    if (problem.rule.isEmpty())
        return std::nullopt;
    try {
        return m_review.problemLeads(problem.week, problem.rule, problem.subject);
    } catch (const Error &) {
        return std::nullopt;
    }
}

QString MeetingSession::problemLeadsDescription(const MeetingItem &problem) const
{
    //: the lead list's filter description: %1 is the problem's text, %2 the ISO week
    return tr("Problem of %2: %1").arg(problem.text, problem.week.toString());
}

} // namespace LeadPact
