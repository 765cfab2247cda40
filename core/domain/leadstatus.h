// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace LeadPact {

// Where a lead stands. The stored code ("in_work") is stable; titles are translated.
enum class LeadStatus { New, InWork, Qualified, Won, Lost, Rejected, Disputed };

inline constexpr std::array<LeadStatus, 7> allLeadStatuses = {
    LeadStatus::New,  LeadStatus::InWork,   LeadStatus::Qualified, LeadStatus::Won,
    LeadStatus::Lost, LeadStatus::Rejected, LeadStatus::Disputed,
};

QString statusCode(LeadStatus status);
QString statusTitle(LeadStatus status);
// Accepts the stored code ("in_work") and the enum spelling ("InWork"), case-insensitively.
std::optional<LeadStatus> statusFromString(QStringView text);
// Statuses still waiting for sales: the manager's open queue.
bool isOpenStatus(LeadStatus status);

// How the first contact was made.
enum class ContactKind { Call, Message, Email };

QString contactKindCode(ContactKind kind);
QString contactKindTitle(ContactKind kind);
std::optional<ContactKind> contactKindFromString(QStringView text);

} // namespace LeadPact
