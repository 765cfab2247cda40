// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "domain/role.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace LeadPact {

class Clock;
class Database;
class DialogRunner;
class LeadService;

// The actions on the selected lead — the state-machine actions, reassignment, undo and the
// catalog editor — as QActions with shortcuts for menu and toolbar. Each is offered per the
// user's role and enabled per the lead (LeadWorkflow::availableActions); running one asks its
// dialog through the DialogRunner, then LeadService does it. The result is announced with
// leadChanged() and message(); the author may undo it within LeadService::undoWindowSeconds.
class ActionController final : public QObject
{
    Q_OBJECT

public:
    // Everything passed in must outlive the controller; dialogs open over `dialogParent`.
    ActionController(Database &db, LeadService &service, const Clock &clock,
                     DialogRunner &runner, QWidget *dialogParent);

    void setUser(const User &user);
    void setReadOnly(bool readOnly);
    void setLead(const std::optional<Lead> &lead);

    QAction *action(LeadAction action) const { return m_actions.value(action); }
    // The state-machine actions in menu order.
    QList<QAction *> leadActions() const;
    QAction *reassignAction() const { return m_reassign; }
    QAction *undoAction() const { return m_undo; }
    QAction *catalogAction() const { return m_catalog; }
    // What Enter does on the lead: the first action the user may take on it, if any.
    QAction *primaryAction() const;

    void perform(LeadAction action);
    void reassign();
    void undo();
    void editCatalog();
    // Withdraws the undo offer once its time is up (call every second or so).
    void tick();

signals:
    // A lead changed (after an action or an undo): show it at once.
    void leadChanged(const LeadPact::Lead &lead);
    // What happened, for the status bar.
    void message(const QString &text);
    // Why it did not happen.
    void failed(const QString &text);
    // The reason catalog may have changed.
    void catalogChanged();

private:
    struct UndoOffer
    {
        qint64 eventId = 0;
        qint64 leadId = 0;
        qint64 actorId = 0;
        QDateTime at;
    };

    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &name);
    void offerUndo(qint64 eventId, qint64 leadId);
    void updateActions();

    Database &m_db;
    LeadService &m_service;
    const Clock &m_clock;
    DialogRunner &m_runner;
    QWidget *m_dialogParent;
    User m_user;
    bool m_readOnly = false;
    std::optional<Lead> m_lead;
    std::optional<UndoOffer> m_undoOffer;
    QMap<LeadAction, QAction *> m_actions;
    QAction *m_reassign = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_catalog = nullptr;
};

} // namespace LeadPact
