// SPDX-License-Identifier: GPL-3.0-or-later
#include "workhoursedit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace LeadPact {

namespace {

// objectName suffixes; fixed English abbreviations so tests find rows in any language.
const char *const dayKeys[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const QTime defaultStart(9, 0);
const QTime defaultEnd(18, 0);

QTimeEdit *makeTimeEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

WorkHoursEdit::WorkHoursEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Day"), this), 0, 0);
    grid->addWidget(new QLabel(tr("From"), this), 0, 1);
    grid->addWidget(new QLabel(tr("To"), this), 0, 2);
    for (int day = 0; day < 7; ++day) {
        const QString key = QLatin1String(dayKeys[day]);
        Row &row = m_rows[size_t(day)];
        // Day names come from the locale, so no accelerators: seven unique ones would clash
        // with the rest of the dialog.
        QString name = QLocale().standaloneDayName(day + 1);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // Russian day names are lowercase
        row.works = new QCheckBox(name, this);
        row.works->setObjectName(QStringLiteral("works") + key);
        row.start = makeTimeEdit(this, QStringLiteral("start") + key);
        row.end = makeTimeEdit(this, QStringLiteral("end") + key);
        row.start->setAccessibleName(tr("%1: start").arg(row.works->text()));
        row.end->setAccessibleName(tr("%1: end").arg(row.works->text()));
        grid->addWidget(row.works, day + 1, 0);
        grid->addWidget(row.start, day + 1, 1);
        grid->addWidget(row.end, day + 1, 2);

        connect(row.works, &QCheckBox::toggled, this, [this, day] {
            updateRow(m_rows[size_t(day)]);
            emit changed();
        });
        connect(row.start, &QTimeEdit::timeChanged, this, &WorkHoursEdit::changed);
        connect(row.end, &QTimeEdit::timeChanged, this, &WorkHoursEdit::changed);
    }
    grid->setColumnStretch(3, 1);
}

void WorkHoursEdit::setHours(const WorkCalendar &calendar)
{
    const QSignalBlocker blocker(this);
    for (int day = 0; day < 7; ++day) {
        const Row &row = m_rows[size_t(day)];
        const auto hours = calendar.hours(Qt::DayOfWeek(day + 1));
        row.works->setChecked(hours.has_value());
        row.start->setTime(hours ? hours->start : defaultStart);
        row.end->setTime(hours ? hours->end : defaultEnd);
        updateRow(row);
    }
}

void WorkHoursEdit::applyTo(WorkCalendar &calendar) const
{
    for (int day = 0; day < 7; ++day) {
        const Row &row = m_rows[size_t(day)];
        std::optional<WorkCalendar::Hours> hours;
        if (row.works->isChecked())
            hours = WorkCalendar::Hours {row.start->time(), row.end->time()};
        calendar.setHours(Qt::DayOfWeek(day + 1), hours);
    }
}

void WorkHoursEdit::updateRow(const Row &row)
{
    row.start->setEnabled(row.works->isChecked());
    row.end->setEnabled(row.works->isChecked());
}

} // namespace LeadPact
