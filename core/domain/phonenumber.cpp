// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <utility>

namespace LeadPact {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Whether the text is empty or only whitespace, without allocating a trimmed copy.
bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The text as libphonenumber input, in a reused buffer. The usual shapes ("8 (912) 345-67-89",
// "+7 912 345-67-89", "030/123456") are reduced to the digits and a leading '+': libphonenumber
// drops that punctuation itself, and a bare digit string parses about twice as fast. Anything
// else (letters, extensions, non-ASCII digits…) is handed over as UTF-8, untouched.
void toParserInput(const QString &text, std::string &out)
{
    out.clear();
    bool digitsSeen = false;
    for (QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit >= u'0' && unit <= u'9') {
            out.push_back(static_cast<char>(unit));
            digitsSeen = true;
        } else if (unit == u'+' && out.empty()) {
            out.push_back('+');
        } else if (unit != u' ' && unit != u'-' && unit != u'(' && unit != u')' && unit != u'.'
                   && unit != u'/') {
            out = text.toStdString();
            return;
        }
    }
    if (!digitsSeen)
        out = text.toStdString();
}

// The E.164 form of the text, or empty. Per-thread buffers spare a heap allocation per call on
// the hot path (a million leads in the benchmark); PhoneNumberUtil itself is thread-safe.
QString parseToE164(const QString &raw, const std::string &region)
{
    thread_local std::string input;
    thread_local std::string formatted;
    thread_local PhoneNumber number;

    toParserInput(raw, input);
    number.Clear();
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (util.Parse(input, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util.IsValidNumber(number))
        return {};
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    // E.164 is '+' and digits only, so Latin-1 is exact and cheaper than UTF-8 decoding.
    return QString::fromLatin1(formatted.data(), static_cast<qsizetype>(formatted.size()));
}

} // namespace

PhoneNormalizer::PhoneNormalizer(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
    , m_regionCode(m_defaultRegion.trimmed().toUpper().toStdString())
{}

PhoneNormalizer::Result PhoneNormalizer::normalize(const QString &raw) const
{
    Result result;
    result.raw = raw;
    if (isBlank(raw))
        return result; // missing is not an error here: minimum-data checks flag it
    result.e164 = parseToE164(raw, m_regionCode);
    if (result.e164.isEmpty())
        result.problem = tr("\"%1\" is not a valid phone number.").arg(raw);
    return result;
}

QString PhoneNormalizer::toE164(const QString &raw) const
{
    if (isBlank(raw))
        return {};
    return parseToE164(raw, m_regionCode);
}

} // namespace LeadPact
