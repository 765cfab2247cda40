// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace LeadPact {

// An Excel workbook written with libxlsxwriter that appears complete or not at all: it is
// written beside the target (".part") and renamed over it by commit(); destroyed without a
// commit, it leaves nothing behind. Every failure throws Error(Storage) naming the file.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    enum class Memory {
        Normal,   // any cell in any order
        Streaming // rows strictly in order, a row in memory at a time (a million leads)
    };

    explicit XlsxFile(const QString &path, Memory memory = Memory::Normal);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // Sheets are added in order; the cell functions write on the last one.
    void addSheet(const QString &name);
    void text(int row, int column, const QString &value, lxw_format *format = nullptr);
    void number(int row, int column, double value, lxw_format *format = nullptr);
    void setColumnWidth(int first, int last, double width);
    void freezeRows(int rows, int columns = 0);

    lxw_format *boldFormat();        // bold, with a rule under it (header rows)
    lxw_format *titleFormat();       // bold, larger
    lxw_format *moneyFormat();       // #,##0.00
    lxw_format *totalFormat();       // bold, with a rule above it
    lxw_format *totalMoneyFormat();  // bold #,##0.00, with a rule above it

    void commit();

private:
    void check(int error) const;

    QString m_path;
    QString m_partial;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_total = nullptr;
    lxw_format *m_totalMoney = nullptr;
};

} // namespace LeadPact
