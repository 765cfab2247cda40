// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 printers for core enums, so failed comparisons show names instead of numbers, and a
// way to catch the core's Error and look at its kind and message.
#pragma once

#include "domain/error.h"
#include "domain/leadstatus.h"
#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace Catch {
template<>
struct StringMaker<LeadPact::Error::Kind>
{
    static std::string convert(LeadPact::Error::Kind kind)
    {
        using K = LeadPact::Error::Kind;
        switch (kind) {
        case K::Validation:
            return "Validation";
        case K::Permission:
            return "Permission";
        case K::Transition:
            return "Transition";
        case K::NotFound:
            return "NotFound";
        case K::Conflict:
            return "Conflict";
        case K::Locked:
            return "Locked";
        case K::Storage:
            return "Storage";
        }
        return "?";
    }
};
template<>
struct StringMaker<LeadPact::LeadStatus>
{
    static std::string convert(LeadPact::LeadStatus status)
    {
        return LeadPact::statusCode(status).toStdString();
    }
};
} // namespace Catch

namespace LeadPact::Test {

// Runs `f` and returns the Error it throws, or nothing when it returns normally. Any other
// exception propagates and fails the test.
template<typename F>
std::optional<Error> caughtError(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace LeadPact::Test
