// libFuzzer target over the whole decode-and-format path: every link type, text with and
// without tcpdump's default hex, -x, -v, JSON and the responder. Built by scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <span>

#include "tapsniff/decode.hpp"
#include "tapsniff/render.hpp"
#include "tapsniff/responder.hpp"

using namespace tapsniff;

namespace {

Responder& responder() {
    // Built once: the fuzzer calls the target millions of times.
    static Responder instance = [] {
        std::vector<Neighbor> neighbors;
        neighbors.push_back(parse_neighbor("10.0.0.2").value());
        neighbors.push_back(parse_neighbor("fd00::2").value());
        return Responder(std::move(neighbors));
    }();
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    // The first byte picks the link type; the next two say how much longer the wire frame was
    // than the captured bytes, so snapped captures are fuzzed too.
    // Bit 0 raw IP; bits 4 and 5 Linux cooked v1 and v2 (they win over bit 0).
    LinkType link = (data[0] & 1U) != 0 ? LinkType::raw_ip : LinkType::ethernet;
    if ((data[0] & 0x10U) != 0) link = LinkType::linux_sll;
    if ((data[0] & 0x20U) != 0) link = LinkType::linux_sll2;
    std::uint32_t extra = (static_cast<std::uint32_t>(data[1]) << 8U) | data[2];
    Bytes frame(reinterpret_cast<const std::byte*>(data + 3), size - 3);
    auto wire_len = static_cast<std::uint32_t>(frame.size() + ((data[0] & 2U) != 0 ? extra : 0));

    static DecodedFrame decoded;
    static OutBuffer out;
    out.clear();
    DecodeOptions options;
    options.verify_checksums = (data[0] & 8U) != 0;
    decode_frame(frame, wire_len, link, options, decoded);
    format_line(decoded, true, out);
    format_line(decoded, false, out);
    format_tree(decoded, out);
    format_hex_ascii(frame, out);
    format_json(decoded, 1, Timestamp{1732449600, 123456}, out, (data[0] & 4U) != 0 ? Direction::in : Direction::unknown);
    Bytes reply = responder().reply_to(decoded);
    if (!reply.empty()) {
        // A reply must itself decode cleanly.
        static DecodedFrame reply_decoded;
        decode_frame(reply, static_cast<std::uint32_t>(reply.size()), LinkType::ethernet, DecodeOptions{true},
                     reply_decoded);
        if (reply_decoded.truncated != nullptr || reply_decoded.malformed != nullptr) __builtin_trap();
    }
    return 0;
}
