// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reason.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace LeadPact {

// The reasons of one catalog as a table for the catalog editor, with how many leads use each.
// The titles are editable in place when a rename handler is set: the handler (the editor,
// calling CatalogService) decides, and the cell changes only when it succeeds.
class ReasonTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, TitleRu, TitleEn, CommentRequired, Archived, Usage, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ReasonRole = Qt::UserRole + 1, // the domain Reason (QVariant holding LeadPact::Reason)
    };

    // Returns whether the reason was renamed to the given titles.
    using RenameHandler
        = std::function<bool(const Reason &reason, const QString &titleRu, const QString &titleEn)>;

    explicit ReasonTableModel(QObject *parent = nullptr);

    // Replaces the rows: `reasons` in catalog order, `usage` counted by reason id.
    void setReasons(const QList<Reason> &reasons, const QHash<qint64, qint64> &usage);
    void setRenameHandler(RenameHandler handler) { m_rename = std::move(handler); }

    const Reason &reason(int row) const { return m_reasons.at(row); }
    qint64 usage(int row) const { return m_usage.value(m_reasons.at(row).id); }
    // The row holding the code, or -1.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Reason> m_reasons;
    QHash<qint64, qint64> m_usage;
    RenameHandler m_rename;
};

} // namespace LeadPact

Q_DECLARE_METATYPE(LeadPact::Reason)
