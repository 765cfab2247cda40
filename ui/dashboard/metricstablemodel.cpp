// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstablemodel.h"

#include "charts/chartstyle.h"

#include <QFile>
#include <QFont>
#include <QLocale>
#include <QSaveFile>

namespace LeadPact {

namespace {

QString csvField(QString text, QChar separator)
{
    if (text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricsTableModel::setTable(const QList<MetricsColumn> &columns,
                                 const QList<MetricsRow> &rows, const QString &labelTitle)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_labelTitle = labelTitle;
    endResetModel();
}

std::optional<double> MetricsTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_columns.size())
        return std::nullopt;
    return m_rows.at(row).values.value(column - 1);
}

bool MetricsTableModel::isDrillable(int row, int column) const
{
    return value(row, column).has_value() && m_columns.at(column - 1).drillable;
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int column = index.column();
    if (role == Qt::FontRole && m_rows.at(index.row()).isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_rows.at(index.row()).label;
        return QVariant();
    }
    const std::optional<double> number = value(index.row(), column);
    const MetricsColumn &spec = m_columns.at(column - 1);
    switch (role) {
    case Qt::DisplayRole:
        // A dash, not 0, where core has no number: "no spend entered" is not "free".
        return number ? ChartStyle::formatValue(*number, spec.format) : tr("—");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (isDrillable(index.row(), column))
            return tr("Click to list these leads");
        return QVariant();
    case ValueRole:
        return number ? QVariant(*number) : QVariant();
    case DrillableRole:
        return isDrillable(index.row(), column);
    default:
        return QVariant();
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_labelTitle;
    return section <= m_columns.size() ? m_columns.at(section - 1).title : QVariant();
}

QByteArray MetricsTableModel::toCsv() const
{
    const QLocale locale;
    const QChar separator = locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';')
                                                                         : QLatin1Char(',');
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString lineEnd = QStringLiteral("\r\n");

    QStringList header{csvField(m_labelTitle, separator)};
    for (const MetricsColumn &column : m_columns)
        header.append(csvField(column.title, separator));
    QString text = header.join(separator) + lineEnd;
    for (const MetricsRow &row : m_rows) {
        QStringList fields{csvField(row.label, separator)};
        for (int column = 0; column < m_columns.size(); ++column) {
            const std::optional<double> number = row.values.value(column);
            // Shortest exact form: 1234 for a count, 12.5 for a percentage.
            fields.append(number ? numbers.toString(*number, 'f', QLocale::FloatingPointShortest)
                                 : QString());
        }
        text += fields.join(separator) + lineEnd;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool MetricsTableModel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(toCsv());
    return file.commit();
}

} // namespace LeadPact
