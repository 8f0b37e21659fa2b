// The ethertype names, in tcpdump's wording so text lines match it (print-ether.c).
#include "proto/numbers.hpp"

#include <array>
#include <utility>

namespace tapsniff {
namespace {

template <class Key, std::size_t N>
const char* lookup(const std::array<std::pair<Key, const char*>, N>& table, Key key) {
    for (const auto& [value, name] : table) {
        if (value == key) return name;
    }
    return nullptr;
}

// Order matters where a value repeats (0x9100): the first entry wins, as in tcpdump.
constexpr auto kEthertypes = std::to_array<std::pair<std::uint16_t, const char*>>({
    {0x0800, "IPv4"}, {0x8847, "MPLS unicast"}, {0x8848, "MPLS multicast"}, {0x86dd, "IPv6"},
    {0x8100, "802.1Q"}, {0x9100, "802.1Q-9100"}, {0x88a8, "802.1Q-QinQ"}, {0x9200, "802.1Q-9200"},
    {0x88e5, "802.1AE MACsec"}, {0x9100, "VMAN"}, {0x0200, "PUP"}, {0x0806, "ARP"},
    {0x8035, "Reverse ARP"}, {0x0600, "NS"}, {0x0500, "Sprite"}, {0x1000, "Trail"},
    {0x6001, "MOP DL"}, {0x6002, "MOP RC"}, {0x6003, "DN"}, {0x6004, "LAT"}, {0x6007, "SCA"},
    {0x6558, "TEB"}, {0x8038, "Lanbridge"}, {0x803c, "DEC DNS"}, {0x803e, "DEC DTS"},
    {0x805b, "VEXP"}, {0x805c, "VPROD"}, {0x809b, "Appletalk"}, {0x80f3, "Appletalk ARP"},
    {0x8137, "IPX"}, {0x880b, "PPP"}, {0x8808, "MPCP"}, {0x8809, "Slow Protocols"},
    {0x8863, "PPPoE D"}, {0x8864, "PPPoE S"}, {0x888e, "EAPOL"}, {0x8899, "Realtek protocols"},
    {0x886f, "MS NLB heartbeat"}, {0x8870, "Jumbo"}, {0x894f, "NSH"}, {0x9000, "Loopback"},
    {0xfefe, "OSI"}, {0x00fe, "GRE-OSI"}, {0xabcd, "CFM (old)"}, {0x8902, "CFM"},
    {0x893a, "IEEE1905.1"}, {0x88cc, "LLDP"}, {0x88ca, "TIPC"}, {0x0707, "GeoNet (old)"},
    {0x8947, "GeoNet"}, {0x1111, "CALM FAST"}, {0x88a2, "AoE"}, {0x88f7, "PTP"},
    {0xd28b, "Arista Vendor Specific Protocol"},
});

}  // namespace

const char* ethertype_name(std::uint16_t type) {
    return lookup(kEthertypes, type);
}

}  // namespace tapsniff

namespace tapsniff {

const char* ip_protocol_name(std::uint8_t protocol) {
    switch (protocol) {
        case 0: return "IPv6 Hop-by-Hop Option";
        case 1: return "ICMP";
        case 2: return "IGMP";
        case 4: return "IPIP";
        case 6: return "TCP";
        case 17: return "UDP";
        case 41: return "IPv6";
        case 43: return "IPv6 Routing";
        case 44: return "IPv6 Fragment";
        case 47: return "GRE";
        case 50: return "ESP";
        case 51: return "AH";
        case 58: return "ICMPv6";
        case 59: return "IPv6 No Next Header";
        case 60: return "IPv6 Destination Options";
        case 88: return "EIGRP";
        case 89: return "OSPF";
        case 103: return "PIM";
        case 112: return "VRRP";
        case 132: return "SCTP";
        case 137: return "MPLS in IP";
        default: return nullptr;
    }
}

}  // namespace tapsniff
