// The command line as typed, before validation: what CLI11 fills (options.cpp) and plan.cpp checks.
#pragma once

#include <string>
#include <vector>

#include "tapsniff/cli.hpp"

namespace tapsniff {

// One option's spellings and what its value must be, for every message that names it.
struct OptionInfo {
    const char* short_name;  // "-c", or nullptr
    const char* long_name;   // "--count"
    const char* takes;       // "a count (a whole number ≥ 1)"; nullptr for a flag
};

// Every option, in --help order.
const std::vector<OptionInfo>& option_table();
const OptionInfo& option_info(std::string_view long_name);

struct RawOptions {
    // Value options keep every value given, so that giving one twice is an error in our words.
    std::vector<std::string> interface, read, write, count, time, color, mtu, owner, group, user;
    std::vector<std::string> addresses, respond;  // repeatable
    std::vector<std::string> filter_words;
    bool no_print = false, hex = false, verbose = false, json = false, quiet = false, up = false,
         persist = false, tun = false;
    bool absolute_tcp = false;  // -S
    bool number = false;        // -#
    // The arguments after argv[0], to find how the user spelt an option ("-c" or "--count").
    std::vector<std::string> args;

    // The option as the user typed it (the short name when in doubt), for messages.
    [[nodiscard]] std::string spelt(std::string_view long_name) const;
};

// Checks the raw options and turns them into a plan; every error names the option.
Result<Plan> make_plan(const RawOptions& raw);

}  // namespace tapsniff
