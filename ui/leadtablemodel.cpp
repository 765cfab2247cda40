// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadtablemodel.h"

#include "domain/error.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

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

} // namespace

LeadTableModel::LeadTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_leads(db)
    , m_db(db)
    , m_incompleteIcon(incompleteIcon())
{}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    resetRows();
    // Listeners of modelReset (views, proxies, QAbstractItemModelTester) may ask for more rows
    // while the reset is still being delivered; inserting then would reach later listeners
    // before their reset. They get the next page on their next ask.
    m_deliveringReset = true;
    endResetModel();
    m_deliveringReset = false;
}

void LeadTableModel::resetRows()
{
    m_rows.clear();
    m_total = 0;
    m_ownerNames.clear();
    try {
        // Names once per reset: a page of 200 rows must not cost 200 user look-ups.
        for (const User &user : UserRepository(m_db).list())
            m_ownerNames.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
        m_total = m_leads.count(m_filter);
        m_rows = m_leads.list(m_filter, pageSize, 0);
    } catch (const Error &error) {
        m_rows.clear();
        emit loadFailed(error.message());
    }
    // The count and the page are two reads: a concurrent change may make them disagree.
    if (m_rows.size() < pageSize || m_total < m_rows.size())
        m_total = m_rows.size();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_deliveringReset && m_rows.size() < m_total;
}

void LeadTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Lead> page;
    try {
        page = m_leads.list(m_filter, pageSize, static_cast<int>(m_rows.size()));
    } catch (const Error &error) {
        // Stop here, or the view would ask again on every scroll.
        m_total = m_rows.size();
        emit loadFailed(error.message());
        return;
    }
    // A short page is the last one, whatever the count said (rows may have gone since).
    if (page.size() < pageSize)
        m_total = m_rows.size() + page.size();
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
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
    const Lead &lead = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(lead, index.column());
    case LeadRole:
        return QVariant::fromValue(lead);
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Missing && lead.isIncomplete())
            return m_incompleteIcon;
        return {};
    case Qt::ToolTipRole:
        if (lead.isIncomplete())
            return tr("Minimum data missing: %1").arg(missingFieldsText(lead));
        if (index.column() == Phone && lead.phone != lead.phoneRaw)
            return tr("As received: %1").arg(lead.phoneRaw);
        return {};
    default:
        return {};
    }
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
    // A user added after the last reset shows by id until the next reload.
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
