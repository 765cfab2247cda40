// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/slapolicy.h"
#include "leadpagecache.h"
#include "metrics/metricsservice.h"
#include "storage/leadfilter.h"
#include "storage/leadrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <optional>

namespace LeadPact {

class Clock;
class Database;

// The lead list as a read-only table, windowed for a million rows: rowCount() is the number of
// leads matching the filter (counted in SQL), and rows are read on demand a page at a time into
// a bounded cache, in the filter's order (the SLA queue by default). Filtering and sorting run
// in SQL, so a view must never sort this model. The SLA column counts down against the injected
// clock; the owner of the model calls tickSla() to repaint it and refresh() to re-read the data
// without a reset (views keep selection and scroll position). Storage errors are reported
// through loadFailed() rather than thrown into the event loop, and never by opening a dialog.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Sla,
        Status,
        Received,
        Name,
        Company,
        Phone,
        Channel,
        Owner,
        SlaDue,
        Missing,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LeadRole = Qt::UserRole + 1, // the domain Lead (QVariant holding LeadPact::Lead)
        LeadIdRole,                  // the lead's id (qint64)
        SlaStateRole,                // the SlaState as int
        HotSourceRole,               // bool: the lead's source converts well (SourceScores)
    };

    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 12;

    // Starts empty: connect loadFailed(), then call reload() or setFilter(). The clock must
    // outlive the model.
    LeadTableModel(Database &db, const Clock &clock, QObject *parent = nullptr);

    void setSlaPolicy(const SlaPolicy &policy);
    // The sources' smoothed conversion scores: a lead from a hot source gets a flame in the
    // Channel column and its score in the tooltip.
    void setSourceScores(const SourceScores &scores);
    const SourceScores &sourceScores() const { return m_scores; }
    const SlaPolicy &slaPolicy() const { return m_policy; }

    // Replaces the filter and resets the model to it.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }
    // Resets: counts again and forgets every cached page.
    void reload();
    // Re-reads without a reset: the row count follows the database by rows added or removed
    // at the end, and every row is re-read on demand, so selection and scrolling stay.
    void refresh();
    // Takes a new filter the way refresh() re-reads: for a filter that only moved with time
    // (the "today" period) or that the user expects to keep their place in.
    void setFilterKeepingRows(const LeadFilter &filter);
    // The countdown moved: repaints the SLA column.
    void tickSla();
    // Shows a changed lead at once on its row (if it is on a cached page), before the next
    // refresh re-reads the list. Returns the row, or -1.
    int updateLead(const Lead &lead);

    // How many leads match the filter in the database (what rowCount() reports). Right after a
    // search that matches many leads this is a lower bound (firstCountLimit) while the exact
    // count follows a moment later, once the first page is on screen.
    qint64 totalCount() const { return m_total; }
    bool isCountExact() const { return !m_countPending; }
    static constexpr qint64 firstCountLimit = 2000;
    // How long after a search the exact count is taken: the first page gets painted first.
    static constexpr int exactCountDelayMs = 50;
    // The lead on `row`, reading its page when needed.
    std::optional<Lead> lead(int row) const;
    // The row of the lead among the cached pages, or -1 (never searches the database).
    int cachedRowOf(qint64 leadId) const { return m_cache.rowOf(leadId); }
    // The cached pages (for tests: the middle of a long list is never read just to show its end).
    QList<int> loadedPages() const { return m_cache.loadedPages(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Translated titles of the minimum-data fields ("name, phone").
    static QString missingFieldsText(const Lead &lead);

signals:
    // Reading failed; the message is translated and ready to show.
    void loadFailed(const QString &message);
    // The exact count replaced the first, limited one (rows may have been added with it).
    void countCompleted();

private:
    const Lead *leadAt(int row) const;
    bool readCount(bool mayDefer = false);
    void completeCount(quint64 generation);
    void setRows(qint64 total);
    void reportFailure(const QString &message) const;
    QVariant displayData(const Lead &lead, int column) const;
    QVariant slaData(const Lead &lead, int role) const;
    QString ownerName(const std::optional<qint64> &ownerId) const;
    QVariant channelTip(const Lead &lead) const;

    Database &m_db;
    const Clock &m_clock;
    LeadRepository m_leads;
    LeadFilter m_filter;
    SlaPolicy m_policy;
    mutable LeadPageCache m_cache;
    // After a failed read, no more reads until the next reload or refresh: a view would
    // otherwise query the broken database on every paint.
    mutable bool m_failed = false;
    int m_rows = 0;
    qint64 m_total = 0;
    bool m_countPending = false;
    quint64 m_countGeneration = 0; // a pending exact count for an older filter is dropped
    QHash<qint64, QString> m_ownerNames;
    QIcon m_incompleteIcon;
    QIcon m_hotIcon;
    SourceScores m_scores;
    bool m_haveScores = false;
};

} // namespace LeadPact

