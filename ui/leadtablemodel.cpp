// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadtablemodel.h"

#include "domain/error.h"
#include "service/clock.h"
#include "sladisplay.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QTimer>

#include <limits>

namespace LeadPact {

namespace {

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // QLocale() is the application's locale (installTranslations sets it to match the language).
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString fieldTitle(LeadField field)
{
    switch (field) {
    case LeadField::Name:
        return LeadTableModel::tr("name");
    case LeadField::Phone:
        return LeadTableModel::tr("phone");
    case LeadField::Channel:
        return LeadTableModel::tr("channel");
    }
    return {};
}

QIcon incompleteIcon()
{
    // The model also works without widgets (e.g. under a QCoreApplication): no icon then.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QIcon hotIcon()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    return QIcon(QStringLiteral(":/icons/hot-source.svg"));
}

QString percent(double probability)
{
    return QLocale().toString(100.0 * probability, 'f', 1);
}

} // namespace

LeadTableModel::LeadTableModel(Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_leads(db)
    , m_cache(pageSize, maxCachedPages)
    , m_incompleteIcon(incompleteIcon())
    , m_hotIcon(hotIcon())
{}

void LeadTableModel::setSourceScores(const SourceScores &scores)
{
    m_scores = scores;
    m_haveScores = true;
    if (m_rows > 0)
        emit dataChanged(index(0, Channel), index(m_rows - 1, Channel),
                         {Qt::DecorationRole, Qt::ToolTipRole, HotSourceRole});
}

QVariant LeadTableModel::channelTip(const Lead &lead) const
{
    if (!m_haveScores || lead.channel.isEmpty())
        return {};
    const SourceScore score = m_scores.lookup(lead.channel, lead.campaign);
    const QString source = score.campaign.isEmpty()
                               ? lead.channel
                               : QStringLiteral("%1 / %2").arg(lead.channel, score.campaign);
    const QString figures = tr("%1: %2 % of leads become SQL, %3 % are won (all sources: %4 % "
                               "SQL; %n lead(s) of history)",
                               nullptr, int(std::min<qint64>(score.leads, std::numeric_limits<int>::max())))
                                .arg(source, percent(score.sqlProbability),
                                     percent(score.wonProbability),
                                     percent(m_scores.overallSqlRate));
    return score.hot ? tr("Hot source. %1").arg(figures) : figures;
}

void LeadTableModel::setSlaPolicy(const SlaPolicy &policy)
{
    m_policy = policy;
    tickSla();
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_failed = false;
    m_rows = 0;
    m_total = 0;
    if (readCount(true))
        m_rows = static_cast<int>(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
    endResetModel();
}

void LeadTableModel::refresh()
{
    if (!readCount())
        return;
    m_cache.clear();
    m_failed = false;
    setRows(m_total);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void LeadTableModel::setRows(qint64 total)
{
    const int rows = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (rows < m_rows) {
        beginRemoveRows(QModelIndex(), rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    } else if (rows > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
}

void LeadTableModel::setFilterKeepingRows(const LeadFilter &filter)
{
    m_filter = filter;
    refresh();
}

bool LeadTableModel::readCount(bool mayDefer)
{
    ++m_countGeneration;
    m_countPending = false;
    try {
        // Names once per read: a page of 200 rows must not cost 200 user look-ups.
        QHash<qint64, QString> names;
        for (const User &user : UserRepository(m_db).list())
            names.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
        // A search new on screen counts only as far as firstCountLimit: its first page shows
        // at once, and the exact count (which may test every key) follows.
        if (mayDefer && !m_filter.search.trimmed().isEmpty()) {
            m_total = m_leads.countUpTo(m_filter, firstCountLimit);
            m_countPending = m_total >= firstCountLimit;
        } else {
            m_total = m_leads.count(m_filter);
        }
        m_ownerNames = names;
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return false;
    }
    if (m_countPending) {
        const quint64 generation = m_countGeneration;
        QTimer::singleShot(exactCountDelayMs, this, [this, generation] { completeCount(generation); });
    }
    return true;
}

void LeadTableModel::completeCount(quint64 generation)
{
    if (generation != m_countGeneration || !m_countPending)
        return; // the filter changed, or a refresh counted exactly meanwhile
    m_countPending = false;
    try {
        m_total = m_leads.count(m_filter);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return;
    }
    setRows(m_total);
    emit countCompleted();
}

void LeadTableModel::tickSla()
{
    if (m_rows > 0) {
        emit dataChanged(index(0, Sla),
                         index(m_rows - 1, Sla),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole,
                          SlaStateRole});
    }
}

int LeadTableModel::updateLead(const Lead &lead)
{
    const int row = m_cache.replace(lead);
    if (row >= 0 && row < m_rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

const Lead *LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    if (const Lead *lead = m_cache.cached(row))
        return lead;
    if (m_failed)
        return nullptr;
    try {
        return m_cache.at(row, [this](int offset, int limit) {
            return m_leads.list(m_filter, limit, offset);
        });
    } catch (const Error &error) {
        m_failed = true;
        reportFailure(error.message());
        return nullptr;
    }
}

void LeadTableModel::reportFailure(const QString &message) const
{
    // Reads happen inside data(), often while a view paints: tell listeners afterwards.
    auto *self = const_cast<LeadTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

std::optional<Lead> LeadTableModel::lead(int row) const
{
    if (const Lead *found = leadAt(row))
        return *found;
    return std::nullopt;
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead *found = leadAt(index.row());
    if (!found)
        return {}; // gone since it was counted; the next refresh drops the row
    const Lead &lead = *found;
    if (index.column() == Sla) {
        const QVariant sla = slaData(lead, role);
        if (sla.isValid())
            return sla;
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(lead, index.column());
    case LeadRole:
        return QVariant::fromValue(lead);
    case LeadIdRole:
        return lead.id;
    case SlaStateRole:
        return static_cast<int>(m_policy.status(lead, m_clock.now()).state);
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Sla)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Missing && lead.isIncomplete())
            return m_incompleteIcon;
        // Beside the name, where the eye is: the Channel column may be scrolled away.
        if ((index.column() == Name || index.column() == Channel) && m_haveScores
            && m_scores.isHot(lead.channel, lead.campaign))
            return m_hotIcon;
        return {};
    case HotSourceRole:
        return m_haveScores && m_scores.isHot(lead.channel, lead.campaign);
    case Qt::ToolTipRole:
        if (index.column() == Channel)
            return channelTip(lead);
        if (index.column() == Name && m_haveScores && m_scores.isHot(lead.channel, lead.campaign))
            return channelTip(lead);
        if (lead.isIncomplete())
            return tr("Minimum data missing: %1").arg(missingFieldsText(lead));
        if (index.column() == Phone && lead.phone != lead.phoneRaw)
            return tr("As received: %1").arg(lead.phoneRaw);
        return {};
    default:
        return {};
    }
}

QVariant LeadTableModel::slaData(const Lead &lead, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole
        && role != Qt::ToolTipRole && role != Qt::FontRole)
        return {};
    const SlaStatus status = m_policy.status(lead, m_clock.now());
    switch (role) {
    case Qt::DisplayRole:
        return SlaDisplay::text(status);
    case Qt::BackgroundRole: {
        const QBrush brush = SlaDisplay::background(status.state);
        return brush.style() == Qt::NoBrush ? QVariant() : QVariant(brush);
    }
    case Qt::ForegroundRole: {
        const QBrush brush = SlaDisplay::foreground(status.state);
        return brush.style() == Qt::NoBrush ? QVariant() : QVariant(brush);
    }
    case Qt::FontRole:
        if (status.state == SlaState::Overdue || status.state == SlaState::DueSoon) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1, first contact due %2")
            .arg(slaStateTitle(status.state), localTime(status.deadline));
    }
    return {};
}

QVariant LeadTableModel::displayData(const Lead &lead, int column) const
{
    switch (column) {
    case Id:
        return lead.id;
    case Received:
        return localTime(lead.receivedAt);
    case Status:
        return statusTitle(lead.status);
    case Owner:
        return ownerName(lead.ownerId);
    case Channel:
        return lead.channel;
    case Name:
        return lead.name;
    case Company:
        return lead.company;
    // The normalised number when libphonenumber could read it, else what marketing sent.
    case Phone:
        return lead.phone.isEmpty() ? lead.phoneRaw : lead.phone;
    case SlaDue:
        return localTime(lead.slaDueAt);
    case Missing:
        return missingFieldsText(lead);
    default:
        return {};
    }
}

QString LeadTableModel::ownerName(const std::optional<qint64> &ownerId) const
{
    if (!ownerId)
        return tr("Unassigned");
    const auto name = m_ownerNames.constFind(*ownerId);
    // A user added after the last read shows by id until the next refresh.
    return name != m_ownerNames.cend() ? *name : tr("User #%1").arg(*ownerId);
}

QString LeadTableModel::missingFieldsText(const Lead &lead)
{
    QStringList titles;
    for (LeadField field : lead.missingFields())
        titles.append(fieldTitle(field));
    return titles.join(QStringLiteral(", "));
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id:
            return tr("No.");
        case Sla:
            return tr("SLA");
        case Received:
            return tr("Received");
        case Status:
            return tr("Status");
        case Owner:
            return tr("Manager");
        case Channel:
            return tr("Channel");
        case Name:
            return tr("Name");
        case Company:
            return tr("Company");
        case Phone:
            return tr("Phone");
        case SlaDue:
            return tr("First contact due");
        case Missing:
            return tr("Missing data");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sla:
            return tr("Time left to the first contact, or whether it was made in time");
        case Received:
            return tr("When the lead arrived, in your time zone");
        case SlaDue:
            return tr("The SLA deadline for the first contact, in your time zone");
        case Missing:
            return tr("Minimum data marketing owes sales: name, phone, channel");
        default:
            return {};
        }
    }
    return {};
}

} // namespace LeadPact
