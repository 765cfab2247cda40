// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualifysection.h"

#include "domain/leadaction.h"
#include "domain/money.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace LeadPact {

QualifySection::QualifySection(QWidget *parent)
    : ActionSection(parent)
    , m_need(new QCheckBox(tr("&Need confirmed"), this))
    , m_budget(new QCheckBox(tr("&Budget confirmed"), this))
    , m_authority(new QCheckBox(tr("&Decision-maker confirmed"), this))
    , m_amount(new QLineEdit(this))
    , m_comment(makeCommentEdit())
{
    m_need->setObjectName(QStringLiteral("need"));
    m_budget->setObjectName(QStringLiteral("budget"));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("optional, e.g. 150 000"));

    auto *checks = new QVBoxLayout;
    for (QCheckBox *box : {m_need, m_budget, m_authority}) {
        checks->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ActionSection::changed);
    }

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("SQL checklist:"), checks);
    form->addRow(tr("E&xpected amount:"), m_amount);
    form->addRow(tr("N&otes:"), m_comment);

    connect(m_amount, &QLineEdit::textChanged, this, &ActionSection::changed);
}

void QualifySection::fillRequest(TransitionRequest &request) const
{
    request.needConfirmed = m_need->isChecked();
    request.budgetConfirmed = m_budget->isChecked();
    request.authorityConfirmed = m_authority->isChecked();
    request.expectedAmountMinor = parseAmount(m_amount->text());
    request.comment = m_comment->toPlainText();
}

QStringList QualifySection::inputProblems() const
{
    const QString text = m_amount->text().trimmed();
    if (!text.isEmpty() && !parseAmount(text))
        return {tr("The expected amount \"%1\" is not a number.").arg(text)};
    return {};
}

QWidget *QualifySection::firstField() const
{
    return m_need;
}

} // namespace LeadPact
