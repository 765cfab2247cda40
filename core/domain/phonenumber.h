// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace LeadPact {

// Normalises phone numbers to E.164 with libphonenumber, keeping the raw value. A number
// without a country code is read in the default region, so with "RU" the domestic forms
// "8 (912) 345-67-89", "89123456789" and "9123456789" all become "+79123456789". Cheap to
// copy, safe to share between threads (libphonenumber's PhoneNumberUtil is a singleton).
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)

public:
    struct Result
    {
        QString e164;    // "+79123456789"; empty when the input is not a valid number
        QString raw;     // the input exactly as given
        QString problem; // translated reason when e164 is empty and raw is not blank; else empty
        bool isValid() const { return !e164.isEmpty(); }
    };

    // defaultRegion is an ISO 3166-1 alpha-2 code ("RU", "DE"); case does not matter. With an
    // unknown code only numbers written with their country code ("+7 …") are valid.
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("RU"));

    Result normalize(const QString &raw) const;
    // Same as normalize(raw).e164 — convenience for search: "any format" of a phone to E.164,
    // or empty.
    QString toE164(const QString &raw) const;

    const QString &defaultRegion() const { return m_defaultRegion; }

private:
    QString m_defaultRegion;
    std::string m_regionCode; // m_defaultRegion upper-cased, converted once for libphonenumber
};

} // namespace LeadPact
