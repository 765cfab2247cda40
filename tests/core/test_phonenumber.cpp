// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneNormalizer: E.164 from the formats people actually type, raw value kept, clear problems.
#include <catch2/catch.hpp>

#include "qtstringmaker.h"

#include "domain/phonenumber.h"

#include <QStringList>

#include <thread>
#include <vector>

using LeadPact::PhoneNormalizer;

TEST_CASE("Russian formats normalise to E.164 with the default region", "[phone]")
{
    const PhoneNormalizer normalizer;
    REQUIRE(normalizer.defaultRegion() == QStringLiteral("RU"));

    const QString expected = QStringLiteral("+79123456789");
    CHECK(normalizer.normalize(QStringLiteral("8 (912) 345-67-89")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("+7 912 3456789")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("9123456789")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("89123456789")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("+79123456789")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("+7 (912) 345-67-89")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("8-912-345-67-89")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("7 912 345 67 89")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("(+7) 912 3456789")).e164 == expected);
    CHECK(normalizer.normalize(QStringLiteral("  8 (912) 345-67-89  ")).e164 == expected);
    // Landlines and toll-free numbers are valid too.
    CHECK(normalizer.normalize(QStringLiteral("8 (495) 123-45-67")).e164
          == QStringLiteral("+74951234567"));
    CHECK(normalizer.normalize(QStringLiteral("8 800 555-35-35")).e164
          == QStringLiteral("+78005553535"));
}

TEST_CASE("A valid number has no problem and reports itself valid", "[phone]")
{
    const PhoneNormalizer normalizer;
    const PhoneNormalizer::Result result
        = normalizer.normalize(QStringLiteral("8 (912) 345-67-89"));
    CHECK(result.isValid());
    CHECK(result.e164 == QStringLiteral("+79123456789"));
    CHECK(result.problem.isEmpty());
}

TEST_CASE("The raw value is kept exactly as given", "[phone]")
{
    const PhoneNormalizer normalizer;
    const QStringList inputs = {
        QStringLiteral("8 (912) 345-67-89"),
        QStringLiteral("  +7 912 3456789\t"),
        QStringLiteral("abc"),
        QStringLiteral("+7 000"),
        QStringLiteral("   "),
        QString(),
    };
    for (const QString &input : inputs) {
        INFO("input: " << input.toStdString());
        CHECK(normalizer.normalize(input).raw == input);
    }
    // Padding stays in raw but does not hinder normalisation.
    const PhoneNormalizer::Result padded = normalizer.normalize(QStringLiteral(" 89123456789 "));
    CHECK(padded.raw == QStringLiteral(" 89123456789 "));
    CHECK(padded.e164 == QStringLiteral("+79123456789"));
}

TEST_CASE("International numbers keep their own country code", "[phone]")
{
    const PhoneNormalizer normalizer;
    CHECK(normalizer.normalize(QStringLiteral("+1 650 253 0000")).e164
          == QStringLiteral("+16502530000"));
    CHECK(normalizer.normalize(QStringLiteral("+1 (650) 253-0000")).e164
          == QStringLiteral("+16502530000"));
    CHECK(normalizer.normalize(QStringLiteral("+44 20 7946 0958")).e164
          == QStringLiteral("+442079460958"));
    CHECK(normalizer.normalize(QStringLiteral("+49 30 123456")).e164
          == QStringLiteral("+4930123456"));
    CHECK(normalizer.normalize(QStringLiteral("+1 650 253 0000")).problem.isEmpty());
}

TEST_CASE("Extensions and non-ASCII digits are understood", "[phone]")
{
    const PhoneNormalizer normalizer;
    // E.164 has no extension: the main number is kept.
    CHECK(normalizer.toE164(QStringLiteral("+7 912 345-67-89 ext. 12"))
          == QStringLiteral("+79123456789"));
    CHECK(normalizer.toE164(QStringLiteral("+7 912 345-67-89 доб. 12"))
          == QStringLiteral("+79123456789"));
    // Full-width digits, as some input methods produce them.
    CHECK(normalizer.toE164(QStringLiteral("８９１２３４５６７８９"))
          == QStringLiteral("+79123456789"));
}

TEST_CASE("Garbage gives no E.164 and a problem naming the input", "[phone]")
{
    const PhoneNormalizer normalizer;
    const QStringList inputs = {
        QStringLiteral("abc"),
        QStringLiteral("12"),
        QStringLiteral("+7 000"),
        QStringLiteral("+"),
        QStringLiteral("8 (912) 345-67-8"),   // one digit short
        QStringLiteral("+7 912 345-67-89-0"), // one digit too many
        QStringLiteral("030 123456"),         // a German number, not Russian
    };
    for (const QString &input : inputs) {
        INFO("input: " << input.toStdString());
        const PhoneNormalizer::Result result = normalizer.normalize(input);
        CHECK_FALSE(result.isValid());
        CHECK(result.e164.isEmpty());
        CHECK(result.raw == input);
        CHECK_FALSE(result.problem.isEmpty());
        CHECK(result.problem.contains(input));
        CHECK(normalizer.toE164(input).isEmpty());
    }
}

TEST_CASE("Empty or blank input is not valid but not a problem either", "[phone]")
{
    const PhoneNormalizer normalizer;
    const QStringList inputs = {QString(), QStringLiteral(""), QStringLiteral("   "),
                                QStringLiteral("\t\n")};
    for (const QString &input : inputs) {
        INFO("input: \"" << input.toStdString() << '"');
        const PhoneNormalizer::Result result = normalizer.normalize(input);
        CHECK_FALSE(result.isValid());
        CHECK(result.e164.isEmpty());
        CHECK(result.problem.isEmpty());
        CHECK(result.raw == input);
        CHECK(normalizer.toE164(input).isEmpty());
    }
}

TEST_CASE("A custom default region reads national numbers of that country", "[phone]")
{
    const PhoneNormalizer german(QStringLiteral("DE"));
    CHECK(german.defaultRegion() == QStringLiteral("DE"));
    CHECK(german.normalize(QStringLiteral("030 123456")).e164 == QStringLiteral("+4930123456"));
    CHECK(german.normalize(QStringLiteral("030/1234567")).e164 == QStringLiteral("+49301234567"));
    CHECK(german.normalize(QStringLiteral("0151 23456789")).e164
          == QStringLiteral("+4915123456789"));
    // International numbers do not depend on the default region.
    CHECK(german.normalize(QStringLiteral("+7 912 3456789")).e164
          == QStringLiteral("+79123456789"));
    CHECK(german.normalize(QStringLiteral("+1 650 253 0000")).e164
          == QStringLiteral("+16502530000"));
    CHECK_FALSE(german.normalize(QStringLiteral("abc")).isValid());

    // The region code is case-insensitive.
    const PhoneNormalizer lowerCase(QStringLiteral("de"));
    CHECK(lowerCase.normalize(QStringLiteral("030 123456")).e164 == QStringLiteral("+4930123456"));

    // With an unknown region only numbers with a country code can be read.
    const PhoneNormalizer unknown(QStringLiteral("XX"));
    CHECK(unknown.normalize(QStringLiteral("+7 912 3456789")).e164
          == QStringLiteral("+79123456789"));
    const PhoneNormalizer::Result national = unknown.normalize(QStringLiteral("8 (912) 345-67-89"));
    CHECK_FALSE(national.isValid());
    CHECK_FALSE(national.problem.isEmpty());
}

TEST_CASE("toE164 is normalize().e164", "[phone]")
{
    const PhoneNormalizer normalizer;
    const QStringList inputs = {
        QStringLiteral("8 (912) 345-67-89"), QStringLiteral("+1 650 253 0000"),
        QStringLiteral("abc"),               QStringLiteral("12"),
        QStringLiteral("   "),               QString(),
    };
    for (const QString &input : inputs) {
        INFO("input: \"" << input.toStdString() << '"');
        CHECK(normalizer.toE164(input) == normalizer.normalize(input).e164);
    }
}

TEST_CASE("One normalizer can be shared between threads", "[phone]")
{
    const PhoneNormalizer normalizer;
    const QStringList inputs = {QStringLiteral("8 (912) 345-67-89"),
                                QStringLiteral("+1 650 253 0000"), QStringLiteral("abc"),
                                QStringLiteral("+7 912 345-67-89 ext. 12")};
    const QStringList expected = {QStringLiteral("+79123456789"), QStringLiteral("+16502530000"),
                                  QString(), QStringLiteral("+79123456789")};

    constexpr int threadCount = 4;
    std::vector<int> mismatches(threadCount, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                const qsizetype i = (round + t) % inputs.size();
                if (normalizer.toE164(inputs.at(i)) != expected.at(i))
                    ++mismatches[static_cast<std::size_t>(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int count : mismatches)
        CHECK(count == 0);
}
