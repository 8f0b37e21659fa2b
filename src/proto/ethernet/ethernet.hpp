// Ethernet II / IEEE 802.3 with 802.1Q/802.1ad VLAN tags stacked to any depth.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "render/out.hpp"

namespace tapsniff {

// One 802.1Q/802.1ad tag; tpid is the ethertype that announced it.
struct VlanTag {
    std::uint16_t tpid = 0;
    std::uint16_t tci = 0;
    [[nodiscard]] unsigned id() const { return tci & 0x0fffU; }
    [[nodiscard]] unsigned pcp() const { return tci >> 13U; }
    [[nodiscard]] unsigned dei() const { return (tci >> 12U) & 1U; }
};

struct EthernetLayer {
    static const Protocol protocol;

    MacAddress dst{};
    MacAddress src{};
    std::span<const VlanTag> vlans;  // outermost first, in the frame's arena
    std::uint16_t type = 0;          // the type/length field after all tags
    bool has_type = false;           // false: a VLAN tag was cut short
    Bytes payload;                   // what follows the headers (cut at an 802.3 length)
    std::uint32_t payload_wire_len = 0;
    std::uint32_t wire_len = 0;      // bytes on the wire from this header on (the frame, or a tunnel's inner frame)

    [[nodiscard]] bool is_8023() const { return type <= ethertype::max_length; }
};

void decode_ethernet(Decoder& d, Bytes data, std::uint32_t wire_len);

// The 802.1Q/802.1ad tags while `type` announces one (shared with MACsec, whose secure data
// starts with a type field): `type` ends as the type after them. False: a tag was cut short.
bool decode_vlan_tags(Decoder& d, Cursor& cursor, std::uint32_t& wire_left, std::uint16_t& type,
                      std::span<const VlanTag>& vlans);

// "vlan 100, p 3, " (", DEI, " with the DEI bit), as ieee8021q_tci_string and its separator print it.
void append_vlan_tci(OutBuffer& out, const VlanTag& tag);

// "ethertype IPv4 (0x0800)", "ethertype Unknown (0x1234)"
void append_ethertype(OutBuffer& out, std::uint16_t type);

}  // namespace tapsniff
