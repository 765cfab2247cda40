// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include <QJsonObject>
#include <QLocale>

namespace LeadPact {

namespace {

std::optional<qint64> ownerFrom(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? std::nullopt
                                                 : std::optional<qint64>(value.toInteger());
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setContext(const QHash<qint64, QString> &userNames,
                               const ReasonCatalog &reasons)
{
    m_userNames = userNames;
    m_reasons = reasons;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TimelineModel::setEvents(const QList<LeadEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return userName(event.actorId);
        case What:
            return whatText(event);
        case Reason:
            return reasonTitle(event);
        case Comment:
            return event.comment;
        }
        return {};
    case Qt::AccessibleTextRole: {
        // The whole event for a screen reader, which meets the timeline one row at a time.
        QStringList parts = {QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat),
                             userName(event.actorId), whatText(event)};
        if (const QString reason = reasonTitle(event); !reason.isEmpty())
            parts.append(tr("Reason: %1").arg(reason));
        if (!event.comment.trimmed().isEmpty())
            parts.append(event.comment.trimmed());
        return parts.join(QStringLiteral(". "));
    }
    case EventIdRole:
        return event.id;
    case EventKindRole:
        return static_cast<int>(event.kind);
    default:
        return {};
    }
}

QString TimelineModel::whatText(const LeadEvent &event) const
{
    const auto statusChange = [&event] {
        if (!event.fromStatus || !event.toStatus)
            return QString();
        return tr("%1 → %2").arg(statusTitle(*event.fromStatus), statusTitle(*event.toStatus));
    };
    switch (event.kind) {
    case EventKind::Created:
        return event.toStatus ? tr("Received (%1)").arg(statusTitle(*event.toStatus))
                              : tr("Received");
    case EventKind::StatusChanged:
        return statusChange();
    case EventKind::Assigned: {
        const QJsonObject owner = event.changes.value(QStringLiteral("owner_id")).toObject();
        return tr("Reassigned: %1 → %2")
            .arg(userName(ownerFrom(owner.value(QStringLiteral("from")))),
                 userName(ownerFrom(owner.value(QStringLiteral("to")))));
    }
    case EventKind::Compensation: {
        const QString change = statusChange();
        return change.isEmpty() ? tr("Undone: the previous change")
                                : tr("Undone: %1").arg(change);
    }
    case EventKind::Edited:
        return tr("Data edited: %1").arg(event.changes.keys().join(QStringLiteral(", ")));
    }
    return {};
}

QString TimelineModel::userName(std::optional<qint64> id) const
{
    if (!id)
        return tr("Unassigned");
    const auto name = m_userNames.constFind(*id);
    return name != m_userNames.cend() ? *name : tr("User #%1").arg(*id);
}

QString TimelineModel::reasonTitle(const LeadEvent &event) const
{
    if (!event.reasonId)
        return {};
    const LeadPact::Reason *reason = m_reasons.findById(*event.reasonId);
    return reason ? reason->title() : tr("Reason #%1").arg(*event.reasonId);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Reason:
        return tr("Reason");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace LeadPact
