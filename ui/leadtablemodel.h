// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "storage/leadfilter.h"
#include "storage/leadrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace LeadPact {

class Database;

// The lead list as a read-only table. Rows come from LeadRepository in the filter's order (the
// SLA queue by default), loaded lazily a page at a time: filtering and sorting run in SQL, so a
// view must never sort this model itself. Storage errors are reported through loadFailed()
// rather than thrown into the event loop, and never by opening a dialog.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Received, Status, Owner, Channel, Name, Phone, SlaDue, Missing, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        LeadRole = Qt::UserRole + 1, // the domain Lead (QVariant holding LeadPact::Lead)
    };

    static constexpr int pageSize = 200;

    // Starts empty: connect loadFailed(), then call reload() or setFilter() to read the first page.
    explicit LeadTableModel(Database &db, QObject *parent = nullptr);

    // Replaces the filter and reloads from the first page.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }
    // Reloads with the current filter (owner names included).
    void reload();

    // How many leads match the filter in the database (rowCount() is how many are loaded).
    qint64 totalCount() const { return m_total; }
    // The lead on a loaded row; row must be in [0, rowCount()).
    const Lead &lead(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Translated titles of the minimum-data fields ("name, phone").
    static QString missingFieldsText(const Lead &lead);

signals:
    // A page could not be read; the message is translated and ready to show.
    void loadFailed(const QString &message);

private:
    void resetRows();
    QVariant displayData(const Lead &lead, int column) const;
    QString ownerName(const std::optional<qint64> &ownerId) const;

    LeadRepository m_leads;
    Database &m_db;
    LeadFilter m_filter;
    QList<Lead> m_rows;
    qint64 m_total = 0;
    bool m_deliveringReset = false;
    QHash<qint64, QString> m_ownerNames;
    QIcon m_incompleteIcon;
};

} // namespace LeadPact

Q_DECLARE_METATYPE(LeadPact::Lead)
