// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsearch.h"

#include "lead.h"
#include "phonenumber.h"

#include <QRegularExpression>

namespace LeadPact::LeadSearch {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

QString fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QString key(const Lead &lead)
{
    // U+001F separates fields so a fragment never matches across two of them.
    const QChar separator(0x1f);
    return fold(lead.name) + separator + fold(lead.company) + separator + fold(lead.email)
           + separator + digitsOf(lead.phone) + separator + digitsOf(lead.phoneRaw);
}

QStringList fragments(const QString &typed, const PhoneNormalizer &phones)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s().\\-/]+$"));
    if (phoneLike.match(text).hasMatch()) {
        const QString e164 = phones.toE164(text);
        if (!e164.isEmpty())
            return {digitsOf(e164)};
        QString digits = digitsOf(text);
        // Part of a Russian number typed with the trunk prefix ("8912345"): the stored E.164
        // digits have 7 there, so look for what follows the 8.
        if (digits.size() >= 4 && digits.startsWith(QLatin1Char('8'))
            && !text.contains(QLatin1Char('+')))
            digits.remove(0, 1);
        return digits.isEmpty() ? QStringList() : QStringList{digits};
    }
    QStringList result;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")),
                                          Qt::SkipEmptyParts))
        result.append(fold(word));
    return result;
}

} // namespace LeadPact::LeadSearch
