// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicypage.h"

#include "holidaylistedit.h"
#include "workhoursedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

// Wider than SlaPolicy allows on purpose: an out-of-range value shows the core's message
// instead of being silently clamped.
constexpr int maxMinutes = 7 * 24 * 60;

QSpinBox *makeMinutes(QWidget *parent, const QString &name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, maxMinutes);
    spin->setSuffix(SlaPolicyPage::tr(" min"));
    return spin;
}

} // namespace

SlaPolicyPage::SlaPolicyPage(QWidget *parent)
    : QWidget(parent)
    , m_firstContact(makeMinutes(this, QStringLiteral("firstContactMinutes")))
    , m_dueSoon(makeMinutes(this, QStringLiteral("dueSoonMinutes")))
    , m_timeZone(new QComboBox(this))
    , m_hours(new WorkHoursEdit(this))
    , m_holidays(new HolidayListEdit(this))
{
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    // "Moscow" finds Europe/Moscow: typing any part of the name narrows the list.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *form = new QFormLayout;
    form->addRow(tr("&First contact within:"), m_firstContact);
    form->addRow(tr("&Due soon when left:"), m_dueSoon);
    form->addRow(tr("Time &zone:"), m_timeZone);

    auto *hint = new QLabel(tr("Minutes count in working time only. A change applies to leads "
                               "arriving after it; deadlines already given stay as they are."),
                            this);
    hint->setObjectName(QStringLiteral("policyHint"));
    hint->setWordWrap(true);

    auto *hoursBox = new QGroupBox(tr("Working hours"), this);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(m_hours);
    auto *holidaysBox = new QGroupBox(tr("Holidays"), this);
    auto *holidaysLayout = new QVBoxLayout(holidaysBox);
    holidaysLayout->addWidget(m_holidays);

    auto *calendar = new QHBoxLayout;
    calendar->addWidget(hoursBox);
    calendar->addWidget(holidaysBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(calendar, 1);

    connect(m_firstContact, &QSpinBox::valueChanged, this, &SlaPolicyPage::changed);
    connect(m_dueSoon, &QSpinBox::valueChanged, this, &SlaPolicyPage::changed);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SlaPolicyPage::changed);
    connect(m_hours, &WorkHoursEdit::changed, this, &SlaPolicyPage::changed);
    connect(m_holidays, &HolidayListEdit::changed, this, &SlaPolicyPage::changed);
}

SlaPolicy SlaPolicyPage::policy() const
{
    SlaPolicy policy;
    policy.firstContactMinutes = m_firstContact->value();
    policy.dueSoonMinutes = m_dueSoon->value();
    policy.calendar.setTimeZone(QTimeZone(m_timeZone->currentText().trimmed().toLatin1()));
    m_hours->applyTo(policy.calendar);
    policy.calendar.setHolidays(m_holidays->holidays());
    return policy;
}

void SlaPolicyPage::setPolicy(const SlaPolicy &policy)
{
    const QSignalBlocker blocker(this);
    m_firstContact->setValue(policy.firstContactMinutes);
    m_dueSoon->setValue(policy.dueSoonMinutes);
    m_timeZone->setCurrentText(QString::fromLatin1(policy.calendar.timeZone().id()));
    m_hours->setHours(policy.calendar);
    m_holidays->setHolidays(policy.calendar.holidays());
}

void SlaPolicyPage::setToday(const QDate &today)
{
    m_holidays->setSuggestedDate(today);
}

} // namespace LeadPact
