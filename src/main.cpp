// tapsniff's entry point: the one place that prints "tapsniff: ..." and picks the exit code.
#include <fmt/format.h>
#include <pcap/dlt.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

#include "tapsniff/capture.hpp"
#include "tapsniff/interface_config.hpp"
#include "tapsniff/options.hpp"
#include "tapsniff/pcap_source.hpp"
#include "tapsniff/privileges.hpp"
#include "tapsniff/tap_source.hpp"
#include "tapsniff/tun_device.hpp"

namespace {

using namespace tapsniff;

constexpr int kLinktypeEthernet = DLT_EN10MB;
constexpr int kLinktypeRaw = DLT_RAW;

int fail(const Error& error) {
    std::fprintf(stderr, "tapsniff: %s\n", error.message.c_str());
    return error.exit_code;
}

bool use_color(const Options& o) {
    switch (o.color) {
        case ColorWhen::always: return true;
        case ColorWhen::never: return false;
        case ColorWhen::automatic: {
            const char* no_color = std::getenv("NO_COLOR");
            return (no_color == nullptr || *no_color == '\0') && isatty(STDOUT_FILENO) == 1;
        }
    }
    return false;
}

CaptureConfig capture_config(const Options& o) {
    CaptureConfig c;
    // `-w -` owns stdout: nothing else may go there.
    c.print = !o.no_print && o.write_file != "-";
    c.json = o.json;
    c.hex = o.hex;
    c.verbose = o.verbose;
    c.relative_tcp = !o.absolute_tcp;
    c.number = o.number;
    c.color = !o.json && use_color(o);
    c.count = o.count;
    c.time_mode = o.time_mode;
    return c;
}

// Brings the interface to the state the options ask for: MTU, up, addresses.
Status configure_interface(const Options& o, const std::vector<Cidr>& cidrs, const std::string& ifname) {
    if (o.mtu) {
        if (auto s = set_mtu(ifname, *o.mtu); !s) return s;
    }
    if (o.up) {
        if (auto s = set_link_up(ifname); !s) return s;
    }
    for (const Cidr& cidr : cidrs) {
        if (auto s = add_address(ifname, cidr); !s) return s;
    }
    return ok_status();
}

void print_stats(const Options& o, const CaptureStats& stats, std::optional<std::uint64_t> dropped) {
    if (o.quiet) return;
    if (dropped) {
        std::fprintf(stderr, "%llu frames captured, %llu bytes, %llu dropped\n",
                     static_cast<unsigned long long>(stats.frames), static_cast<unsigned long long>(stats.bytes),
                     static_cast<unsigned long long>(*dropped));
    } else {
        std::fprintf(stderr, "%llu frames captured, %llu bytes\n", static_cast<unsigned long long>(stats.frames),
                     static_cast<unsigned long long>(stats.bytes));
    }
}

std::string filter_expression(const Options& o) {
    std::string expression;
    for (const std::string& word : o.filter_words) {
        if (!expression.empty()) expression += ' ';
        expression += word;
    }
    return expression;
}

// Compiles the filter (if any) for the source's link type.
Result<std::optional<BpfFilter>> make_filter(const Options& o, int linktype) {
    if (o.filter_words.empty()) return std::optional<BpfFilter>();
    auto filter = BpfFilter::compile(filter_expression(o), linktype);
    if (!filter) return filter.error();
    return std::optional<BpfFilter>(std::move(filter.value()));
}

// Runs the loop with the options' filter and writer; closes the writer whatever happens, so
// the pcap file is complete after a signal, an error or a closed pipe.
int capture(const Options& o, FrameSource& source, const std::optional<BpfFilter>& filter,
            const std::optional<UserIds>& drop_to, const std::function<std::optional<std::uint64_t>()>& dropped,
            Responder* responder = nullptr) {
    // -w files are opened while still privileged; -Z drops root right after, before any frame.
    std::optional<PcapWriter> writer;
    if (!o.write_file.empty()) {
        auto opened = PcapWriter::open(o.write_file, source.pcap_linktype());
        if (!opened) return fail(opened.error());
        writer.emplace(std::move(opened.value()));
    }
    if (drop_to) {
        if (auto dropped_ok = drop_privileges(*drop_to); !dropped_ok) return fail(dropped_ok.error());
    }
    CaptureConfig config = capture_config(o);
    config.filter = filter ? &*filter : nullptr;
    config.writer = writer ? &*writer : nullptr;
    config.responder = responder;
    OutputSink out(STDOUT_FILENO);
    CaptureStats stats;
    Status status = run_capture(source, config, out, stats);
    Status closed = writer ? writer->close() : ok_status();
    print_stats(o, stats, dropped ? dropped() : std::nullopt);
    if (!status) return fail(status.error());
    if (!closed) return fail(closed.error());
    return kExitOk;
}

// -Z's user, looked up once before anything is opened.
Result<std::optional<UserIds>> user_to_drop_to(const Options& o) {
    if (o.user.empty()) return std::optional<UserIds>();
    auto user = resolve_user(o.user);
    if (!user) return user.error();
    return std::optional<UserIds>(user.value());
}

int run_file(const Options& o) {
    auto drop_to = user_to_drop_to(o);
    if (!drop_to) return fail(drop_to.error());
    auto source = PcapFileSource::open(o.read_file);
    if (!source) return fail(source.error());
    auto filter = make_filter(o, source.value()->pcap_linktype());
    if (!filter) return fail(filter.error());
    return capture(o, *source.value(), filter.value(), drop_to.value(), {});
}

int run_device(const Options& o) {
    // Everything the options name is checked before any device is touched, so a typo creates
    // nothing: addresses, the filter, users and groups, neighbours.
    std::vector<Cidr> cidrs;
    for (const std::string& text : o.addresses) {
        auto cidr = parse_cidr(text);
        if (!cidr) return fail(cidr.error());
        cidrs.push_back(cidr.value());
    }
    auto filter = make_filter(o, o.tun ? kLinktypeRaw : kLinktypeEthernet);
    if (!filter) return fail(filter.error());
    auto drop_to = user_to_drop_to(o);
    if (!drop_to) return fail(drop_to.error());
    std::optional<unsigned> owner;
    if (!o.owner.empty()) {
        auto user = resolve_user(o.owner);
        if (!user) return fail(user.error());
        owner = user.value().uid;
    }
    std::optional<unsigned> group;
    if (!o.group.empty()) {
        auto gid = resolve_group(o.group);
        if (!gid) return fail(gid.error());
        group = gid.value();
    }
    std::vector<Neighbor> neighbors;
    for (const std::string& spec : o.respond) {
        auto neighbor = parse_neighbor(spec);
        if (!neighbor) return fail(neighbor.error());
        neighbors.push_back(neighbor.value());
    }
    auto device = TunDevice::open(o.interface, o.tun);
    if (!device) return fail(device.error());
    TunDevice& tap = device.value();
    if (o.persist) {
        if (auto s = tap.set_persistent(true); !s) return fail(s.error());
    }
    if (owner) {
        if (auto s = tap.set_owner(*owner); !s) return fail(s.error());
    }
    if (group) {
        if (auto s = tap.set_group(*group); !s) return fail(s.error());
    }
    if (auto s = configure_interface(o, cidrs, tap.name()); !s) return fail(s.error());

    auto dropped_at_start = read_tx_dropped(tap.name());
    if (!o.quiet) {
        auto mac = tap.mac();
        std::fprintf(stderr, "tapsniff: listening on %s (%s, %02x:%02x:%02x:%02x:%02x:%02x, mtu %d, %s)\n",
                     tap.name().c_str(), o.tun ? "TUN" : "TAP", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5],
                     tap.mtu(), interface_is_up(tap.name()) ? "up" : "down");
    }
    // The neighbours must not pose as the interface itself.
    for (const Neighbor& n : neighbors) {
        if (n.mac == tap.mac()) {
            return fail(Error{fmt::format("--respond: {} has the MAC of {} itself; give it another with IP=MAC",
                                          n.family == AF_INET ? "the IPv4 neighbour" : "the IPv6 neighbour", tap.name()),
                              kExitUsage});
        }
    }
    std::optional<Responder> responder;
    if (!neighbors.empty()) responder.emplace(std::move(neighbors));
    TapSource source(tap.fd(), tap.name(), o.tun);
    // tx_dropped counts frames the kernel could not queue for us since the start.
    auto dropped = [&]() -> std::optional<std::uint64_t> {
        auto now = read_tx_dropped(tap.name());
        if (!now || !dropped_at_start) return std::nullopt;
        return now.value() - dropped_at_start.value();
    };
    return capture(o, source, filter.value(), drop_to.value(), dropped, responder ? &*responder : nullptr);
}

}  // namespace

int main(int argc, char** argv) {
    // Errors are values everywhere; this only keeps an unexpected exception (out of memory)
    // from ending in std::terminate's text instead of one line.
    try {
        auto parsed = parse_command_line(argc, argv);
        if (!parsed) return fail(parsed.error());
        if (!parsed.value().options) {
            std::fputs(parsed.value().print_and_exit.c_str(), stdout);
            return kExitOk;
        }
        const Options& options = *parsed.value().options;
        install_signal_handlers();
        return options.live() ? run_device(options) : run_file(options);
    } catch (const std::exception& e) {
        return fail(Error{fmt::format("internal error: {}", e.what()), kExitRuntime});
    }
}
