// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace LeadPact {

struct Lead;
class PhoneNormalizer;

// Search over leads that works for Russian text and for phones typed in any format. The
// database keeps a folded key per lead (SQLite folds only ASCII case itself).
namespace LeadSearch {

// Case-folded, "ё" read as "е": what both the key and the typed text go through.
QString fold(const QString &text);
// The stored key: name, company, e-mail and the phone's digits, folded.
QString key(const Lead &lead);
// The fragments that must all occur in a lead's key for the typed text to match it: a phone in
// any format becomes its E.164 digits; digits with separators lose the separators (and part of
// a number typed with the trunk prefix 8 loses the 8); words are folded. Empty when there is
// nothing to search for.
QStringList fragments(const QString &typed, const PhoneNormalizer &phones);

} // namespace LeadSearch
} // namespace LeadPact
