// Protocol numbers shared across homes, each written once: ethertypes and IP protocol numbers.
// A number used by one protocol alone lives in that protocol's home.
#pragma once

#include <cstdint>

namespace tapsniff {

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
inline constexpr std::uint16_t teb = 0x6558;          // transparent Ethernet bridging (GRE)
inline constexpr std::uint16_t mpls = 0x8847;
inline constexpr std::uint16_t mpls_multicast = 0x8848;
inline constexpr std::uint16_t pppoe_discovery = 0x8863;
inline constexpr std::uint16_t pppoe_session = 0x8864;
inline constexpr std::uint16_t pppoe_discovery_3com = 0x3c12;
inline constexpr std::uint16_t pppoe_session_3com = 0x3c13;
inline constexpr std::uint16_t ppp = 0x880b;
inline constexpr std::uint16_t macsec = 0x88e5;
inline constexpr std::uint16_t max_length = 1500;  // 802.3: values up to this are lengths

[[nodiscard]] inline bool is_vlan_tpid(std::uint16_t type) {
    return type == vlan_8021q || type == vlan_qinq || type == vlan_9100 || type == vlan_9200;
}
}  // namespace ethertype

// tcpdump's ethertype_values; nullptr when the type has no name.
const char* ethertype_name(std::uint16_t type);

namespace ipproto {
inline constexpr std::uint8_t hopopts = 0;
inline constexpr std::uint8_t icmp = 1;
inline constexpr std::uint8_t igmp = 2;
inline constexpr std::uint8_t ipv4 = 4;        // IP in IP
inline constexpr std::uint8_t tcp = 6;
inline constexpr std::uint8_t udp = 17;
inline constexpr std::uint8_t dccp = 33;
inline constexpr std::uint8_t ipv6 = 41;        // IPv6 in IP
inline constexpr std::uint8_t routing = 43;
inline constexpr std::uint8_t fragment = 44;
inline constexpr std::uint8_t gre = 47;
inline constexpr std::uint8_t esp = 50;
inline constexpr std::uint8_t ah = 51;
inline constexpr std::uint8_t icmpv6 = 58;
inline constexpr std::uint8_t none = 59;
inline constexpr std::uint8_t dstopts = 60;
inline constexpr std::uint8_t sctp = 132;
inline constexpr std::uint8_t ethernet = 143;   // Ethernet in IPv6 (RFC 8986)
}  // namespace ipproto

}  // namespace tapsniff

namespace tapsniff {
// The IP protocol's usual name ("TCP" for 6), for the -v tree; nullptr when it has none.
const char* ip_protocol_name(std::uint8_t protocol);
}  // namespace tapsniff
