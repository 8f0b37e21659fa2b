// From the raw command line to a Plan: every value parsed and every combination checked, in our words.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <tuple>

#include "raw_options.hpp"

namespace tapsniff {
namespace {

Error usage(std::string message) { return Error{std::move(message), kExitUsage}; }

// "-c: 'abc' is not a count (a whole number ≥ 1)".
Error bad_value(const RawOptions& raw, std::string_view long_name, std::string_view value) {
    return usage(fmt::format("{}: '{}' is not {}", raw.spelt(long_name), value, option_info(long_name).takes));
}

// The one value of an option that takes one, or an error when it was given twice.
Result<std::optional<std::string>> single(const RawOptions& raw, const std::vector<std::string>& values,
                                          std::string_view long_name) {
    if (values.empty()) return std::optional<std::string>();
    if (values.size() > 1) {
        return usage(fmt::format("{}: given twice ('{}' and '{}'); give it once", raw.spelt(long_name), values[0],
                                 values[1]));
    }
    return std::optional<std::string>(values[0]);
}

// A whole number in [low, high], digits only (from_chars alone would take "+1" or "1.5" as 1).
std::optional<std::uint64_t> whole_number(std::string_view text, std::uint64_t low, std::uint64_t high) {
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
    return value;
}

// tcpdump-style interface names: what the kernel accepts (dev_valid_name), 15 bytes at most.
bool valid_interface(const std::string& name) {
    if (name.empty() || name.size() > 15 || name == "." || name == "..") return false;
    return std::none_of(name.begin(), name.end(), [](char c) {
        return c == '/' || c == ':' || c == '\0' || std::isspace(static_cast<unsigned char>(c)) != 0;
    });
}

std::string ip_text(int family, const std::uint8_t* bytes) {
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (::inet_ntop(family, bytes, text.data(), text.size()) == nullptr) return "?";
    return text.data();
}

std::string mac_text(const MacAddress& m) {
    return fmt::format("{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", m[0], m[1], m[2], m[3], m[4], m[5]);
}

bool same_ip(int family, const std::uint8_t* a, const std::uint8_t* b) {
    return std::equal(a, a + (family == AF_INET ? 4 : 16), b);
}

// Output options: formats, the time mode, colour, and whether anything is printed at all.
Result<OutputPlan> output_plan(const RawOptions& raw, const std::optional<std::string>& write) {
    OutputPlan out;
    out.json = raw.json;
    out.hex = raw.hex;
    out.verbose = raw.verbose;
    out.absolute_tcp = raw.absolute_tcp;
    out.number = raw.number;
    out.quiet = raw.quiet;
    auto time = single(raw, raw.time, "--time");
    if (!time) return time.error();
    if (time.value()) {
        static const std::map<std::string, TimeMode, std::less<>> kModes{{"abs", TimeMode::absolute},
                                                                          {"epoch", TimeMode::epoch},
                                                                          {"rel", TimeMode::relative},
                                                                          {"delta", TimeMode::delta},
                                                                          {"none", TimeMode::none}};
        const auto it = kModes.find(*time.value());
        if (it == kModes.end()) return bad_value(raw, "--time", *time.value());
        out.time_mode = it->second;
    }
    auto color = single(raw, raw.color, "--color");
    if (!color) return color.error();
    if (color.value()) {
        static const std::map<std::string, ColorWhen, std::less<>> kColors{
            {"auto", ColorWhen::automatic}, {"always", ColorWhen::always}, {"never", ColorWhen::never}};
        const auto it = kColors.find(*color.value());
        if (it == kColors.end()) return bad_value(raw, "--color", *color.value());
        out.color = it->second;
    }
    if (raw.no_print && !write) {
        return usage("--no-print: saves frames without printing them, so it needs -w FILE (or leave it out)");
    }
    // `-w -` owns stdout: nothing else may go there.
    out.print = !raw.no_print && write != "-";
    if (!out.print) {
        const std::string why = raw.no_print ? "--no-print" : "-w - (the pcap stream owns stdout)";
        for (const auto& [given, name] : {std::pair{raw.hex, "--hex"}, std::pair{raw.verbose, "--verbose"},
                                          std::pair{raw.json, "--json"}, std::pair{!raw.time.empty(), "--time"},
                                          std::pair{!raw.color.empty(), "--color"}}) {
            if (given) {
                return usage(fmt::format("{}: nothing is printed with {}, so it has no effect; leave one of them out",
                                         raw.spelt(name), why));
            }
        }
    }
    if (out.json && (out.hex || out.verbose)) {
        return usage(fmt::format("--json: JSON Lines cannot carry {}; use one or the other",
                                 out.hex ? "the -x hex dump" : "the -v tree"));
    }
    return out;
}

// The device options (and --respond, which needs the device's addresses).
Status device_plan(const RawOptions& raw, Plan& plan) {
    DevicePlan& dev = plan.device;
    auto name = single(raw, raw.interface, "--interface");
    if (!name) return name.error();
    if (name.value()) {
        if (!valid_interface(*name.value())) return bad_value(raw, "--interface", *name.value());
        dev.name = *name.value();
    }
    dev.tun = raw.tun;
    dev.persist = raw.persist;
    dev.up = raw.up || !raw.addresses.empty();
    auto mtu = single(raw, raw.mtu, "--mtu");
    if (!mtu) return mtu.error();
    if (mtu.value()) {
        const auto value = whole_number(*mtu.value(), 68, 65535);
        if (!value) return bad_value(raw, "--mtu", *mtu.value());
        dev.mtu = static_cast<int>(*value);
    }
    for (const std::string& text : raw.addresses) {
        auto cidr = parse_cidr(text);
        if (!cidr) return usage(fmt::format("{}: {}", raw.spelt("--address"), cidr.error().message));
        if (!cidr.value().prefix_given) {
            const bool v4 = cidr.value().family == AF_INET;
            plan.warnings.push_back(fmt::format(
                "{} {} has no prefix length, so it is a host address ({}) with no other address on its link "
                "(ping would say 'Network is unreachable'); write {}/{} for a subnet",
                raw.spelt("--address"), text, v4 ? "/32" : "/128", text, v4 ? "24" : "64"));
        }
        dev.addresses.push_back(cidr.value());
    }
    for (const auto& [values, name_of] : {std::pair{&raw.owner, "--owner"}, std::pair{&raw.group, "--group"}}) {
        auto given = single(raw, *values, name_of);
        if (!given) return given.error();
        if (!given.value()) continue;
        if (!raw.persist) {
            return usage(fmt::format("{}: only a persistent device keeps an owner or group; add --persist", name_of));
        }
        if (std::string_view(name_of) == "--owner") {
            auto user = resolve_user(*given.value());
            if (!user) return usage(fmt::format("--owner: {}", user.error().message));
            dev.owner = user.value().uid;
        } else {
            auto gid = resolve_group(*given.value());
            if (!gid) return usage(fmt::format("--group: {}", gid.error().message));
            dev.group = gid.value();
        }
    }

    // What cannot be done on an interface that is only watched (known once the device is tried).
    const std::vector<std::tuple<bool, const char*, const char*>> own_only{
        {!raw.respond.empty(), "--respond", "answers by writing frames into a TAP of its own"},
        {!raw.addresses.empty(), "--address", "would change the addresses of another program's interface"},
        {raw.up, "--up", "would change the state of another program's interface"},
        {!raw.mtu.empty(), "--mtu", "would change the MTU of another program's interface"},
        {raw.persist, "--persist", "keeps a TAP of tapsniff's own after it exits"},
        {!raw.owner.empty(), "--owner", "gives a TAP of tapsniff's own to a user"},
        {!raw.group.empty(), "--group", "gives a TAP of tapsniff's own to a group"},
    };
    for (const auto& [given, name_of, needs] : own_only) {
        if (given) plan.own_device_options.push_back(OwnDeviceOption{raw.spelt(name_of), needs});
    }

    if (!raw.respond.empty() && raw.tun) {
        return usage("--respond: answers ARP and neighbour solicitations, so it needs a TAP device, not --tun");
    }
    for (const std::string& spec : raw.respond) {
        auto parsed = parse_neighbor(spec);
        if (!parsed) return usage(parsed.error().message);
        const Neighbor& n = parsed.value();
        for (const Cidr& own : dev.addresses) {
            if (own.family == n.family && same_ip(n.family, own.address.data(), n.ip.data())) {
                return usage(fmt::format("--respond {}: that is the device's own address ({} {}); the neighbour "
                                         "needs another address on the subnet",
                                         spec, raw.spelt("--address"), to_string(own)));
            }
        }
        const auto twin = std::find_if(plan.neighbors.begin(), plan.neighbors.end(), [&](const Neighbor& other) {
            return other.family == n.family && same_ip(n.family, other.ip.data(), n.ip.data());
        });
        if (twin == plan.neighbors.end()) {
            plan.neighbors.push_back(n);
        } else if (twin->mac != n.mac) {
            return usage(fmt::format("--respond: {} is given twice, with the MACs {} and {}; one address is one "
                                     "neighbour",
                                     ip_text(n.family, n.ip.data()), mac_text(twin->mac), mac_text(n.mac)));
        }
    }
    return ok_status();
}

}  // namespace

Result<Plan> make_plan(const RawOptions& raw) {
    Plan plan;
    auto read = single(raw, raw.read, "--read");
    if (!read) return read.error();
    auto write = single(raw, raw.write, "--write");
    if (!write) return write.error();
    if (read.value()) plan.read_file = *read.value();
    if (write.value()) plan.write_file = *write.value();
    if (read.value() && read.value()->empty()) return bad_value(raw, "--read", "");
    if (write.value() && write.value()->empty()) return bad_value(raw, "--write", "");

    auto count = single(raw, raw.count, "--count");
    if (!count) return count.error();
    if (count.value()) {
        const auto value = whole_number(*count.value(), 1, UINT64_MAX);
        if (!value) return bad_value(raw, "--count", *count.value());
        plan.count = *value;
    }
    auto output = output_plan(raw, write.value());
    if (!output) return output.error();
    plan.output = output.value();

    if (plan.read_file.empty()) {
        if (auto s = device_plan(raw, plan); !s) return s.error();
    } else {
        const std::vector<std::pair<bool, const char*>> device_only{
            {!raw.interface.empty(), "--interface"}, {!raw.addresses.empty(), "--address"}, {raw.up, "--up"},
            {!raw.mtu.empty(), "--mtu"},             {raw.persist, "--persist"},          {!raw.owner.empty(), "--owner"},
            {!raw.group.empty(), "--group"},         {raw.tun, "--tun"},                   {!raw.respond.empty(), "--respond"}};
        for (const auto& [given, name] : device_only) {
            if (given) {
                return usage(fmt::format("{}: works on a device, so it cannot be combined with -r (reading a file)",
                                         raw.spelt(name)));
            }
        }
    }
    auto user = single(raw, raw.user, "--user");
    if (!user) return user.error();
    if (user.value()) {
        auto ids = resolve_user(*user.value());
        if (!ids) return usage(fmt::format("{}: {}", raw.spelt("--user"), ids.error().message));
        plan.drop_to = ids.value();
    }
    for (const std::string& word : raw.filter_words) {
        if (!plan.filter.empty()) plan.filter += ' ';
        plan.filter += word;
    }
    return plan;
}

}  // namespace tapsniff
