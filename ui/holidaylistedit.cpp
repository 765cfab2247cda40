// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaylistedit.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace LeadPact {

HolidayListEdit::HolidayListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_date(new QDateEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_list->setObjectName(QStringLiteral("holidays"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Holidays"));
    m_date->setObjectName(QStringLiteral("holidayDate"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Holiday to add"));
    m_add->setObjectName(QStringLiteral("addHoliday"));
    m_remove->setObjectName(QStringLiteral("removeHoliday"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 3, 1);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &HolidayListEdit::addDate);
    connect(m_remove, &QPushButton::clicked, this, &HolidayListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &HolidayListEdit::updateButtons);
    connect(m_date, &QDateEdit::dateChanged, this, &HolidayListEdit::updateButtons);
    updateButtons();
}

QSet<QDate> HolidayListEdit::holidays() const
{
    QSet<QDate> result;
    for (int row = 0; row < m_list->count(); ++row)
        result.insert(m_list->item(row)->data(Qt::UserRole).toDate());
    return result;
}

void HolidayListEdit::setHolidays(const QSet<QDate> &holidays)
{
    QList<QDate> sorted(holidays.cbegin(), holidays.cend());
    std::sort(sorted.begin(), sorted.end());
    m_list->clear();
    for (const QDate &date : sorted) {
        auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat));
        item->setData(Qt::UserRole, date);
        m_list->addItem(item);
    }
    updateButtons();
}

void HolidayListEdit::setSuggestedDate(const QDate &date)
{
    m_date->setDate(date);
}

void HolidayListEdit::addDate()
{
    QSet<QDate> dates = holidays();
    const QDate date = m_date->date();
    if (dates.contains(date))
        return;
    dates.insert(date);
    setHolidays(dates);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toDate() == date)
            m_list->setCurrentRow(row);
    }
    emit changed();
}

void HolidayListEdit::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    emit changed();
}

void HolidayListEdit::updateButtons()
{
    m_add->setEnabled(!holidays().contains(m_date->date()));
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace LeadPact
