// tapsniff's entry point: turns the command line's plan into a run; the one place that prints
// "tapsniff: ..." and picks the exit code.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include "tapsniff/capture.hpp"
#include "tapsniff/cli.hpp"
#include "tapsniff/device.hpp"
#include "tapsniff/pcap_source.hpp"
#include "tapsniff/privileges.hpp"
#include "tapsniff/progress.hpp"
#include "tapsniff/tap_source.hpp"
#include "tapsniff/watch_source.hpp"

namespace {

using namespace tapsniff;

int fail(const Error& error) {
    std::fprintf(stderr, "tapsniff: %s\n", error.message.c_str());
    return error.exit_code;
}

bool use_color(ColorWhen when) {
    switch (when) {
        case ColorWhen::always: return true;
        case ColorWhen::never: return false;
        case ColorWhen::automatic: {
            const char* no_color = std::getenv("NO_COLOR");
            return (no_color == nullptr || *no_color == '\0') && isatty(STDOUT_FILENO) == 1;
        }
    }
    return false;
}

// What a run needs besides the plan, known once its source is open.
struct Run {
    const Plan& plan;
    FrameSource& source;
    const std::optional<BpfFilter>& filter;
    Responder* responder = nullptr;         // --respond
    const TunDevice* device = nullptr;      // for the drop count; null for a file
    ProgressSource* progress = nullptr;     // -r on a terminal
    bool read_ahead = false;                // -r of a regular file: read on a thread of its own
    const WatchSource* watch = nullptr;     // a watched interface: drops, direction words
    std::string ifname{};                   // the interface, for a pcapng file's description
};

Result<std::optional<BpfFilter>> compile_filter(const Plan& plan, int dlt) {
    if (plan.filter.empty()) return std::optional<BpfFilter>();
    auto filter = BpfFilter::compile(plan.filter, dlt);
    if (!filter) return filter.error();
    return std::optional<BpfFilter>(std::move(filter.value()));
}

// Opens the -w file (still privileged), drops root for -Z, runs the loop, and reports: the
// error first, then the statistics, so the last line is not mistaken for success. The writer
// is closed whatever happens, so the pcap file is complete after a signal, an error or EPIPE.
int capture(const Run& run) {
    const Plan& plan = run.plan;
    std::unique_ptr<FrameWriter> writer;
    if (!plan.write_file.empty()) {
        auto opened = open_frame_writer(plan.write_file, run.source.pcap_linktype(), run.ifname);
        if (!opened) return fail(opened.error());
        writer = std::move(opened.value());
    }
    if (plan.drop_to) {
        // The file is the -Z user's, as tcpdump does it, so that user can read and rotate it.
        if (writer) {
            if (auto given = writer->give_to(plan.drop_to->uid, plan.drop_to->gid); !given) return fail(given.error());
        }
        if (auto dropped = drop_privileges(*plan.drop_to); !dropped) return fail(dropped.error());
    }
    CaptureConfig config;
    config.print = plan.output.print;
    config.json = plan.output.json;
    config.hex = plan.output.hex;
    config.verbose = plan.output.verbose;
    config.relative_tcp = !plan.output.absolute_tcp;
    config.number = plan.output.number;
    config.color = !plan.output.json && use_color(plan.output.color);
    config.time_mode = plan.output.time_mode;
    config.count = plan.count;
    config.filter = run.filter ? &*run.filter : nullptr;
    config.writer = writer.get();
    config.responder = run.responder;
    config.direction_words = run.watch != nullptr;
    config.read_ahead = run.read_ahead;

    OutputSink out(STDOUT_FILENO);
    CaptureStats stats;
    const Status status = run_capture(run.source, config, out, stats);
    const Status closed = writer ? writer->close() : ok_status();
    if (run.progress != nullptr) run.progress->finish();
    int exit_code = kExitOk;
    if (!status) exit_code = fail(status.error());
    else if (!closed) exit_code = fail(closed.error());
    if (!plan.output.quiet) {
        std::string line = fmt::format("{} frames captured, {} bytes", stats.frames, stats.bytes);
        if (run.device != nullptr) {
            if (auto dropped = run.device->dropped()) line += fmt::format(", {} dropped", *dropped);
        }
        if (run.watch != nullptr) {
            if (auto dropped = run.watch->dropped()) line += fmt::format(", {} dropped", *dropped);
        }
        std::fprintf(stderr, "%s\n", line.c_str());
    }
    return exit_code;
}

int run_file(const Plan& plan) {
    auto source = PcapFileSource::open(plan.read_file);
    if (!source) return fail(source.error());
    PcapFileSource& file = *source.value();
    auto filter = compile_filter(plan, file.pcap_linktype());
    if (!filter) return fail(filter.error());
    std::optional<ProgressSource> progress;
    if (want_progress(plan.output.quiet)) progress.emplace(file, STDERR_FILENO);
    FrameSource& read = progress ? static_cast<FrameSource&>(*progress) : file;
    Run run{plan, read, filter.value()};
    run.progress = progress ? &*progress : nullptr;
    // A regular file is read and decoded on a thread of its own while this one prints; a pipe
    // is not: there the loop must flush while it waits for the writer.
    run.read_ahead = file.size().has_value();
    return capture(run);
}

// An interface tapsniff cannot hold: watched through packet sockets, the filter in the kernel.
int run_watch(const Plan& plan, const WatchInstead& watched) {
    const char* why = watched.busy ? "it belongs to another process" : "it is not a TUN/TAP device";
    // Options that need the TAP to be ours: the command line could not know it is not (exit 2).
    if (!plan.own_device_options.empty()) {
        const OwnDeviceOption& o = plan.own_device_options.front();
        return fail(Error{fmt::format("{}: {} {}, so tapsniff can only watch it through a packet socket, and {} {}; "
                                      "leave it out, or name another device with -i",
                                      o.option, watched.name,
                                      watched.busy ? "belongs to another process (device busy: a VM such as qemu, or "
                                                     "another tapsniff; 'ip -d tuntap show' names it)"
                                                   : "is not a TUN/TAP device",
                                      o.option, o.needs),
                          kExitUsage});
    }
    if (plan.device.tun && !watched.tun) {
        return fail(Error{fmt::format("--tun: {} is not a TUN device; leave --tun out to watch it through a packet "
                                      "socket",
                                      watched.name),
                          kExitUsage});
    }
    auto source = WatchSource::open(watched.name, plan.filter);
    if (!source) return fail(source.error());
    if (!plan.output.quiet) {
        std::fprintf(stderr, "tapsniff: watching %s through a packet socket; %s\n", watched.name.c_str(), why);
    }
    const std::optional<BpfFilter> no_filter;  // the kernel filters: each socket gets only what passes
    Run run{plan, *source.value(), no_filter};
    run.watch = source.value().get();
    run.ifname = watched.name;
    return capture(run);
}

int run_device(const Plan& plan) {
    // The filter is compiled before the device exists, so that a typo creates nothing.
    auto filter = compile_filter(plan, dlt_of(plan.device.tun ? LinkType::raw_ip : LinkType::ethernet));
    if (!filter) return fail(filter.error());
    auto device = set_up_device(plan.device);
    if (!device) return fail(device.error());
    if (const auto* watched = std::get_if<WatchInstead>(&device.value())) return run_watch(plan, *watched);
    const TunDevice& tap = std::get<TunDevice>(device.value());
    // -q keeps the start line only when it is the one place that names the device: the kernel chose it.
    if (!plan.output.quiet || plan.device.name.empty()) {
        std::fprintf(stderr, "tapsniff: listening on %s\n", tap.description().c_str());
    }
    // The neighbours must not pose as the interface itself.
    for (const Neighbor& n : plan.neighbors) {
        if (n.mac == tap.mac()) {
            return fail(Error{fmt::format("--respond: a neighbour has the MAC of {} itself; give it another with IP=MAC",
                                          tap.name()),
                              kExitUsage});
        }
    }
    std::optional<Responder> responder;
    // Replies larger than the link's MTU go out in fragments, as a host sends them.
    if (!plan.neighbors.empty()) responder.emplace(plan.neighbors, static_cast<unsigned>(std::max(tap.mtu(), 0)));
    TapSource source(tap.fd(), tap.name(), plan.device.tun);
    Run run{plan, source, filter.value(), responder ? &*responder : nullptr, &tap};
    run.ifname = tap.name();
    return capture(run);
}

}  // namespace

int main(int argc, char** argv) {
    // Errors are values everywhere; this only keeps an unexpected exception (out of memory)
    // from ending in std::terminate's text instead of one line.
    try {
        auto parsed = parse_command_line(argc, argv);
        if (!parsed) return fail(parsed.error());
        if (!parsed.value().plan) {
            std::fputs(parsed.value().print_and_exit.c_str(), stdout);
            return kExitOk;
        }
        const Plan& plan = *parsed.value().plan;
        for (const std::string& warning : plan.warnings) std::fprintf(stderr, "tapsniff: warning: %s\n", warning.c_str());
        install_signal_handlers();
        return plan.live() ? run_device(plan) : run_file(plan);
    } catch (const std::exception& e) {
        return fail(Error{fmt::format("internal error: {}", e.what()), kExitRuntime});
    }
}
