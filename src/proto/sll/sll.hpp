// Linux cooked captures (LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2): the pseudo-header libpcap
// writes for `tcpdump -i any` in place of the link header, with the packet type (In/Out/B/M/P),
// the link-layer source address and the protocol; SLL2 adds the interface index.
#pragma once

#include <array>
#include <span>

#include "proto/decoder.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace sll {
inline constexpr std::size_t kHeaderLen = 16;   // SLL_HDR_LEN
inline constexpr std::size_t kHeader2Len = 20;  // SLL2_HDR_LEN
// sll_pkttype (the kernel's PACKET_* values).
inline constexpr std::uint16_t kHost = 0;
inline constexpr std::uint16_t kBroadcast = 1;
inline constexpr std::uint16_t kMulticast = 2;
inline constexpr std::uint16_t kOtherHost = 3;
inline constexpr std::uint16_t kOutgoing = 4;
// sll_protocol values at most 1500 that are not Ethernet types.
inline constexpr std::uint16_t kProto8023 = 0x0001;  // Novell 802.3 without an 802.2 header
inline constexpr std::uint16_t kProto8022 = 0x0004;  // 802.2 LLC
inline constexpr std::uint16_t kHatypeIpGre = 778;     // ARPHRD_IPGRE
inline constexpr std::uint16_t kHatypeRadiotap = 803;  // ARPHRD_IEEE80211_RADIOTAP
}  // namespace sll

// The fields of both versions; `version` says which were on the wire (ifindex only in v2).
struct SllHeader {
    std::uint8_t version = 1;
    std::uint16_t pkttype = 0;
    std::uint16_t hatype = 0;
    std::uint16_t halen = 0;
    std::array<std::uint8_t, 8> addr{};
    std::uint16_t proto = 0;         // sll_protocol: an ethertype, or 0x0001/0x0004
    std::uint32_t ifindex = 0;       // SLL2
    std::span<const VlanTag> vlans;  // 802.1Q tags after the header (tcpdump follows 0x8100 only)
    std::uint16_t type = 0;          // the protocol after the tags (0x0004 for an 802.2 frame in a tag)
    bool vlan_cut = false;           // a tag was cut short: tcpdump's " [|vlan]"
    Bytes payload;                   // what follows the header and the tags
    std::uint32_t payload_wire_len = 0;

    [[nodiscard]] bool has_mac() const { return halen == 6; }
    [[nodiscard]] MacAddress mac() const { return {addr[0], addr[1], addr[2], addr[3], addr[4], addr[5]}; }
};

struct SllLayer : SllHeader {
    static const Protocol protocol;
};

struct Sll2Layer : SllHeader {
    static const Protocol protocol;
};

void decode_sll(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_sll2(Decoder& d, Bytes data, std::uint32_t wire_len);

// tcpdump's word for a packet type: "In", "B", "M", "P", "Out", or "?".
const char* sll_pkttype_word(std::uint16_t pkttype);

}  // namespace tapsniff
