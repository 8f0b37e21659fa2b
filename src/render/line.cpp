// The one-line text of a frame: tcpdump's record checks, then the link layer's printer, which
// hands on to each layer's printer in turn.
#include <algorithm>

#include "proto/protocol.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {
namespace {

// tcpdump checks a record's lengths before decoding anything (print.c: pretty_print_packet).
constexpr std::uint32_t kMaximumSnaplen = 262144;

bool invalid_header_text(const DecodedFrame& frame, OutBuffer& out) {
    const std::size_t caplen = frame.bytes.size();
    const std::size_t start = out.size();
    auto note = [&](std::string_view what) {
        text::append(out, out.size() == start ? "[Invalid header:" : ",");
        text::append(out, what);
    };
    if (caplen == 0) text::append(out, "[Invalid header: caplen==0");
    if (frame.wire_len == 0) note(" len==0");
    else if (frame.wire_len < caplen) note(fmt::format(" len({}) < caplen({})", frame.wire_len, caplen));
    if (caplen > kMaximumSnaplen) note(fmt::format(" caplen({}) > {}", caplen, kMaximumSnaplen));
    if (frame.wire_len > kMaximumSnaplen) note(fmt::format(" len({}) > {}", frame.wire_len, kMaximumSnaplen));
    if (out.size() == start) return false;
    text::append(out, "]");
    return true;
}

}  // namespace

void format_line(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    if (invalid_header_text(frame, out)) return;
    if (frame.size() == 0) return;
    const TextContext t{frame, out, default_hex, true};
    frame.layers()[0].protocol->text(t, 0);
}

void format_summary(const DecodedFrame& frame, OutBuffer& out) {
    if (frame.size() == 0) return;
    const std::size_t start = out.size();
    // The link layer's printer, told to leave out its own part: the text after it.
    const TextContext t{frame, out, false, false};
    frame.layers()[0].protocol->text(t, 0);
    // The summary is one line: hex lines that tcpdump prints even under -x (unknown ARP
    // operations, cut LLC headers) are not part of it.
    const char* end = std::find(out.data() + start, out.data() + out.size(), '\n');
    out.resize(static_cast<std::size_t>(end - out.data()));
    // A mark printed right after the link layer starts with tcpdump's space; a summary does not.
    if (out.size() > start && out.data()[start] == ' ') {
        std::copy(out.data() + start + 1, out.data() + out.size(), out.data() + start);
        out.resize(out.size() - 1);
    }
}

void format_hex_ascii(Bytes bytes, OutBuffer& out) { text::append_hex_ascii(out, bytes); }

}  // namespace tapsniff
