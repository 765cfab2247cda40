// SPDX-License-Identifier: GPL-3.0-or-later
#include "transitiondialog.h"

#include "contactsection.h"
#include "domain/leadworkflow.h"
#include "qualifysection.h"
#include "reasonsection.h"
#include "reviewsection.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "wonsection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

ActionSection *makeSection(LeadAction action,
                           const Lead &lead,
                           const ReasonCatalog &catalog,
                           const Clock &clock,
                           QWidget *parent)
{
    switch (action) {
    case LeadAction::LogContact:
        return new ContactSection(clock.now(), parent);
    case LeadAction::Qualify:
        return new QualifySection(parent);
    case LeadAction::Reject:
        return new ReasonSection(catalog, ReasonKind::Rejection, parent);
    case LeadAction::MarkLost:
        return new ReasonSection(catalog, ReasonKind::Loss, parent);
    case LeadAction::MarkWon:
        return new WonSection(clock.now().toLocalTime().date(), parent);
    case LeadAction::Dispute:
        return new ReviewSection(lead, catalog, true, parent);
    case LeadAction::ConfirmRejection:
    case LeadAction::ReturnToManager:
        return new ReviewSection(lead, catalog, false, parent);
    }
    return nullptr;
}

} // namespace

TransitionDialog::TransitionDialog(LeadAction action,
                                   const Lead &lead,
                                   const User &actor,
                                   const LeadService &service,
                                   const ReasonCatalog &catalog,
                                   const Clock &clock,
                                   QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_lead(lead)
    , m_actor(actor)
    , m_service(service)
    , m_section(makeSection(action, lead, catalog, clock, this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    const QString name = lead.name.trimmed().isEmpty() ? tr("lead %1").arg(lead.id) : lead.name;
    setWindowTitle(tr("%1 — %2").arg(actionTitle(action), name));

    auto *heading
        = new QLabel(tr("<b>%1</b> · %2").arg(name.toHtmlEscaped(), statusTitle(lead.status)), this);
    heading->setObjectName(QStringLiteral("leadHeading"));

    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x1e));
    m_problemLabel->setPalette(warning);

    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionTitle(action));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_section, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
    connect(m_section, &ActionSection::changed, this, &TransitionDialog::recheck);

    // Wide enough for the problem messages to wrap into a few readable lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    recheck();
    m_section->firstField()->setFocus();
}

TransitionRequest TransitionDialog::request() const
{
    TransitionRequest request;
    request.action = m_action;
    m_section->fillRequest(request);
    return request;
}

QStringList TransitionDialog::problems() const
{
    QStringList messages = m_section->inputProblems();
    const QStringList explained = m_section->explainedFields();
    for (const TransitionProblem &problem : m_service.check(m_lead, request(), m_actor)) {
        if (problem.field.isEmpty() || !explained.contains(problem.field))
            messages.append(problem.message);
    }
    return messages;
}

void TransitionDialog::recheck()
{
    const QStringList messages = problems();
    QStringList lines;
    for (const QString &message : messages)
        lines.append(tr("• %1").arg(message));
    m_problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

void TransitionDialog::accept()
{
    // Enter reaches here only through an enabled OK, but a caller might call accept() itself.
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

} // namespace LeadPact
