// The loop that wires a source, the decoder, a formatter and the output sink together.
#include "tapsniff/capture.hpp"

#include <csignal>
#include <ctime>

#include "proto/state.hpp"
#include "proto/tcp/tcp_conversations.hpp"
#include "tapsniff/decode.hpp"
#include "tapsniff/read_ahead_source.hpp"
#include "tapsniff/render.hpp"
#include "tapsniff/timestamp.hpp"

namespace tapsniff {

std::atomic<int> g_stop_requested{0};

namespace {

void on_stop_signal(int /*signo*/) { g_stop_requested = 1; }

// How long to sleep in poll() when idle; a signal wakes it at once.
constexpr int kIdleWaitMs = 250;

constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

void append(OutBuffer& out, std::string_view s) { out.append(s.data(), s.data() + s.size()); }

Timestamp now() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return Timestamp{ts.tv_sec, static_cast<std::uint32_t>(ts.tv_nsec / 1000)};
}


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

// Pushes out everything buffered: text for a `| grep` reader, records for a `-w` reader.
Status flush_all(const CaptureConfig& config, OutputSink& out) {
    if (auto flushed = out.flush(); !flushed) return flushed;
    if (config.writer != nullptr) return config.writer->flush();
    return ok_status();
}

bool reader_gone(const CaptureConfig& config, const OutputSink& out) {
    return out.reader_gone() || (config.writer != nullptr && config.writer->reader_gone());
}

// The per-frame path, shared by received frames and the replies --respond sends.
class FrameHandler {
public:
    FrameHandler(const CaptureConfig& config, LinkType link, OutputSink& out, CaptureStats& stats)
        : config_(config), link_(link), out_(out), stats_(stats), timestamps_(config.time_mode) {
        options_.verify_checksums = config.verbose || config.responder != nullptr;
        if (config.relative_tcp) {
            conversations_ = std::make_unique<TcpConversations>();
            options_.tcp_conversations = conversations_.get();
        }
        options_.state = state_.get();
    }

    // The decoding options of the frames shown: a ReadAheadSource may use them on its thread
    // (then that thread alone, until it stops: what they point to is updated by every frame).
    [[nodiscard]] const DecodeOptions& decode_options() const { return options_; }

    // Decodes for the responder, which sees every frame: TCP conversations are not updated,
    // since only the frames the filter shows count for tcpdump's relative numbers; nor is what
    // other printers remember (ProtocolState), for the same reason.
    DecodedFrame& decode_for_responder(const RawFrame& raw) {
        DecodeOptions options = options_;
        options.tcp_conversations = nullptr;
        options.state = nullptr;
        decode_frame(raw.bytes, raw.wire_len, link_, options, decoded_);
        return decoded_;
    }

    // Filter, count, save, print; `ours` says tapsniff sent the frame (--respond). `ahead`: the
    // frame comes from a ReadAheadSource that filtered it already, and decoded it if it was
    // given decode_options(). Returns false once the count is reached.
    bool take(const RawFrame& raw, bool ours, const ReadAheadSource* ahead = nullptr) {
        if (ahead == nullptr && config_.filter != nullptr && !config_.filter->matches(raw)) return true;
        ++stats_.frames;
        stats_.bytes += raw.wire_len;
        if (config_.writer != nullptr) config_.writer->write(raw);
        if (config_.print) {
            const DecodedFrame* decoded = ahead != nullptr ? ahead->decoded() : nullptr;
            if (decoded == nullptr) {
                decode_frame(raw.bytes, raw.wire_len, link_, options_, decoded_);
                decoded = &decoded_;
            }
            print(raw, *decoded, ours);
        }
        return config_.count == 0 || stats_.frames < config_.count;
    }

private:
    void print(const RawFrame& raw, const DecodedFrame& decoded, bool ours) {
        OutBuffer& buf = out_.buffer();
        if (config_.json) {
            format_json(decoded, stats_.frames, raw.ts, buf, raw.direction);
        } else {
            // tcpdump -# counts the frames it prints, right-aligned in five columns, two spaces after.
            if (config_.number) fmt::format_to(fmt::appender(buf), "{:5}  ", stats_.frames);
            if (config_.color) append(buf, kDim);
            timestamps_.format(raw.ts, buf);
            if (config_.color) append(buf, kReset);
            // On a watched interface, the way the frame went, in tcpdump -i any's words and width.
            if (config_.direction_words) {
                if (raw.direction == Direction::in) append(buf, "In  ");
                else if (raw.direction == Direction::out) append(buf, "Out ");
            }
            // Frames tapsniff sent itself (--respond) are marked "[respond] " before the link-layer
            // part, which stays identical to tcpdump's. Not "Out ": the host receives them, and
            // tcpdump on the interface calls them "In".
            if (ours) append(buf, "[respond] ");
            const std::size_t line_start = buf.size();
            format_line(decoded, !config_.hex, buf);
            if (config_.color) colorize_line(buf, line_start);
            if (config_.verbose) format_tree(decoded, buf);
            if (config_.hex) format_hex_ascii(raw.bytes, buf);
        }
        buf.push_back('\n');
    }

    const CaptureConfig& config_;
    LinkType link_;
    OutputSink& out_;
    CaptureStats& stats_;
    TimestampFormatter timestamps_;
    std::unique_ptr<TcpConversations> conversations_;
    std::unique_ptr<ProtocolState> state_ = std::make_unique<ProtocolState>();
    DecodeOptions options_;
    DecodedFrame decoded_;
};

}  // namespace

namespace {

// The loop proper; `ahead` is `source` when it is a ReadAheadSource.
Status capture_loop(FrameSource& source, const ReadAheadSource* ahead, const CaptureConfig& config,
                    FrameHandler& handler, OutputSink& out) {
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
        // The responder answers whatever the filter shows: a filter chooses what to print.
        std::span<const Bytes> replies;
        if (config.responder != nullptr) {
            replies = config.responder->replies_to(handler.decode_for_responder(raw), raw.ts);
        }
        bool more = handler.take(raw, false, ahead);
        for (Bytes reply : replies) {  // one reply, or the fragments of one
            if (auto sent = source.send(reply); !sent) return sent.error();
            // -c counts what is shown: once the request reached it, the reply is sent unshown.
            // Into the host through the interface: "in", as the host sees it.
            RawFrame sent_frame{now(), reply, static_cast<std::uint32_t>(reply.size()), Direction::in};
            if (more) more = handler.take(sent_frame, true);
        }
        if (auto flushed = out.flush_if_full(); !flushed) return flushed.error();
        if (!more) break;
    }
    return flush_all(config, out);
}

}  // namespace

Status run_capture(FrameSource& source, const CaptureConfig& config, OutputSink& out, CaptureStats& stats) {
    FrameHandler handler(config, source.link(), out, stats);
    if (!config.read_ahead || config.responder != nullptr) return capture_loop(source, nullptr, config, handler, out);
    // Stopped and joined when it goes out of scope, before the caller erases the progress line
    // its thread draws (the ProgressSource it reads).
    ReadAheadSource ahead(source, ReadAheadWork{config.filter, config.print ? &handler.decode_options() : nullptr});
    return capture_loop(ahead, &ahead, config, handler, out);
}

}  // namespace tapsniff
