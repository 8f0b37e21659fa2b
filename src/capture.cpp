// The loop that wires a source, the decoder, a formatter and the output sink together.
#include "tapsniff/capture.hpp"

#include <csignal>

#include "tapsniff/decode.hpp"
#include "tapsniff/format.hpp"

namespace tapsniff {

volatile std::sig_atomic_t g_stop_requested = 0;

namespace {

void on_stop_signal(int /*signo*/) { g_stop_requested = 1; }

// How long to sleep in poll() when idle; a signal wakes it at once.
constexpr int kIdleWaitMs = 250;

constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

void append(OutBuffer& out, std::string_view s) { out.append(s.data(), s.data() + s.size()); }

}  // namespace

void install_signal_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: poll() and read() return EINTR so the loop sees the flag
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    // A closed stdout shows up as EPIPE from write(2) instead of killing the process.
    signal(SIGPIPE, SIG_IGN);
}

namespace {

void print_frame(const RawFrame& raw, LinkType link, const CaptureConfig& config, DecodedFrame& decoded,
                 TimestampFormatter& timestamps, OutBuffer& buf, std::uint64_t number) {
    decode_frame(raw.bytes, raw.wire_len, link, decoded);
    if (config.json) {
        format_json(decoded, number, raw.ts, buf);
    } else {
        if (config.color) append(buf, kDim);
        timestamps.format(raw.ts, buf);
        if (config.color) append(buf, kReset);
        format_line(decoded, !config.hex, buf);
        if (config.verbose) format_tree(decoded, buf);
        if (config.hex) format_hex_ascii(raw.bytes, buf);
    }
    buf.push_back('\n');
}

// Pushes out everything buffered: text for a `| grep` reader, records for a `-w` reader.
Status flush_all(const CaptureConfig& config, OutputSink& out) {
    if (auto flushed = out.flush(); !flushed) return flushed;
    if (config.writer != nullptr) return config.writer->flush();
    return ok_status();
}

bool reader_gone(const CaptureConfig& config, const OutputSink& out) {
    return out.reader_gone() || (config.writer != nullptr && config.writer->reader_gone());
}

}  // namespace

Status run_capture(FrameSource& source, const CaptureConfig& config, OutputSink& out, CaptureStats& stats) {
    DecodedFrame decoded;
    decoded.vlans.reserve(8);
    TimestampFormatter timestamps(config.time_mode);
    RawFrame raw;

    while (g_stop_requested == 0 && !reader_gone(config, out)) {
        if (source.would_block()) {
            if (auto flushed = flush_all(config, out); !flushed) return flushed;
        }
        auto status = source.next(raw);
        if (!status) {
            (void)flush_all(config, out);
            return status.error();
        }
        if (status.value() == ReadStatus::end) break;
        if (status.value() == ReadStatus::idle) {
            // Nothing ready: this is when a `| grep` reader must see what we have.
            if (auto flushed = flush_all(config, out); !flushed) return flushed;
            if (auto waited = source.wait(kIdleWaitMs); !waited) return waited.error();
            continue;
        }
        if (config.filter != nullptr && !config.filter->matches(raw)) continue;

        ++stats.frames;
        stats.bytes += raw.wire_len;
        if (config.writer != nullptr) config.writer->write(raw);
        if (config.print) print_frame(raw, source.link(), config, decoded, timestamps, out.buffer(), stats.frames);
        if (auto flushed = out.flush_if_full(); !flushed) return flushed.error();
        if (config.count != 0 && stats.frames >= config.count) break;
    }
    return flush_all(config, out);
}

}  // namespace tapsniff
