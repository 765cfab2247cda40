// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncontroller.h"

#include "dialogrunner.h"
#include "domain/error.h"
#include "domain/leadworkflow.h"
#include "domain/permissions.h"
#include "service/catalogservice.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "service/userservice.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace LeadPact {

namespace {

QKeySequence shortcutFor(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact:
        return QKeySequence(Qt::CTRL | Qt::Key_1);
    case LeadAction::Qualify:
        return QKeySequence(Qt::CTRL | Qt::Key_2);
    case LeadAction::Reject:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case LeadAction::MarkWon:
        return QKeySequence(Qt::CTRL | Qt::Key_W);
    case LeadAction::MarkLost:
        return QKeySequence(Qt::CTRL | Qt::Key_L);
    case LeadAction::Dispute:
        return QKeySequence(Qt::CTRL | Qt::Key_D);
    case LeadAction::ConfirmRejection:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case LeadAction::ReturnToManager:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    }
    return {};
}

// The order of the Lead menu and the toolbar: the manager's path first.
constexpr std::array<LeadAction, 8> menuOrder = {
    LeadAction::LogContact,       LeadAction::Qualify,         LeadAction::MarkWon,
    LeadAction::MarkLost,         LeadAction::Reject,          LeadAction::Dispute,
    LeadAction::ConfirmRejection, LeadAction::ReturnToManager,
};

} // namespace

ActionController::ActionController(Database &db, LeadService &service, const Clock &clock,
                                   DialogRunner &runner, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_service(service)
    , m_clock(clock)
    , m_runner(runner)
    , m_dialogParent(dialogParent)
{
    for (LeadAction leadAction : menuOrder) {
        QAction *action = makeAction(actionTitle(leadAction) + QStringLiteral("…"),
                                     shortcutFor(leadAction),
                                     QStringLiteral("action_") + actionCode(leadAction));
        connect(action, &QAction::triggered, this, [this, leadAction] { perform(leadAction); });
        m_actions.insert(leadAction, action);
    }
    m_reassign = makeAction(tr("Reassign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                            QStringLiteral("reassignAction"));
    connect(m_reassign, &QAction::triggered, this, &ActionController::reassign);
    m_undo = makeAction(tr("&Undo"), QKeySequence::Undo, QStringLiteral("undoAction"));
    connect(m_undo, &QAction::triggered, this, &ActionController::undo);
    m_catalog = makeAction(tr("Rejection and loss &reasons…"), {},
                           QStringLiteral("catalogAction"));
    connect(m_catalog, &QAction::triggered, this, &ActionController::editCatalog);
    updateActions();
}

QAction *ActionController::makeAction(const QString &text, const QKeySequence &shortcut,
                                      const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // The window owns the shortcuts, whatever has the focus inside it.
    action->setShortcutContext(Qt::WindowShortcut);
    if (!shortcut.isEmpty()) {
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QStringLiteral("…")),
                                             shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

QList<QAction *> ActionController::leadActions() const
{
    QList<QAction *> actions;
    for (LeadAction action : menuOrder)
        actions.append(m_actions.value(action));
    return actions;
}

void ActionController::setUser(const User &user)
{
    m_user = user;
    m_undoOffer.reset();
    updateActions();
}

void ActionController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ActionController::setLead(const std::optional<Lead> &lead)
{
    m_lead = lead;
    updateActions();
}

QAction *ActionController::primaryAction() const
{
    if (!m_lead || m_readOnly)
        return nullptr;
    // availableActions() keeps the state machine's order: the most likely next step first.
    const QList<LeadAction> available = LeadWorkflow::availableActions(*m_lead, m_user);
    return available.isEmpty() ? nullptr : m_actions.value(available.first());
}

void ActionController::updateActions()
{
    const QList<LeadAction> available = m_lead && !m_readOnly
                                            ? LeadWorkflow::availableActions(*m_lead, m_user)
                                            : QList<LeadAction>();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        // An action the role may never take is not offered at all; others grey out per lead.
        it.value()->setVisible(Permissions::roleMay(m_user.role, it.key()));
        it.value()->setEnabled(available.contains(it.key()));
    }
    const bool mayReassign = Permissions::mayReassign(m_user.role);
    m_reassign->setVisible(mayReassign);
    m_reassign->setEnabled(mayReassign && m_lead && !m_readOnly);
    m_catalog->setVisible(Permissions::mayEditCatalog(m_user.role));
    m_catalog->setEnabled(!m_readOnly);
    m_undo->setEnabled(m_undoOffer && !m_readOnly && m_undoOffer->actorId == m_user.id);
}

void ActionController::perform(LeadAction action)
{
    if (!m_lead || !m_actions.value(action)->isEnabled())
        return;
    const Lead lead = *m_lead;
    const std::optional<TransitionRequest> request = m_runner.transition(
        action, lead, m_user, m_service, CatalogService(m_db).catalog(), m_clock, m_dialogParent);
    if (!request)
        return;
    try {
        const TransitionOutcome outcome = m_service.perform(lead.id, *request, m_user);
        offerUndo(outcome.event.id, lead.id);
        emit leadChanged(outcome.lead);
        emit message(tr("Lead %1: %2 → %3. Ctrl+Z undoes it for %n second(s).", nullptr,
                        LeadService::undoWindowSeconds)
                         .arg(lead.id)
                         .arg(statusTitle(lead.status), statusTitle(outcome.lead.status)));
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ActionController::reassign()
{
    if (!m_lead || !m_reassign->isEnabled())
        return;
    const Lead lead = *m_lead;
    try {
        const std::optional<OwnerChoice> choice
            = m_runner.reassign(lead, UserService(m_db).list(), m_dialogParent);
        if (!choice)
            return;
        const Lead changed = m_service.assign(lead.id, choice->ownerId, m_user);
        if (changed.version != lead.version) {
            // assign() does not return its event: the newest one of the lead is it.
            const QList<LeadEvent> history = m_service.history(lead.id);
            if (!history.isEmpty() && history.last().kind == EventKind::Assigned)
                offerUndo(history.last().id, lead.id);
        }
        emit leadChanged(changed);
        emit message(tr("Lead %1 reassigned.").arg(lead.id));
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ActionController::offerUndo(qint64 eventId, qint64 leadId)
{
    m_undoOffer = UndoOffer{eventId, leadId, m_user.id, m_clock.now()};
    updateActions();
}

void ActionController::undo()
{
    if (!m_undoOffer || !m_undo->isEnabled())
        return;
    const UndoOffer offer = *m_undoOffer;
    m_undoOffer.reset();
    updateActions();
    try {
        const Lead restored = m_service.undo(offer.eventId, m_user);
        emit leadChanged(restored);
        emit message(tr("Undone: lead %1 is \"%2\" again.")
                         .arg(restored.id)
                         .arg(statusTitle(restored.status)));
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ActionController::tick()
{
    if (m_undoOffer
        && m_undoOffer->at.secsTo(m_clock.now()) > LeadService::undoWindowSeconds) {
        m_undoOffer.reset();
        updateActions();
    }
}

void ActionController::editCatalog()
{
    CatalogService service(m_db);
    m_runner.editCatalog(service, m_user, m_dialogParent);
    emit catalogChanged();
}

} // namespace LeadPact
