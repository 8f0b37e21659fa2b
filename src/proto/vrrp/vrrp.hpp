// VRRP v2/v3 (RFC 3768, RFC 5798): the header tcpdump's vrrp_print reads without -v.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

namespace vrrp {
inline constexpr std::uint8_t kIpProtocol = 112;
}  // namespace vrrp

struct VrrpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // on the wire, per the IP header
    std::uint32_t captured = 0;
    std::uint8_t ttl = 0;        // the enclosing IPv4 TTL or IPv6 hop limit
    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint8_t vrid = 0;
    std::uint8_t priority = 0;
    std::uint8_t addr_count = 0;
    std::uint8_t byte4 = 0;      // v2: authentication type; v3: reserved nibble and interval high bits
    std::uint8_t byte5 = 0;      // v2: advertisement interval (s); v3: interval low byte
    Checksum checksum;
    // The virtual addresses captured (IPv4 or IPv6, as the enclosing header), in the frame's arena.
    std::span<const Ipv4Address> addrs4;
    std::span<const Ipv6Address> addrs6;

    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
    // v3: the advertisement interval in centiseconds.
    [[nodiscard]] unsigned interval_v3() const { return ((byte4 & 0x0fU) << 8U) | byte5; }
};

void decode_vrrp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
