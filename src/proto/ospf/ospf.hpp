// OSPFv2 (RFC 2328) over IPv4 and OSPFv3 (RFC 5340) over IPv6: the common header tcpdump's
// ospf_print and ospf6_print read without -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace ospf {
inline constexpr std::uint8_t kIpProtocol = 89;
inline constexpr std::uint16_t kAuthMd5 = 2;  // OSPFv2: a 16-byte digest trails the packet
inline constexpr std::size_t kMd5Len = 16;
}  // namespace ospf

struct OspfLayer {
    static const Protocol protocol;

    bool over_ipv6 = false;        // tcpdump prints OSPF over IPv6 as OSPFv3, over IPv4 as OSPFv2
    std::uint32_t length = 0;      // on the wire, per the IP header
    std::uint32_t captured = 0;
    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint16_t packet_length = 0;
    Ipv4Address router_id{};
    Ipv4Address area_id{};
    std::uint16_t checksum = 0;
    std::uint16_t auth_type = 0;   // OSPFv2
    std::uint8_t instance_id = 0;  // OSPFv3

    [[nodiscard]] bool has(std::size_t n) const { return captured >= n; }
};

void decode_ospf(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
