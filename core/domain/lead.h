// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadstatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadPact {

// Lead fields that marketing owes sales as the SLA's minimum data.
enum class LeadField { Name, Phone, Channel };
QString leadFieldCode(LeadField field);

// A lead as sales and marketing both see it. All times are UTC; money is in minor units
// (kopecks, cents) of the currency named beside it.
struct Lead
{
    qint64 id = 0;
    QString externalId; // the id in the source system (form, ad platform, other CRM)
    QDateTime receivedAt;

    QString name;
    QString phone;    // E.164 ("+79123456789"); empty when the raw value is not a valid number
    QString phoneRaw; // exactly as received
    QString email;
    QString company;

    QString channel;
    QString campaign;
    QString landingPage;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString promoCode; // as the client gave it (a form field, the call)
    // The registry campaign the lead is attributed to (CampaignAttributor); `campaign` then
    // holds its registry name. Empty for a free-text label without a registry entry.
    std::optional<qint64> campaignId;

    std::optional<qint64> ownerId; // the manager responsible
    LeadStatus status = LeadStatus::New;
    QDateTime statusChangedAt;
    QDateTime slaDueAt; // first contact is due by then

    QDateTime firstContactAt;
    std::optional<ContactKind> firstContactKind;
    // Working time of the team calendar from arrival to the first contact, as the SLA counts
    // it; set with the first contact (SlaPolicy::stampFirstContact), for the metrics.
    std::optional<qint64> firstContactWorkSeconds;

    bool needConfirmed = false;
    bool budgetConfirmed = false;
    bool authorityConfirmed = false;
    std::optional<qint64> expectedAmountMinor;
    QDateTime qualifiedAt;

    std::optional<qint64> rejectionReasonId;
    QString rejectionComment;
    QDateTime rejectedAt;
    QString disputeComment;
    QDateTime disputedAt;

    std::optional<qint64> lossReasonId;
    QString lossComment;
    std::optional<qint64> dealAmountMinor;
    QString dealCurrency; // ISO 4217, e.g. "RUB"
    QDate paidOn;
    QDateTime closedAt; // won or lost

    QString notes;
    // The seller's declared monthly revenue as another CRM recorded it (minor units): what the
    // client says it earns, not a deal amount.
    std::optional<qint64> declaredMonthlyRevenueMinor;
    // An earlier lead with the same phone or e-mail that an import found within its window.
    std::optional<qint64> possibleDuplicateOf;
    int version = 0; // bumped on every write; guards against lost updates

    // The minimum-data fields this lead lacks (name, phone, channel), empty when complete.
    QList<LeadField> missingFields() const;
    QStringList missingFieldCodes() const;
    bool isIncomplete() const { return !missingFields().isEmpty(); }
};

} // namespace LeadPact
