// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/leadevent.h"
#include "domain/reason.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace LeadPact {

// One lead's history from the event log, oldest first: when (local time), who (the user's
// display name), what (the status change with both titles, a reassignment, an undo), the
// reason and the comment. Read-only; the log itself is never edited.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Reason, Comment, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole + 1, // the event's id (qint64)
        EventKindRole,                  // the EventKind as int
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Who is who (user id -> display name) and the reasons, for the texts.
    void setContext(const QHash<qint64, QString> &userNames, const ReasonCatalog &reasons);
    // Shows these events (a reset).
    void setEvents(const QList<LeadEvent> &events);
    void clear() { setEvents({}); }
    const QList<LeadEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What happened, in words ("New → In work", "Undone: In work → New").
    QString whatText(const LeadEvent &event) const;

private:
    QString userName(std::optional<qint64> id) const;
    QString reasonTitle(const LeadEvent &event) const;

    QList<LeadEvent> m_events;
    QHash<qint64, QString> m_userNames;
    ReasonCatalog m_reasons;
};

} // namespace LeadPact
