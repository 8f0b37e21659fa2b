// tapsniff's entry point: the one place that prints "tapsniff: ..." and picks the exit code.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include "tapsniff/capture.hpp"
#include "tapsniff/interface_config.hpp"
#include "tapsniff/options.hpp"
#include "tapsniff/pcap_source.hpp"
#include "tapsniff/tap_source.hpp"
#include "tapsniff/tun_device.hpp"

namespace {

using namespace tapsniff;

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
    c.json = o.json;
    c.hex = o.hex;
    c.verbose = o.verbose;
    c.color = !o.json && use_color(o);
    c.count = o.count;
    c.time_mode = o.time_mode;
    return c;
}

// Brings the interface to the state the options ask for: MTU, addresses, up.
Status configure_interface(const Options& o, const std::string& ifname) {
    std::vector<Cidr> cidrs;
    for (const std::string& text : o.addresses) {
        auto cidr = parse_cidr(text);
        if (!cidr) return cidr.error();
        cidrs.push_back(cidr.value());
    }
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

int run_file(const Options& o) {
    auto source = PcapFileSource::open(o.read_file);
    if (!source) return fail(source.error());
    OutputSink out(STDOUT_FILENO);
    CaptureStats stats;
    Status status = run_capture(*source.value(), capture_config(o), out, stats);
    print_stats(o, stats, std::nullopt);
    return status ? kExitOk : fail(status.error());
}

int run_device(const Options& o) {
    // Check addresses before touching any device, so a typo creates nothing.
    for (const std::string& text : o.addresses) {
        if (auto cidr = parse_cidr(text); !cidr) return fail(cidr.error());
    }
    auto device = TunDevice::open(o.interface, o.tun);
    if (!device) return fail(device.error());
    TunDevice& tap = device.value();
    if (auto s = configure_interface(o, tap.name()); !s) return fail(s.error());

    auto dropped_at_start = read_tx_dropped(tap.name());
    if (!o.quiet) {
        auto mac = tap.mac();
        std::fprintf(stderr, "tapsniff: listening on %s (%s, %02x:%02x:%02x:%02x:%02x:%02x, mtu %d, %s)\n",
                     tap.name().c_str(), o.tun ? "TUN" : "TAP", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5],
                     tap.mtu(), interface_is_up(tap.name()) ? "up" : "down");
    }
    TapSource source(tap.fd(), tap.name(), o.tun);
    OutputSink out(STDOUT_FILENO);
    CaptureStats stats;
    Status status = run_capture(source, capture_config(o), out, stats);
    std::optional<std::uint64_t> dropped;
    if (auto now = read_tx_dropped(tap.name()); now && dropped_at_start) {
        dropped = now.value() - dropped_at_start.value();
    }
    print_stats(o, stats, dropped);
    return status ? kExitOk : fail(status.error());
}

}  // namespace

int main(int argc, char** argv) {
    auto parsed = parse_command_line(argc, argv);
    if (!parsed) return fail(parsed.error());
    if (!parsed.value().options) {
        std::fputs(parsed.value().print_and_exit.c_str(), stdout);
        return kExitOk;
    }
    const Options& options = *parsed.value().options;
    install_signal_handlers();
    return options.live() ? run_device(options) : run_file(options);
}
