// Everything the command line says, filled by the CLI and read by main and the capture loop.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tapsniff/error.hpp"
#include "tapsniff/timestamp.hpp"

namespace tapsniff {

enum class ColorWhen { automatic, always, never };

struct Options {
    std::string interface;          // empty: the kernel picks tapN
    std::string read_file;          // -r; empty: capture from a device
    std::string write_file;         // -w
    bool no_print = false;          // --no-print: with -w, save without printing
    bool hex = false;               // -x
    bool verbose = false;           // -v
    bool json = false;
    bool absolute_tcp = false;      // -S
    bool number = false;            // -#
    std::uint64_t count = 0;        // -c; 0: no limit
    TimeMode time_mode = TimeMode::absolute;
    ColorWhen color = ColorWhen::automatic;
    bool quiet = false;
    bool up = false;
    std::vector<std::string> addresses;
    std::optional<int> mtu;
    bool persist = false;
    std::string owner, group, user;
    bool tun = false;
    std::vector<std::string> respond;
    std::vector<std::string> filter_words;  // the trailing BPF expression, word by word

    [[nodiscard]] bool live() const { return read_file.empty(); }
};

// What parsing ended in: options to run with, or a text to print and an exit code
// (--help, --version), or a usage error.
struct ParsedCommandLine {
    std::optional<Options> options;
    std::string print_and_exit;  // for --help / --version: goes to stdout, exit 0
};

Result<ParsedCommandLine> parse_command_line(int argc, char** argv);

// The version string printed by --version.
std::string version_text();

}  // namespace tapsniff
