// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadPact {

// One promotion of marketing's registry, as its card shows it to the managers who talk to the
// clients it brings: the name exactly as in the official documents, what it promises, to whom,
// when, and how leads from it are recognised (promo code, landing page, utm_campaign).
struct Campaign
{
    qint64 id = 0;
    QString name; // as in the official documents; unique in the registry
    QString goal;
    QString audience;     // who the offer is for
    QString announcedIn;  // where it was announced (channels, mailings, events)
    QString promoCode;    // unique, case-insensitive, when set
    QString promoBenefit; // what the promo code gives the client
    QString landingUrl;
    QString utmCampaign; // the utm_campaign value its links carry
    QDate startsOn;      // campaign dates, both inclusive, in the team's time zone
    QDate endsOn;
    QDate activationFrom; // when clients may activate the offer
    QDate activationUntil;
    QString technicalNotes;        // how it is implemented technically
    QStringList documentLinks;     // internal documents
    std::optional<qint64> ownerId; // the person responsible
    QString ownerName;             // read with the campaign, for display
    bool archived = false;

    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    qint64 updatedBy = 0;
    qint64 attributedLeads = 0; // read with the registry list, not stored

    // The last day a lead arriving counts for it: the end of activation when set, otherwise
    // the end of the campaign (invalid when open-ended).
    QDate attributionEnd() const;
};

// How the attribution compares values, in one place so the registry's uniqueness, the single-
// lead and the set-based attribution agree.
namespace CampaignKeys {

// Promo codes and utm values: trimmed, case-folded (any script).
QString text(const QString &value);
// A landing address without scheme, "www.", query, fragment and trailing slash, host in lower
// case: "https://WWW.Shop.ru/lp/spring/?utm=x" -> "shop.ru/lp/spring". A bare path
// ("/lp/spring", as many form exports give it) keeps its leading slash: "/lp/spring".
QString landing(const QString &url);
// Whether a lead's landing page is the campaign's landing: the same key, or — when the lead's
// value is a bare path — the same path on the campaign's host.
bool landingMatches(const QString &campaignUrl, const QString &leadLanding);

} // namespace CampaignKeys
} // namespace LeadPact
