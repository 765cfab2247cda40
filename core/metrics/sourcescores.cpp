// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsservice.h"

#include <algorithm>
#include <map>

namespace LeadPact {

namespace {

double smoothed(qint64 k, qint64 n, double prior)
{
    return (double(k) + SourceScores::priorStrength * prior)
           / (double(n) + SourceScores::priorStrength);
}

QString campaignKey(const QString &channel, const QString &campaign)
{
    return channel + QChar(0x1f) + campaign;
}

} // namespace

SourceScore SourceScores::lookup(const QString &channel, const QString &campaign) const
{
    if (!campaign.isEmpty()) {
        if (const auto it = m_campaignIndex.constFind(campaignKey(channel, campaign));
            it != m_campaignIndex.cend())
            return campaigns.at(*it);
    }
    if (const auto it = m_channelIndex.constFind(channel); it != m_channelIndex.cend())
        return channels.at(*it);
    SourceScore prior;
    prior.channel = channel;
    prior.campaign = campaign;
    prior.sqlProbability = overallSqlRate;
    prior.wonProbability = overallWonRate;
    return prior;
}

void SourceScores::index()
{
    m_channelIndex.clear();
    m_campaignIndex.clear();
    for (qsizetype i = 0; i < channels.size(); ++i)
        m_channelIndex.insert(channels.at(i).channel, i);
    for (qsizetype i = 0; i < campaigns.size(); ++i)
        m_campaignIndex.insert(campaignKey(campaigns.at(i).channel, campaigns.at(i).campaign), i);
}

SourceScores MetricsService::sourceScores() const
{
    const std::optional<QByteArray> version = MetricsScan::dataVersion(m_db);
    if (version && m_scoreCache && m_scoreCache->first == *version)
        return m_scoreCache->second;
    SourceScores scores = scoresOf(MetricsScan::sources(m_db));
    if (version)
        m_scoreCache.emplace(*version, scores);
    return scores;
}

SourceScores MetricsService::scoresOf(const QList<MetricsScan::SourceRow> &rows)
{
    SourceScores scores;
    qint64 sql = 0;
    qint64 won = 0;
    std::map<QString, MetricsScan::SourceRow> byChannel;
    for (const MetricsScan::SourceRow &row : rows) {
        scores.leads += row.leads;
        sql += row.sql;
        won += row.won;
        MetricsScan::SourceRow &channel = byChannel[row.channel];
        channel.channel = row.channel;
        channel.leads += row.leads;
        channel.sql += row.sql;
        channel.won += row.won;
    }
    if (scores.leads > 0) {
        scores.overallSqlRate = double(sql) / double(scores.leads);
        scores.overallWonRate = double(won) / double(scores.leads);
    }
    const auto score = [&](const MetricsScan::SourceRow &row, const QString &campaign) {
        SourceScore s;
        s.channel = row.channel;
        s.campaign = campaign;
        s.leads = row.leads;
        s.sql = row.sql;
        s.won = row.won;
        s.sqlProbability = smoothed(row.sql, row.leads, scores.overallSqlRate);
        s.wonProbability = smoothed(row.won, row.leads, scores.overallWonRate);
        s.hot = scores.overallSqlRate > 0
                && s.sqlProbability >= SourceScores::hotFactor * scores.overallSqlRate;
        return s;
    };
    for (const auto &[channel, row] : byChannel)
        scores.channels.append(score(row, {}));
    for (const MetricsScan::SourceRow &row : rows) {
        if (!row.campaign.isEmpty())
            scores.campaigns.append(score(row, row.campaign));
    }
    const auto bySqlChance = [](const SourceScore &a, const SourceScore &b) {
        return a.sqlProbability > b.sqlProbability;
    };
    std::stable_sort(scores.channels.begin(), scores.channels.end(), bySqlChance);
    std::stable_sort(scores.campaigns.begin(), scores.campaigns.end(), bySqlChance);
    scores.index();
    return scores;
}

QStringList MetricsService::campaigns(const QString &channel) const
{
    QStringList list;
    for (const SourceScore &score : sourceScores().campaigns) {
        if ((channel.isEmpty() || score.channel == channel) && !list.contains(score.campaign))
            list.append(score.campaign);
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace LeadPact
