// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxfile.h"

#include "domain/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>

namespace LeadPact {

XlsxFile::XlsxFile(const QString &path, Memory memory)
    : m_path(path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        throw Error(Error::Kind::Storage, tr("Could not write the workbook %1: the folder %2 does "
                                             "not exist.")
                                              .arg(QDir::toNativeSeparators(path),
                                                   QDir::toNativeSeparators(target.absolutePath())));
    }
    m_partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(m_partial);
    lxw_workbook_options options = {};
    options.constant_memory = memory == Memory::Streaming ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_partial).constData(), &options);
    if (!m_workbook) {
        throw Error(Error::Kind::Storage,
                    tr("Could not create the workbook %1.").arg(QDir::toNativeSeparators(path)));
    }
}

XlsxFile::~XlsxFile()
{
    if (m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_partial);
    }
}

void XlsxFile::check(int error) const
{
    if (error != LXW_NO_ERROR) {
        throw Error(Error::Kind::Storage,
                    tr("Could not write the workbook %1: %2.")
                        .arg(QDir::toNativeSeparators(m_path),
                             QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)))));
    }
}

void XlsxFile::addSheet(const QString &name)
{
    m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!m_sheet) {
        throw Error(Error::Kind::Storage, tr("Could not add the sheet \"%1\" to the workbook %2.")
                                              .arg(name, QDir::toNativeSeparators(m_path)));
    }
}

// libxlsxwriter copies each string into the file when it is written, so the temporary UTF-8
// buffer only has to live for the call.
void XlsxFile::text(int row, int column, const QString &value, lxw_format *format)
{
    check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                 value.toUtf8().constData(), format));
}

void XlsxFile::number(int row, int column, double value, lxw_format *format)
{
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
}

void XlsxFile::setColumnWidth(int first, int last, double width)
{
    check(worksheet_set_column(m_sheet, lxw_col_t(first), lxw_col_t(last), width, nullptr));
}

void XlsxFile::freezeRows(int rows, int columns)
{
    worksheet_freeze_panes(m_sheet, lxw_row_t(rows), lxw_col_t(columns));
}

lxw_format *XlsxFile::boldFormat()
{
    if (!m_bold) {
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        format_set_text_wrap(m_bold);
    }
    return m_bold;
}

lxw_format *XlsxFile::titleFormat()
{
    if (!m_title) {
        m_title = workbook_add_format(m_workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
    }
    return m_title;
}

lxw_format *XlsxFile::moneyFormat()
{
    if (!m_money) {
        m_money = workbook_add_format(m_workbook);
        format_set_num_format(m_money, "#,##0.00");
    }
    return m_money;
}

lxw_format *XlsxFile::totalFormat()
{
    if (!m_total) {
        m_total = workbook_add_format(m_workbook);
        format_set_bold(m_total);
        format_set_top(m_total, LXW_BORDER_THIN);
    }
    return m_total;
}

lxw_format *XlsxFile::totalMoneyFormat()
{
    if (!m_totalMoney) {
        m_totalMoney = workbook_add_format(m_workbook);
        format_set_num_format(m_totalMoney, "#,##0.00");
        format_set_bold(m_totalMoney);
        format_set_top(m_totalMoney, LXW_BORDER_THIN);
    }
    return m_totalMoney;
}

void XlsxFile::commit()
{
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr;
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_partial);
        check(closed);
    }
    // rename(2) replaces an existing file in one step.
    if (std::rename(QFile::encodeName(m_partial).constData(),
                    QFile::encodeName(QFileInfo(m_path).absoluteFilePath()).constData())
        != 0) {
        QFile::remove(m_partial);
        throw Error(Error::Kind::Storage,
                    tr("Could not write the workbook %1.").arg(QDir::toNativeSeparators(m_path)));
    }
}

} // namespace LeadPact
