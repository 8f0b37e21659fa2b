// HSRP (RFC 2281, UDP 1985): Cisco's hot standby router protocol, version 0.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kHsrpPort = 1985;

struct HsrpLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t op_code = 0;
    std::uint8_t state = 0;
    std::uint8_t hellotime = 0;
    std::uint8_t holdtime = 0;
    std::uint8_t priority = 0;
    std::uint8_t group = 0;
    std::uint8_t reserved = 0;
    Bytes auth;
    Ipv4Address virtual_ip{};
    std::uint32_t length = 0;    // the datagram's payload length
    std::size_t captured = 0;    // header bytes captured (of 20): tcpdump prints up to the first missing field
};

void decode_hsrp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
