// The IPv6 mobility header (RFC 6275, IPv6 next header 135, and 62 of the drafts before it): what
// tcpdump's mobility_print reads without -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace mobility {
inline constexpr std::uint8_t kIpProtocol = 135;
inline constexpr std::uint8_t kIpProtocolOld = 62;
}  // namespace mobility

struct MobilityLayer {
    static const Protocol protocol;

    std::uint32_t captured = 0;
    std::uint8_t payload_proto = 0;
    std::uint8_t len = 0;          // in 8-octet units, not counting the first 8
    std::uint8_t type = 0;
    std::uint16_t checksum = 0;
    // Bytes 6-11, as the message types use them (status, flags, sequence, nonce, lifetime).
    std::uint8_t data8[2]{};       // NOLINT(modernize-avoid-c-arrays): two bytes, as the RFC draws them
    std::uint16_t word8 = 0;       // bytes 8-9
    std::uint16_t word10 = 0;      // bytes 10-11
    Ipv6Address home{};            // binding error: bytes 8-23

    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
    [[nodiscard]] unsigned header_len() const { return (len + 1U) * 8U; }
    [[nodiscard]] std::uint16_t word6() const { return static_cast<std::uint16_t>((data8[0] << 8U) | data8[1]); }
};

// Over IPv6 only: over IPv4 tcpdump prints these numbers as unknown protocols (nothing is added).
void decode_mobility(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
