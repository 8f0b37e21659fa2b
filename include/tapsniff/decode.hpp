// Decoders: bytes in, plain layer structs out. They never print and never trust a length field.
#pragma once

#include "tapsniff/decoded.hpp"

namespace tapsniff {

// Ethertypes the decoders and formatters act on.
namespace ethertype {
inline constexpr std::uint16_t ipv4 = 0x0800;
inline constexpr std::uint16_t arp = 0x0806;
inline constexpr std::uint16_t rarp = 0x8035;
inline constexpr std::uint16_t vlan_8021q = 0x8100;
inline constexpr std::uint16_t vlan_qinq = 0x88a8;
inline constexpr std::uint16_t vlan_9100 = 0x9100;
inline constexpr std::uint16_t vlan_9200 = 0x9200;
inline constexpr std::uint16_t ipv6 = 0x86dd;
inline constexpr std::uint16_t trail = 0x1000;
inline constexpr std::uint16_t max_length = 1500;  // 802.3: values up to this are lengths
}  // namespace ethertype

// IP protocol numbers (next-header values) the decoders act on.
namespace ipproto {
inline constexpr std::uint8_t hopopts = 0;
inline constexpr std::uint8_t icmp = 1;
inline constexpr std::uint8_t tcp = 6;
inline constexpr std::uint8_t udp = 17;
inline constexpr std::uint8_t routing = 43;
inline constexpr std::uint8_t fragment = 44;
inline constexpr std::uint8_t icmpv6 = 58;
inline constexpr std::uint8_t none = 59;
inline constexpr std::uint8_t dstopts = 60;
inline constexpr std::uint8_t dccp = 33;
inline constexpr std::uint8_t sctp = 132;
}  // namespace ipproto

// Decodes a whole frame of the given link type into `out` (reset first).
void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, DecodedFrame& out);

// One per protocol; each reads `out.payload`-style views handed to it by the layer below.
void decode_ethernet(DecodedFrame& out);
// Reads the tags while `type` announces one; returns false if a tag was cut short.
bool decode_vlan_tags(Cursor& cursor, std::uint32_t& wire_left, std::uint16_t& type, DecodedFrame& out);
void decode_arp(Bytes payload, std::uint32_t wire_len, DecodedFrame& out);
void decode_llc(Bytes payload, std::uint32_t wire_len, DecodedFrame& out);
// Decodes what an ethertype announces (ARP, IP ...); other types are left undecoded.
void decode_by_ethertype(std::uint16_t type, Bytes payload, std::uint32_t wire_len, DecodedFrame& out);
// IP packets (and everything above them) starting at `packet`, `wire_len` bytes on the wire.
void decode_ipv4(Bytes packet, std::uint32_t wire_len, DecodedFrame& out);
void decode_ipv6(Bytes packet, std::uint32_t wire_len, DecodedFrame& out);
// The layer above IP: `payload` is what was captured of it (cut at the IP length), `length` what
// the IP header(s) say it holds. Dispatches on out.ip.upper_proto.
void decode_ip_upper(Bytes payload, std::uint32_t length, DecodedFrame& out);
void decode_icmp(Bytes payload, std::uint32_t length, DecodedFrame& out);
void decode_icmp6(Bytes payload, std::uint32_t length, DecodedFrame& out);
void decode_udp(Bytes payload, std::uint32_t length, DecodedFrame& out);
void decode_tcp(Bytes payload, std::uint32_t length, DecodedFrame& out);

[[nodiscard]] inline bool is_vlan_tpid(std::uint16_t type) {
    return type == ethertype::vlan_8021q || type == ethertype::vlan_qinq ||
           type == ethertype::vlan_9100 || type == ethertype::vlan_9200;
}

}  // namespace tapsniff
