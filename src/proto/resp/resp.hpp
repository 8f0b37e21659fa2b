// RESP, the Redis serialization protocol, on TCP port 6379, as tcpdump 4.99.3's print-resp.c shows
// it: every item of every (pipelined) command or reply in the segment, on one line.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t redis = 6379;
}  // namespace tcp_port

// What tcpdump prints for one item; arrays print only their elements (or "empty", "null" ...).
enum class RespKind : std::uint8_t {
    text,       // a simple string, error, integer, bulk string or inline command: ' "<text>"'
    empty,      // "$0" or "*0"
    null,       // "$-1" or "*-1"
    too_large,  // a length beyond INT_MAX
    negative,   // a negative length other than -1
    invalid,    // a length that is not a number
};

struct RespItem {
    RespKind kind = RespKind::text;
    std::uint32_t offset = 0;  // text: where it starts in the payload, and how long it is
    std::uint32_t length = 0;
};

struct RespLayer {
    static const Protocol protocol;
    // More items than this (a segment of one-character inline commands) are not kept: the line
    // then ends after the first ones.
    static constexpr std::uint32_t kMaxItems = 16384;

    Bytes payload;                   // the captured payload the items point into
    const RespItem* items = nullptr;  // in the frame's arena
    std::uint32_t count = 0;
    bool cut = false;                // tcpdump gave up: " [|resp]" (cut short, or not RESP)
};

void decode_resp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
