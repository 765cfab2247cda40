// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts typed the Russian or the English way become exact minor units.
#include "domain/money.h"
#include "qtstringmaker.h"

#include <catch2/catch.hpp>

using namespace LeadPact;

TEST_CASE("Amounts parse to minor units without floating point", "[money]")
{
    const auto parse = [](const char *text) { return parseAmount(QString::fromUtf8(text)); };
    CHECK(parse("1500") == 150000);
    CHECK(parse("1500.5") == 150050);
    CHECK(parse("1500,50") == 150050);
    CHECK(parse("150 000,50") == 15000050);
    CHECK(parse("150\u00a0000,50") == 15000050);
    CHECK(parse("150,000.50") == 15000050);
    CHECK(parse("150.000,50") == 15000050);
    CHECK(parse("1,500") == 150000);       // English thousands
    CHECK(parse("1,5") == 150);            // Russian decimal comma
    CHECK(parse("1,234,567.89") == 123456789);
    CHECK(parse("-20") == -2000);
    CHECK(parse("0.01") == 1);
    CHECK_FALSE(parse("").has_value());
    CHECK_FALSE(parse("abc").has_value());
    CHECK_FALSE(parse("1.234").has_value()); // three decimals: not money
    CHECK_FALSE(parse("12..5").has_value());
}

TEST_CASE("Amounts print back exactly", "[money]")
{
    CHECK(formatAmountPlain(15000050) == QStringLiteral("150000.50"));
    CHECK(formatAmountPlain(5) == QStringLiteral("0.05"));
    CHECK(formatAmountPlain(-2000) == QStringLiteral("-20.00"));
    CHECK(parseAmount(formatAmountPlain(123456789)) == 123456789);
}
