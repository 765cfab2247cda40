// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadstatus.h"

#include <QCoreApplication>

namespace LeadPact {

QString statusCode(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New: return QStringLiteral("new");
    case LeadStatus::InWork: return QStringLiteral("in_work");
    case LeadStatus::Qualified: return QStringLiteral("qualified");
    case LeadStatus::Won: return QStringLiteral("won");
    case LeadStatus::Lost: return QStringLiteral("lost");
    case LeadStatus::Rejected: return QStringLiteral("rejected");
    case LeadStatus::Disputed: return QStringLiteral("disputed");
    }
    return {};
}

QString statusTitle(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New: return QCoreApplication::translate("LeadStatus", "New");
    case LeadStatus::InWork: return QCoreApplication::translate("LeadStatus", "In work");
    case LeadStatus::Qualified: return QCoreApplication::translate("LeadStatus", "Qualified (SQL)");
    case LeadStatus::Won: return QCoreApplication::translate("LeadStatus", "Won");
    case LeadStatus::Lost: return QCoreApplication::translate("LeadStatus", "Lost");
    case LeadStatus::Rejected: return QCoreApplication::translate("LeadStatus", "Rejected");
    case LeadStatus::Disputed: return QCoreApplication::translate("LeadStatus", "Disputed");
    }
    return {};
}

static QString enumSpelling(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New: return QStringLiteral("New");
    case LeadStatus::InWork: return QStringLiteral("InWork");
    case LeadStatus::Qualified: return QStringLiteral("Qualified");
    case LeadStatus::Won: return QStringLiteral("Won");
    case LeadStatus::Lost: return QStringLiteral("Lost");
    case LeadStatus::Rejected: return QStringLiteral("Rejected");
    case LeadStatus::Disputed: return QStringLiteral("Disputed");
    }
    return {};
}

std::optional<LeadStatus> statusFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (LeadStatus status : allLeadStatuses) {
        if (trimmed.compare(statusCode(status), Qt::CaseInsensitive) == 0
            || trimmed.compare(enumSpelling(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    if (trimmed.compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0)
        return LeadStatus::Qualified;
    return std::nullopt;
}

bool isOpenStatus(LeadStatus status)
{
    return status == LeadStatus::New || status == LeadStatus::InWork;
}

QString contactKindCode(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Call: return QStringLiteral("call");
    case ContactKind::Message: return QStringLiteral("message");
    case ContactKind::Email: return QStringLiteral("email");
    }
    return {};
}

QString contactKindTitle(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Call: return QCoreApplication::translate("ContactKind", "Call");
    case ContactKind::Message: return QCoreApplication::translate("ContactKind", "Message");
    case ContactKind::Email: return QCoreApplication::translate("ContactKind", "E-mail");
    }
    return {};
}

std::optional<ContactKind> contactKindFromString(QStringView text)
{
    for (ContactKind kind : {ContactKind::Call, ContactKind::Message, ContactKind::Email}) {
        if (text.trimmed().compare(contactKindCode(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    if (text.trimmed().compare(QLatin1String("e-mail"), Qt::CaseInsensitive) == 0)
        return ContactKind::Email;
    return std::nullopt;
}

} // namespace LeadPact
