// Name tables, in tcpdump's wording so text lines match it (print-ether.c, print-arp.c, print-llc.c).
#include "tapsniff/names.hpp"

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

constexpr auto kArpOps = std::to_array<std::pair<std::uint16_t, const char*>>({
    {1, "Request"}, {2, "Reply"}, {3, "Reverse Request"}, {4, "Reverse Reply"},
    {8, "Inverse Request"}, {9, "Inverse Reply"}, {10, "NACK Reply"},
});

constexpr auto kArpHardware = std::to_array<std::pair<std::uint16_t, const char*>>({
    {1, "Ethernet"}, {6, "TokenRing"}, {7, "ArcNet"}, {15, "FrameRelay"}, {23, "Strip"},
    {24, "IEEE 1394"}, {19, "ATM"}, {32, "InfiniBand"},
});

constexpr auto kLlcSaps = std::to_array<std::pair<std::uint8_t, const char*>>({
    {0x00, "Null"}, {0xff, "Global"}, {0x02, "802.1B I"}, {0x03, "802.1B G"}, {0x06, "IP"},
    {0x04, "SNA"}, {0x0e, "ProWay NM"}, {0x42, "STP"}, {0x4e, "RS511"}, {0x7e, "ISO8208"},
    {0x8e, "ProWay"}, {0xaa, "SNAP"}, {0xe0, "IPX"}, {0xf0, "NetBeui"}, {0xfe, "OSI"},
});

}  // namespace

const char* ethertype_name(std::uint16_t type) {
    return lookup(kEthertypes, type);
}
const char* arp_op_name(std::uint16_t op) { return lookup(kArpOps, op); }
const char* arp_hardware_name(std::uint16_t htype) { return lookup(kArpHardware, htype); }
const char* llc_sap_name(std::uint8_t sap) { return lookup(kLlcSaps, sap); }

}  // namespace tapsniff
