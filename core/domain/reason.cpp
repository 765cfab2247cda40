// SPDX-License-Identifier: GPL-3.0-or-later
#include "reason.h"

#include <QLocale>

#include <algorithm>

namespace LeadPact {

QString reasonKindCode(ReasonKind kind)
{
    return kind == ReasonKind::Rejection ? QStringLiteral("rejection") : QStringLiteral("loss");
}

std::optional<ReasonKind> reasonKindFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("rejection") || t == QLatin1String("reject"))
        return ReasonKind::Rejection;
    if (t == QLatin1String("loss") || t == QLatin1String("lost"))
        return ReasonKind::Loss;
    return std::nullopt;
}

QString Reason::title() const
{
    const bool russian = QLocale().language() == QLocale::Russian;
    if (russian && !titleRu.isEmpty())
        return titleRu;
    return titleEn.isEmpty() ? titleRu : titleEn;
}

ReasonCatalog::ReasonCatalog(QList<Reason> reasons)
    : m_reasons(std::move(reasons))
{
    std::stable_sort(m_reasons.begin(), m_reasons.end(), [](const Reason &a, const Reason &b) {
        return std::tie(a.kind, a.sortOrder, a.id) < std::tie(b.kind, b.sortOrder, b.id);
    });
}

QList<Reason> ReasonCatalog::active(ReasonKind kind) const
{
    QList<Reason> result;
    for (const Reason &reason : m_reasons) {
        if (reason.kind == kind && !reason.archived)
            result.append(reason);
    }
    return result;
}

QStringList ReasonCatalog::activeCodes(ReasonKind kind) const
{
    QStringList codes;
    for (const Reason &reason : active(kind))
        codes.append(reason.code);
    return codes;
}

const Reason *ReasonCatalog::find(ReasonKind kind, const QString &code) const &
{
    for (const Reason &reason : m_reasons) {
        if (reason.kind == kind && reason.code == code)
            return &reason;
    }
    return nullptr;
}

const Reason *ReasonCatalog::findById(qint64 id) const &
{
    for (const Reason &reason : m_reasons) {
        if (reason.id == id)
            return &reason;
    }
    return nullptr;
}

} // namespace LeadPact
