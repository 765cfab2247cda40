// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QAbstractTableModel>

#include <optional>

namespace LeadPact {

// A column of the metrics table: its title, how its numbers are shown, and whether a click on
// one of its cells lists the leads behind the number.
struct MetricsColumn
{
    QString key;
    QString title;
    ValueFormat format = ValueFormat::Count;
    bool drillable = false;
};

// A row: its label (the first column) and one number per column, nothing where core has no
// number (ROMI without spend).
struct MetricsRow
{
    QString key;
    QString label;
    QList<std::optional<double>> values;
    bool isTotal = false; // drawn in bold
};

// A read-only table of numbers computed by core (ROMI/CPL, cycle and deal size per channel):
// the first column names the row, the others hold the formatted numbers. Also writes itself as
// CSV for Excel.
class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the number as double (invalid where there is none)
        DrillableRole,                // true where a click lists the leads behind the number
    };

    explicit MetricsTableModel(QObject *parent = nullptr);

    void setTable(const QList<MetricsColumn> &columns, const QList<MetricsRow> &rows,
                  const QString &labelTitle);
    const QList<MetricsColumn> &columns() const { return m_columns; }
    const QList<MetricsRow> &rows() const { return m_rows; }
    // The number at a cell of the view (column 0 is the label: nothing there).
    std::optional<double> value(int row, int column) const;
    bool isDrillable(int row, int column) const;

    // The table as CSV: UTF-8 with a byte order mark (Excel reads the Cyrillic right), the
    // header row first, numbers unformatted with the locale's decimal separator, fields
    // separated by ';' where the decimal separator is a comma (as Excel expects there) and by
    // ',' otherwise, lines ending with CRLF.
    QByteArray toCsv() const;
    bool exportCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MetricsColumn> m_columns;
    QList<MetricsRow> m_rows;
    QString m_labelTitle;
};

} // namespace LeadPact
