// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasontablemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace LeadPact {

ReasonTableModel::ReasonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReasonTableModel::setReasons(const QList<Reason> &reasons, const QHash<qint64, qint64> &usage)
{
    beginResetModel();
    m_reasons = reasons;
    m_usage = usage;
    endResetModel();
}

int ReasonTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_reasons.size(); ++row) {
        if (m_reasons.at(row).code == code)
            return row;
    }
    return -1;
}

int ReasonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reasons.size());
}

int ReasonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reason &reason = m_reasons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Code:
            return reason.code;
        case TitleRu:
            return reason.titleRu;
        case TitleEn:
            return reason.titleEn;
        case CommentRequired:
            return reason.commentRequired ? tr("required") : QString();
        case Archived:
            return reason.archived ? tr("archived") : QString();
        case Usage:
            return m_usage.value(reason.id);
        }
        break;
    case Qt::ToolTipRole:
        // A long title is elided in its cell; the tooltip shows all of it.
        if (index.column() == TitleRu)
            return reason.titleRu;
        if (index.column() == TitleEn)
            return reason.titleEn;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Usage)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (reason.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (reason.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ReasonRole:
        return QVariant::fromValue(reason);
    default:
        break;
    }
    return {};
}

QVariant ReasonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case TitleRu:
        return tr("Russian title");
    case TitleEn:
        return tr("English title");
    case CommentRequired:
        return tr("Comment");
    case Archived:
        return tr("Archived");
    case Usage:
        return tr("Leads");
    }
    return {};
}

Qt::ItemFlags ReasonTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_rename && (index.column() == TitleRu || index.column() == TitleEn))
        result |= Qt::ItemIsEditable;
    return result;
}

bool ReasonTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_rename
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (index.column() != TitleRu && index.column() != TitleEn))
        return false;
    Reason &reason = m_reasons[index.row()];
    const QString text = value.toString().trimmed();
    const QString titleRu = index.column() == TitleRu ? text : reason.titleRu;
    const QString titleEn = index.column() == TitleEn ? text : reason.titleEn;
    if (titleRu == reason.titleRu && titleEn == reason.titleEn)
        return true;
    if (!m_rename(reason, titleRu, titleEn))
        return false;
    reason.titleRu = titleRu;
    reason.titleEn = titleEn;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, ReasonRole});
    return true;
}

} // namespace LeadPact
