// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadstatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace LeadPact {

// What a person does to a lead. Each action is exactly one edge of the status state machine.
enum class LeadAction {
    LogContact,       // New -> InWork
    Qualify,          // InWork -> Qualified (SQL)
    Reject,           // New | InWork -> Rejected
    Dispute,          // Rejected -> Disputed (marketing)
    ConfirmRejection, // Disputed -> Rejected (head of sales)
    ReturnToManager,  // Disputed -> InWork (head of sales)
    MarkWon,          // Qualified -> Won
    MarkLost,         // Qualified -> Lost
};

inline constexpr std::array<LeadAction, 8> allLeadActions = {
    LeadAction::LogContact,       LeadAction::Qualify,         LeadAction::Reject,
    LeadAction::Dispute,          LeadAction::ConfirmRejection, LeadAction::ReturnToManager,
    LeadAction::MarkWon,          LeadAction::MarkLost,
};

QString actionCode(LeadAction action); // "contact", "qualify", "reject", …
QString actionTitle(LeadAction action);
std::optional<LeadAction> actionFromString(QStringView text);

// Everything an action may carry. Which fields are required depends on the action; the
// workflow says what is missing.
struct TransitionRequest
{
    LeadAction action = LeadAction::LogContact;
    QDateTime at; // when the action is recorded (UTC); the service fills it from its clock

    // LogContact
    ContactKind contactKind = ContactKind::Call;
    QDateTime contactAt; // when the contact happened; defaults to `at`

    // Qualify
    bool needConfirmed = false;
    bool budgetConfirmed = false;
    bool authorityConfirmed = false;
    std::optional<qint64> expectedAmountMinor;

    // Reject, MarkLost
    QString reasonCode;

    // MarkWon
    std::optional<qint64> amountMinor;
    QString currency = QStringLiteral("RUB");
    QDate paidOn;

    // Any action; required for Dispute and for reasons that demand proof.
    QString comment;

    // Set only by an import of outcomes recorded in another CRM: a LogContact without
    // contactAt leaves the first-contact time unknown (NULL, nobody takes the lead), and a
    // won deal may come without an amount (when one is given it is checked as usual). The
    // dialogs and `lead won` never set it, so people still have to give both.
    bool imported = false;
};

} // namespace LeadPact
