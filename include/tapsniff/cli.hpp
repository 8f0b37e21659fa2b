// The command line: parse_command_line turns argv into a validated Plan that main runs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tapsniff/device.hpp"
#include "tapsniff/error.hpp"
#include "tapsniff/privileges.hpp"
#include "tapsniff/responder.hpp"
#include "tapsniff/time_mode.hpp"

namespace tapsniff {

enum class ColorWhen { automatic, always, never };

// How frames are shown on stdout.
struct OutputPlan {
    bool print = true;  // false with --no-print, or when `-w -` owns stdout
    bool json = false;
    bool hex = false;
    bool verbose = false;
    bool absolute_tcp = false;  // -S: TCP numbers as on the wire; else relative, as tcpdump's default
    bool number = false;        // -#: the frame's number before each line
    TimeMode time_mode = TimeMode::absolute;
    ColorWhen color = ColorWhen::automatic;  // resolved against the terminal when the run starts
    bool quiet = false;                      // -q: no start/stop messages (and no progress)
};

// An option that needs the TAP to be tapsniff's own, as the user spelt it, and what it would do
// there; an interface that turns out to be held by another process (or not a TUN/TAP at all) can
// only be watched, which these options cannot be part of (main then makes it a usage error).
struct OwnDeviceOption {
    std::string option;  // "--respond", "-a"
    std::string needs;   // "answers by writing frames into a TAP of its own"
};

// Everything the command line asks for, checked: values parsed, users and groups resolved,
// neighbours parsed. Running it cannot fail for a reason the command line could have told.
struct Plan {
    std::string read_file;  // -r; empty: capture from the device
    DevicePlan device;      // used when read_file is empty
    std::vector<Neighbor> neighbors;  // --respond, one per address
    std::vector<OwnDeviceOption> own_device_options;  // given options that need the TAP to be ours
    std::string filter;               // the BPF expression, words joined by spaces; empty: none
    std::string write_file;           // -w; empty: none
    std::uint64_t count = 0;          // -c; 0: no limit
    std::optional<UserIds> drop_to;   // -Z
    OutputPlan output;
    // Things that are allowed but probably not what was meant ("-a 10.0.0.1 has no prefix"),
    // printed by main as "tapsniff: warning: ..." lines before it starts.
    std::vector<std::string> warnings;

    [[nodiscard]] bool live() const { return read_file.empty(); }
};

// What parsing ended in: a plan to run, or a text for stdout and exit 0 (--help, --version).
// A usage error is an Error with kExitUsage whose message names the option and what it takes.
struct CommandLine {
    std::optional<Plan> plan;
    std::string print_and_exit;
};

Result<CommandLine> parse_command_line(int argc, const char* const* argv);

// The version string printed by --version.
std::string version_text();

}  // namespace tapsniff
