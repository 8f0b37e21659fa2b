// RIP v1/v2 (RFC 1058, 2453; UDP 520): tcpdump prints the command at default verbosity.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kRipPort = 520;

struct RipLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t command = 0;
    std::uint32_t length = 0;   // the datagram's payload length
    Bytes dump;                 // version 0: what tcpdump dumps in hex
    std::uint16_t routes = 0;   // whole 20-byte entries captured after the header
};

void decode_rip(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
