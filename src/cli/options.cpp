// The command line, defined with CLI11; the only file that includes it.
#include "tapsniff/options.hpp"

#include <pcap/pcap.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>

namespace tapsniff {
namespace {

constexpr const char* kVersion = "0.1.0";

// tcpdump-style interface names: what the kernel accepts (dev_valid_name), 15 bytes at most.
std::string validate_interface(const std::string& name) {
    if (name.empty() || name.size() > 15) return "must be 1-15 bytes";
    if (name == "." || name == "..") return "cannot be '.' or '..'";
    if (std::any_of(name.begin(), name.end(), [](char c) { return c == '/' || c == ':' || std::isspace(static_cast<unsigned char>(c)); })) {
        return "cannot contain '/', ':' or white space";
    }
    return {};
}

std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

}  // namespace

std::string version_text() {
    return fmt::format("tapsniff {}\n{}\nfmt {}.{}.{}\n", kVersion, pcap_lib_version(), FMT_VERSION / 10000,
                       FMT_VERSION / 100 % 100, FMT_VERSION % 100);
}

Result<ParsedCommandLine> parse_command_line(int argc, char** argv) {
    Options o;
    CLI::App app{"tapsniff: create or attach to a TAP device and print every Ethernet frame it carries,\n"
                 "decoded like tcpdump -nn -e (or read a pcap/pcapng file).",
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

    std::string time_text = "abs";
    std::string color_text = "auto";
    std::int64_t count = 0;
    std::int64_t mtu = 0;

    const char* capture = "Capture";
    const char* device = "Device";
    const char* output = "Output";
    app.add_option("-i,--interface", o.interface, "TAP device to create or attach to (default: tap%d, kernel picks)")->type_name("NAME")
        ->group(device);
    app.add_option("-r,--read", o.read_file, "read frames from a pcap/pcapng file ('-' = stdin)")->type_name("FILE")->group(capture);
    app.add_option("-w,--write", o.write_file, "also save frames to a pcap file ('-' = stdout)")->type_name("FILE")->group(capture);
    app.add_flag("--no-print", o.no_print, "with -w: save frames without printing them")->group(capture);
    app.add_option("-c,--count", count, "stop after N frames")->type_name("N")->group(capture);
    app.add_flag("-x,--hex", o.hex, "hex + ASCII dump under each line")->group(output);
    app.add_flag("-v,--verbose", o.verbose, "field-by-field header tree under each line")->group(output);
    app.add_flag("--json", o.json, "JSON Lines, one object per frame")->group(output);
    app.add_flag("-S,--absolute-tcp-sequence-numbers", o.absolute_tcp, "TCP sequence numbers as on the wire")
        ->group(output);
    app.add_flag("-#,--number", o.number, "start each line with the frame's number")->group(output);
    app.add_option("-t,--time", time_text, "timestamps: abs (default), epoch, rel, delta, none")->type_name("MODE")->group(output);
    app.add_option("--color", color_text, "auto (default), always, never")->type_name("WHEN")->group(output);
    app.add_flag("-q,--quiet", o.quiet, "no start/stop messages on stderr")->group(output);
    app.add_flag("--up", o.up, "bring the interface up")->group(device);
    app.add_option("-a,--address", o.addresses, "assign an IPv4/IPv6 address (repeatable; implies --up)")->type_name("CIDR")
        ->group(device)
        ->take_last()
        ->allow_extra_args(false);
    app.add_option("--mtu", mtu, "set the MTU (68-65535)")->type_name("N")->group(device);
    app.add_flag("--persist", o.persist, "keep the device after exit")->group(device);
    app.add_option("--owner", o.owner, "user allowed to open the persistent device")->type_name("USER")->group(device);
    app.add_option("--group", o.group, "group allowed to open the persistent device")->type_name("GROUP")->group(device);
    app.add_option("-Z,--user", o.user, "drop privileges to USER once the device is set up")->type_name("USER")->group(device);
    app.add_flag("--tun", o.tun, "TUN mode: IP packets without an Ethernet header")->group(device);
    app.add_option("--respond", o.respond, "answer ARP/NS and ping for IP[=MAC] (repeatable)")->type_name("IP[=MAC]")
        ->group(device)
        ->allow_extra_args(false);
    app.add_option("filter", o.filter_words, "BPF filter expression")->type_name("EXPRESSION")->group("Filter");

    // -a and --respond repeat; each use takes one value, like tcpdump's options.
    for (auto* opt : {app.get_option("-a"), app.get_option("--respond")}) opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        return ParsedCommandLine{std::nullopt, app.help()};
    } catch (const CLI::CallForVersion&) {
        return ParsedCommandLine{std::nullopt, version_text()};
    } catch (const CLI::ParseError& e) {
        return Error{one_line(e.what()) + " (see tapsniff --help)", kExitUsage};
    }

    static const std::map<std::string, TimeMode> kTimeModes{{"abs", TimeMode::absolute},
                                                            {"epoch", TimeMode::epoch},
                                                            {"rel", TimeMode::relative},
                                                            {"delta", TimeMode::delta},
                                                            {"none", TimeMode::none}};
    static const std::map<std::string, ColorWhen> kColors{
        {"auto", ColorWhen::automatic}, {"always", ColorWhen::always}, {"never", ColorWhen::never}};

    auto usage = [](std::string message) { return Error{std::move(message), kExitUsage}; };
    if (auto it = kTimeModes.find(time_text); it != kTimeModes.end()) o.time_mode = it->second;
    else return usage(fmt::format("invalid -t '{}': expected abs, epoch, rel, delta or none", time_text));
    if (auto it = kColors.find(color_text); it != kColors.end()) o.color = it->second;
    else return usage(fmt::format("invalid --color '{}': expected auto, always or never", color_text));
    if (app.count("--count") > 0) {
        if (count <= 0) return usage(fmt::format("invalid -c '{}': expected a positive number of frames", count));
        o.count = static_cast<std::uint64_t>(count);
    }
    if (app.count("--mtu") > 0) {
        if (mtu < 68 || mtu > 65535) return usage(fmt::format("invalid --mtu {}: expected 68-65535", mtu));
        o.mtu = static_cast<int>(mtu);
    }
    if (app.count("--interface") > 0) {
        if (auto why = validate_interface(o.interface); !why.empty()) {
            return usage(fmt::format("invalid interface name '{}': {}", o.interface, why));
        }
    }
    if (!o.addresses.empty()) o.up = true;
    if (!o.read_file.empty()) {
        for (const char* live_only : {"--interface", "--address", "--up", "--mtu", "--persist", "--owner", "--group",
                                      "--tun", "--respond"}) {
            if (app.count(live_only) > 0) return usage(fmt::format("{} needs a device; it cannot be used with -r", live_only));
        }
    }
    if (o.json && (o.hex || o.verbose)) return usage("--json cannot be combined with -x or -v");
    if (o.tun && !o.respond.empty()) return usage("--respond answers ARP and neighbour solicitations; it needs a TAP device, not --tun");
    return ParsedCommandLine{std::move(o), {}};
}

}  // namespace tapsniff
