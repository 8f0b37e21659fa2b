// The command line, defined with CLI11 (the only file that includes it); its errors in our words.
#include <fmt/format.h>
#include <pcap/pcap.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstring>

#include "raw_options.hpp"

namespace tapsniff {
namespace {

constexpr const char* kVersion = "0.1.0";

// The table every message and the help text take their words from.
const std::vector<OptionInfo> kOptions{
    {"-i", "--interface", "an interface name (1-15 bytes without '/', ':' or white space, not '.' or '..')"},
    {"-r", "--read", "a pcap or pcapng file to read ('-' for stdin)"},
    {"-w", "--write", "a pcap or .pcapng file to write ('-' for stdout)"},
    {nullptr, "--no-print", nullptr},
    {"-c", "--count", "a count (a whole number ≥ 1)"},
    {"-x", "--hex", nullptr},
    {"-v", "--verbose", nullptr},
    {nullptr, "--json", nullptr},
    {"-S", "--absolute-tcp-sequence-numbers", nullptr},
    {"-#", "--number", nullptr},
    {"-t", "--time", "a time mode (abs, epoch, rel, delta or none)"},
    {nullptr, "--color", "a colour mode (auto, always or never)"},
    {"-q", "--quiet", nullptr},
    {nullptr, "--up", nullptr},
    {"-a", "--address", "an IPv4/IPv6 address with a prefix length, such as 10.0.0.1/24 or fd00::1/64"},
    {nullptr, "--mtu", "an MTU (a whole number from 68 to 65535)"},
    {nullptr, "--persist", nullptr},
    {nullptr, "--owner", "a user name or uid"},
    {nullptr, "--group", "a group name or gid"},
    {"-Z", "--user", "a user name or uid"},
    {nullptr, "--tun", nullptr},
    {nullptr, "--respond", "an address to answer for, IP or IP=MAC (such as 10.0.0.2)"},
};

Error usage(std::string message) { return Error{std::move(message), kExitUsage}; }

// The option a CLI11 message is about: "--count: 1 required N missing", "Could not convert: --json = x",
// "up was given a disallowed flag override"; nullptr if none of ours.
const OptionInfo* option_in(std::string_view message) {
    for (const OptionInfo& o : kOptions) {
        const std::string_view name = o.long_name;
        const std::string_view bare = name.substr(2);
        if (message.starts_with(std::string(name) + ":") || message.starts_with(std::string(bare) + " ") ||
            message.find(std::string(name) + " =") != std::string_view::npos) {
            return &o;
        }
    }
    return nullptr;
}

// CLI11's few errors, in tapsniff's words; every value check is ours (plan.cpp).
Error translate(const CLI::ParseError& e, const RawOptions& raw) {
    const std::string what = e.what();
    if (const OptionInfo* known = option_in(what)) {
        const OptionInfo& info = *known;
        if (info.takes == nullptr) {
            // A flag given a value: "--json=x" (a conversion error) or "--up=1" (a flag override).
            std::string value;
            for (const std::string& arg : raw.args) {
                if (arg.starts_with(std::string(info.long_name) + "=")) value = arg.substr(std::strlen(info.long_name) + 1);
            }
            return usage(fmt::format("{}: takes no value (got '{}')", info.long_name, value));
        }
        if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
            return usage(fmt::format("{}: missing value; give {}", raw.spelt(info.long_name), info.takes));
        }
    }
    return usage(fmt::format("cannot read the command line: {} (tapsniff --help lists the options)", what));
}

}  // namespace

const std::vector<OptionInfo>& option_table() { return kOptions; }

const OptionInfo& option_info(std::string_view long_name) {
    for (const OptionInfo& o : kOptions) {
        if (o.long_name == long_name) return o;
    }
    return kOptions.front();  // not reached: every caller names an option of the table
}

std::string RawOptions::spelt(std::string_view long_name) const {
    const OptionInfo& info = option_info(long_name);
    for (const std::string& arg : args) {
        if (arg == "--") break;
        if (arg == info.long_name || arg.starts_with(std::string(info.long_name) + "=")) return info.long_name;
        if (info.short_name != nullptr && arg.size() >= 2 && arg[0] == '-' && arg[1] != '-' &&
            arg[1] == info.short_name[1]) {
            return info.short_name;
        }
    }
    return info.short_name != nullptr ? info.short_name : info.long_name;
}

std::string version_text() {
    return fmt::format("tapsniff {}\n{}\nfmt {}.{}.{}\n", kVersion, pcap_lib_version(), FMT_VERSION / 10000,
                       FMT_VERSION / 100 % 100, FMT_VERSION % 100);
}

Result<CommandLine> parse_command_line(int argc, const char* const* argv) {
    RawOptions raw;
    for (int i = 1; i < argc; ++i) raw.args.emplace_back(argv[i]);

    CLI::App app{"tapsniff: create or attach to a TAP device (or watch one another process holds) and\n"
                 "print every Ethernet frame it carries, decoded like tcpdump -nn -e (or read a pcap/pcapng file).",
                 "tapsniff"};
    app.footer(
        "Filter: tcpdump's (BPF) expression syntax, e.g. 'arp', 'icmp or vlan 100'.\n\n"
        "Examples:\n"
        "  sudo tapsniff -a 10.0.0.1/24                 create tap0, bring it up, print frames\n"
        "  sudo tapsniff -a 10.0.0.1/24 --respond 10.0.0.2   answer ARP and ping for 10.0.0.2\n"
        "  sudo tapsniff -a 10.0.0.1/24 | grep who-has  each ARP request at once\n"
        "  tapsniff -r capture.pcapng -x                hex dump of a saved capture\n"
        "  tapsniff -r capture.pcap --json | jq .arp    JSON Lines");
    app.set_version_flag("-V,--version", version_text());
    app.get_formatter()->column_width(32);
    // Unknown options are collected, not thrown, so that the message is ours.
    app.allow_extras();
    // Flags take no value: "--up=1" is an error, not another way to say --up.
    app.option_defaults()->disable_flag_override();

    const char* capture = "Capture";
    const char* device = "Device";
    const char* output = "Output";
    // Every value option takes one value per use and keeps all uses; plan.cpp checks them.
    auto value = [&](std::vector<std::string>& into, const char* names, const char* help, const char* type,
                     const char* group) {
        app.add_option(names, into, help)
            ->option_text(type)  // "NAME", not CLI11's "NAME ..." for a vector
            ->group(group)
            ->allow_extra_args(false)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    };
    value(raw.interface, "-i,--interface", "TAP device to create or attach to (default: tap%d, kernel picks)", "NAME",
          device);
    value(raw.read, "-r,--read", "read frames from a pcap/pcapng file ('-' = stdin)", "FILE", capture);
    value(raw.write, "-w,--write", "also save frames to a pcap file, pcapng if FILE ends in .pcapng ('-' = stdout)", "FILE", capture);
    app.add_flag("--no-print", raw.no_print, "with -w: save frames without printing them")->group(capture);
    value(raw.count, "-c,--count", "stop after N frames", "N", capture);
    app.add_flag("-x,--hex", raw.hex, "hex + ASCII dump under each line")->group(output);
    app.add_flag("-v,--verbose", raw.verbose, "field-by-field header tree under each line")->group(output);
    app.add_flag("--json", raw.json, "JSON Lines, one object per frame")->group(output);
    app.add_flag("-S,--absolute-tcp-sequence-numbers", raw.absolute_tcp,
                 "TCP sequence and ack numbers as on the wire (default: relative, as tcpdump)")
        ->group(output);
    app.add_flag("-#,--number", raw.number, "start each line with the frame's number")->group(output);
    value(raw.time, "-t,--time", "timestamps: abs (default), epoch, rel, delta, none", "MODE", output);
    value(raw.color, "--color", "auto (default), always, never", "WHEN", output);
    app.add_flag("-q,--quiet", raw.quiet, "no start/stop messages or progress on stderr")->group(output);
    app.add_flag("--up", raw.up, "bring the interface up")->group(device);
    value(raw.addresses, "-a,--address", "assign an IPv4/IPv6 address (repeatable; implies --up)", "CIDR", device);
    value(raw.mtu, "--mtu", "set the MTU (68-65535)", "N", device);
    app.add_flag("--persist", raw.persist, "keep the device after exit")->group(device);
    value(raw.owner, "--owner", "with --persist: user allowed to open the device", "USER", device);
    value(raw.group, "--group", "with --persist: group allowed to open the device", "GROUP", device);
    value(raw.user, "-Z,--user", "drop privileges to USER once the device is set up", "USER", device);
    app.add_flag("--tun", raw.tun, "TUN mode: IP packets without an Ethernet header")->group(device);
    value(raw.respond, "--respond", "answer ARP/NS and ping for IP[=MAC] (repeatable)", "IP[=MAC]", device);
    app.add_option("filter", raw.filter_words, "BPF filter expression")->type_name("EXPRESSION")->group("Filter");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        return CommandLine{std::nullopt, app.help()};
    } catch (const CLI::CallForVersion&) {
        return CommandLine{std::nullopt, version_text()};
    } catch (const CLI::ParseError& e) {
        return translate(e, raw);
    }
    if (const auto extras = app.remaining(); !extras.empty()) {
        // CLI11 names what it could not place ("-=1" of "-q=1"); the message names the argument.
        std::string arg = extras.front();
        if (std::find(raw.args.begin(), raw.args.end(), arg) == raw.args.end()) {
            const auto typed = std::find_if(raw.args.begin(), raw.args.end(), [&](const std::string& a) {
                return a.size() > 1 && a[0] == '-' && a.ends_with(arg.substr(1));
            });
            if (typed != raw.args.end()) arg = *typed;
        }
        return usage(fmt::format("{}: unknown option (tapsniff --help lists the options)", arg));
    }
    auto plan = make_plan(raw);
    if (!plan) return plan.error();
    return CommandLine{std::move(plan.value()), {}};
}

}  // namespace tapsniff
