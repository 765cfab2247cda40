// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsection.h"

#include "domain/leadaction.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>

namespace LeadPact {

ContactSection::ContactSection(const QDateTime &now, QWidget *parent)
    : ActionSection(parent)
    , m_kind(new QComboBox(this))
    , m_time(new QDateTimeEdit(this))
{
    m_kind->setObjectName(QStringLiteral("contactKind"));
    for (ContactKind kind : {ContactKind::Call, ContactKind::Message, ContactKind::Email})
        m_kind->addItem(contactKindTitle(kind), QVariant::fromValue(static_cast<int>(kind)));

    m_time->setObjectName(QStringLiteral("contactTime"));
    m_time->setCalendarPopup(true);
    m_time->setDateTime(now.toLocalTime());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Contact by:"), m_kind);
    form->addRow(tr("Contact &time:"), m_time);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActionSection::changed);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ActionSection::changed);
}

void ContactSection::fillRequest(TransitionRequest &request) const
{
    request.contactKind = static_cast<ContactKind>(m_kind->currentData().toInt());
    request.contactAt = m_time->dateTime().toUTC();
}

QWidget *ContactSection::firstField() const
{
    return m_kind;
}

} // namespace LeadPact
