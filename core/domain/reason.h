// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace LeadPact {

// Two catalogs share one shape: why sales rejected a lead, and why a qualified deal was lost.
enum class ReasonKind { Rejection, Loss };

QString reasonKindCode(ReasonKind kind); // "rejection", "loss"
std::optional<ReasonKind> reasonKindFromString(const QString &text);

// One entry of a reason catalog. A reason in use is archived, never deleted.
struct Reason
{
    qint64 id = 0;
    ReasonKind kind = ReasonKind::Rejection;
    QString code;
    QString titleRu;
    QString titleEn;
    bool commentRequired = false; // the reason needs proof in a comment
    bool archived = false;        // may not be chosen for new rejections
    int sortOrder = 0;

    // The title in the UI language: Russian for a Russian locale, English otherwise.
    QString title() const;
};

// An in-memory snapshot of the catalogs, loaded once per operation, so the domain rules can be
// checked without touching storage.
class ReasonCatalog
{
public:
    ReasonCatalog() = default;
    explicit ReasonCatalog(QList<Reason> reasons);

    // Only on a named catalog: `for (auto &r : service.catalog().all())` would dangle.
    const QList<Reason> &all() const & { return m_reasons; }
    const QList<Reason> &all() && = delete;
    QList<Reason> active(ReasonKind kind) const;
    QStringList activeCodes(ReasonKind kind) const;
    // Pointers into the catalog: only on a named one, never on a temporary.
    const Reason *find(ReasonKind kind, const QString &code) const &;
    const Reason *find(ReasonKind kind, const QString &code) const && = delete;
    const Reason *findById(qint64 id) const &;
    const Reason *findById(qint64 id) const && = delete;

private:
    QList<Reason> m_reasons;
};

} // namespace LeadPact
