// RTSP: decoder, tcpdump text (print-rtsp.c through txtproto_print) and fields.
#include "proto/rtsp/rtsp.hpp"

#include <array>

namespace tapsniff {
namespace {

// tcpdump's rtspcmds.
constexpr auto kCommands = std::to_array<std::string_view>({
    "DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY", "RECORD", "REDIRECT", "SETUP",
    "SET_PARAMETER", "TEARDOWN",
});

void rtsp_text(const TextContext& t, std::size_t index) {
    text::append(t.out, ": ");  // tcp_print's, before rtsp_print
    append_txt_line(t.out, "RTSP", "rtsp", t.frame.get<RtspLayer>(index)->line);
}

constexpr Field kMethod{"method", "Method"};
constexpr Field kUrl{"url", "URL"};
constexpr Field kStatus{"status", "Status"};

}  // namespace

void decode_rtsp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_txt_layer<RtspLayer>(d, TxtProtoSpec{kCommands, true}, data, wire_len, "rtsp");
}

template <class W>
void describe(const RtspLayer& r, W& w) {
    const TxtLine& l = r.line;
    if (l.line.empty()) return;
    if (l.command) {
        put_text(w, kMethod, l.first);
        put_text(w, kUrl, l.second);
    } else if (l.code) {
        w.num(kStatus, decimal_value(l.second));
    }
}

const Protocol RtspLayer::protocol = make_protocol<RtspLayer>("rtsp", "rtsp", "Real Time Streaming Protocol", rtsp_text);

}  // namespace tapsniff
