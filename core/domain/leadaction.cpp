// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadaction.h"

#include <QCoreApplication>

namespace LeadPact {

QString actionCode(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact: return QStringLiteral("contact");
    case LeadAction::Qualify: return QStringLiteral("qualify");
    case LeadAction::Reject: return QStringLiteral("reject");
    case LeadAction::Dispute: return QStringLiteral("dispute");
    case LeadAction::ConfirmRejection: return QStringLiteral("confirm");
    case LeadAction::ReturnToManager: return QStringLiteral("return");
    case LeadAction::MarkWon: return QStringLiteral("won");
    case LeadAction::MarkLost: return QStringLiteral("lost");
    }
    return {};
}

QString actionTitle(LeadAction action)
{
    switch (action) {
    case LeadAction::LogContact: return QCoreApplication::translate("LeadAction", "Log first contact");
    case LeadAction::Qualify: return QCoreApplication::translate("LeadAction", "Qualify");
    case LeadAction::Reject: return QCoreApplication::translate("LeadAction", "Reject");
    case LeadAction::Dispute: return QCoreApplication::translate("LeadAction", "Dispute rejection");
    case LeadAction::ConfirmRejection:
        return QCoreApplication::translate("LeadAction", "Confirm rejection");
    case LeadAction::ReturnToManager:
        return QCoreApplication::translate("LeadAction", "Return to manager");
    case LeadAction::MarkWon: return QCoreApplication::translate("LeadAction", "Mark won");
    case LeadAction::MarkLost: return QCoreApplication::translate("LeadAction", "Mark lost");
    }
    return {};
}

std::optional<LeadAction> actionFromString(QStringView text)
{
    for (LeadAction action : allLeadActions) {
        if (text.trimmed().compare(actionCode(action), Qt::CaseInsensitive) == 0)
            return action;
    }
    return std::nullopt;
}

} // namespace LeadPact
