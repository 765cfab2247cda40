// SPDX-License-Identifier: GPL-3.0-or-later
#include "wonsection.h"

#include "domain/leadaction.h"
#include "domain/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace LeadPact {

WonSection::WonSection(const QDate &today, QWidget *parent)
    : ActionSection(parent)
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_paidOn(new QDateEdit(this))
{
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. 150 000,00"));

    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("RUB"),
                          QStringLiteral("USD"),
                          QStringLiteral("EUR"),
                          QStringLiteral("KZT"),
                          QStringLiteral("BYN")});
    m_currency->setCurrentIndex(0);

    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDate(today);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Paid on:"), m_paidOn);

    connect(m_amount, &QLineEdit::textChanged, this, &ActionSection::changed);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ActionSection::changed);
    connect(m_paidOn, &QDateEdit::dateChanged, this, &ActionSection::changed);
}

void WonSection::fillRequest(TransitionRequest &request) const
{
    request.amountMinor = parseAmount(m_amount->text());
    request.currency = m_currency->currentText().trimmed().toUpper();
    request.paidOn = m_paidOn->date();
}

QStringList WonSection::inputProblems() const
{
    const QString text = m_amount->text().trimmed();
    if (!text.isEmpty() && !parseAmount(text))
        return {tr("The amount \"%1\" is not a number.").arg(text)};
    return {};
}

QWidget *WonSection::firstField() const
{
    return m_amount;
}

} // namespace LeadPact
