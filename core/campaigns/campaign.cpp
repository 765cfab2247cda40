// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

#include <QRegularExpression>

namespace LeadPact {

QDate Campaign::attributionEnd() const
{
    return activationUntil.isValid() ? activationUntil : endsOn;
}

namespace CampaignKeys {

QString text(const QString &value)
{
    return value.trimmed().toCaseFolded();
}

QString landing(const QString &url)
{
    QString rest = url.trimmed();
    const qsizetype cut = rest.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        rest.truncate(cut);
    const qsizetype scheme = rest.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    else if (rest.startsWith(QStringLiteral("//")))
        rest = rest.mid(2);
    while (rest.endsWith(QLatin1Char('/')) && rest.size() > 1)
        rest.chop(1);
    if (rest.startsWith(QLatin1Char('/')) || rest.isEmpty())
        return rest == QStringLiteral("/") ? QString() : rest;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString host = (slash < 0 ? rest : rest.left(slash)).toLower();
    if (host.startsWith(QStringLiteral("www.")))
        host = host.mid(4);
    return slash < 0 ? host : host + rest.mid(slash);
}

bool landingMatches(const QString &campaignUrl, const QString &leadLanding)
{
    const QString campaignKey = landing(campaignUrl);
    const QString leadKey = landing(leadLanding);
    if (campaignKey.isEmpty() || leadKey.isEmpty())
        return false;
    if (campaignKey == leadKey)
        return true;
    if (!leadKey.startsWith(QLatin1Char('/')))
        return false;
    // A bare path: the campaign's own path (its key after the host) must be the same.
    const qsizetype slash = campaignKey.indexOf(QLatin1Char('/'));
    return slash > 0 && campaignKey.mid(slash) == leadKey;
}

} // namespace CampaignKeys
} // namespace LeadPact
