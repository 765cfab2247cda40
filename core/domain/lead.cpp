// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead.h"

namespace LeadPact {

QString leadFieldCode(LeadField field)
{
    switch (field) {
    case LeadField::Name: return QStringLiteral("name");
    case LeadField::Phone: return QStringLiteral("phone");
    case LeadField::Channel: return QStringLiteral("channel");
    }
    return {};
}

QList<LeadField> Lead::missingFields() const
{
    QList<LeadField> missing;
    if (name.trimmed().isEmpty())
        missing.append(LeadField::Name);
    // A phone that libphonenumber could not read is as good as none for a callback.
    if (phone.isEmpty())
        missing.append(LeadField::Phone);
    if (channel.trimmed().isEmpty())
        missing.append(LeadField::Channel);
    return missing;
}

QStringList Lead::missingFieldCodes() const
{
    QStringList codes;
    for (LeadField field : missingFields())
        codes.append(leadFieldCode(field));
    return codes;
}

} // namespace LeadPact
