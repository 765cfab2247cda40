// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "domain/leadevent.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace LeadPact {

class Database;
struct Lead;
struct User;

// Decides which registry campaign a lead came from, and records it on the lead.
//
// The rules, in order (the first rule that finds any campaign decides):
//   1. promo code: the lead's promo code equals the campaign's, trimmed and case-insensitive;
//   2. landing page: the same address ignoring scheme, "www.", query, fragment and trailing
//      slash, host case-insensitive; a lead's bare path ("/lp/x") matches that path on the
//      campaign's host (see CampaignKeys::landingMatches);
//   3. utm_campaign: equal to the campaign's utm value, trimmed and case-insensitive.
// A campaign with dates only takes leads that arrived from the first day of the campaign to the
// last day of client activation (or of the campaign when activation has no end), both
// inclusive, in the team's time zone. Archived campaigns take no leads.
// Ties (two campaigns found by the same rule): the one that started last wins — the client is
// answering the most recent launch — a dated campaign beats an undated one, and then the
// older registry entry (smaller id) wins.
// A lead already attributed keeps its campaign: attribution fills campaign_id once and a
// later change of the registry never moves leads between campaigns (only a rename relabels).
// Attribution sets campaign_id and the lead's campaign label to the registry name, so the
// metrics, the dashboard filter and the source scores (which key on the label) follow, and
// appends an "edited" event naming the rule.
class CampaignAttributor
{
    Q_DECLARE_TR_FUNCTIONS(CampaignAttributor)

public:
    enum class Rule { PromoCode = 1, LandingPage = 2, UtmCampaign = 3 };
    static QString ruleCode(Rule rule); // "promo_code", "landing_page", "utm_campaign"
    static QString ruleComment(Rule rule);

    struct Match
    {
        qint64 campaignId = 0;
        Rule rule = Rule::PromoCode;
    };

    // `zone` is the team's time zone (the SLA calendar's): campaign dates are its days.
    CampaignAttributor(Database &db, QTimeZone zone);

    // The best campaign for the lead among `campaigns` by the rules above (pure).
    static std::optional<Match> match(const Lead &lead,
                                      const QList<Campaign> &campaigns,
                                      const QTimeZone &zone);

    // A lead about to be stored, against `campaigns` (pure): sets its campaign and label when
    // one matches and returns the match (the caller records the event, see attributionEvent),
    // or nothing. A lead already attributed is left as it is.
    static std::optional<Match> attribute(Lead &lead,
                                          const QList<Campaign> &campaigns,
                                          const QTimeZone &zone);
    // The same against the active registry (what LeadService::receive does).
    std::optional<Match> attributeNew(Lead &lead) const;
    // The event that records the attribution of a lead as it arrives (after its "created"
    // event): `arrived` is the lead before attribute(), `attributed` after it.
    static LeadEvent attributionEvent(const Lead &arrived,
                                      const Lead &attributed,
                                      Rule rule,
                                      qint64 actorId,
                                      const QDateTime &at);

    // Set-based: every unattributed lead that an event after `afterEventId` touched (the rows
    // an import wrote), against the whole active registry. Returns the leads attributed.
    qint64 attributeTouched(qint64 afterEventId, const User &actor, const QDateTime &now);
    // Set-based: every unattributed lead that `campaign` matches (after it was added or its
    // promo code, landing, utm value or dates changed). Returns the leads attributed.
    qint64 attributeTo(const Campaign &campaign, const User &actor, const QDateTime &now);
    // Every lead attributed to the campaign takes its (new) registry name, each with an event.
    qint64 relabel(const Campaign &campaign, const User &actor, const QDateTime &now);

    // The id of the newest lead event (0 when none): an import notes it before writing, so the
    // events after it name the rows it touched.
    static qint64 lastEventId(Database &db);

private:
    qint64 attributeWhere(const QList<Campaign> &campaigns,
                          const QString &scope,
                          const QVariantList &binds,
                          const User &actor,
                          const QDateTime &now);

    Database &m_db;
    QTimeZone m_zone;
};

} // namespace LeadPact
