// PPPoE (RFC 2516): discovery packets with their tags, and session packets carrying PPP, as
// tcpdump's print-pppoe.c prints them.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

struct PppoeTag {
    std::uint16_t type = 0;
    std::uint16_t length = 0;
    Bytes value;  // all `length` bytes (a tag cut short ends the walk instead)
};

enum class PppoeStatus : std::uint8_t {
    ok,
    short_length,  // fewer than 6 bytes on the wire: " (length N < 6) (invalid)"
    cut,           // the header, or a tag, was not all captured: " [|pppoe]"
};

struct PppoeLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint8_t code = 0;
    std::uint16_t session = 0;
    std::uint16_t length = 0;        // the payload length field
    std::uint32_t available = 0;     // bytes on the wire after the header (tcpdump's `length`)
    PppoeStatus status = PppoeStatus::ok;
    std::span<const PppoeTag> tags;  // discovery: in the frame's arena
};

void decode_pppoe(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
