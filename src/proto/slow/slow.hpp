// IEEE 802.3 Slow Protocols (ethertype 0x8809): LACP, Marker and Ethernet OAM.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace slow {
inline constexpr std::uint16_t kEthertype = 0x8809;
inline constexpr std::uint8_t kLacp = 1;
inline constexpr std::uint8_t kMarker = 2;
inline constexpr std::uint8_t kOam = 3;
}  // namespace slow

// How far tcpdump's slow_print gets.
enum class SlowReach : std::uint8_t {
    too_short,      // " (packet is too short)"
    cut,            // the subtype or version was not captured: " [|slow]"
    bad_version,    // "LACP version N packet not supported"
    header,         // "LACPv1, length N" / "OAM, length N" / "unknown (N), length N" + hex
};

// An LACP actor or partner information TLV.
struct LacpPeer {
    std::uint16_t sys_priority = 0;
    MacAddress sys{};
    std::uint16_t key = 0;
    std::uint16_t port_priority = 0;
    std::uint16_t port = 0;
    std::uint8_t state = 0;
};

struct SlowLayer {
    std::uint32_t length = 0;  // the PDU's length on the wire
    SlowReach reach = SlowReach::cut;
    std::uint8_t subtype = 0;
    std::uint8_t version = 0;
    Bytes pdu;  // what was captured of it (an unknown subtype's hex lines)
    // LACP: the actor, partner and collector TLVs, when there in the usual order.
    bool has_actor = false;
    LacpPeer actor;
    bool has_partner = false;
    LacpPeer partner;
    bool has_collector = false;
    std::uint16_t max_delay = 0;
    // Marker: the marker information TLV.
    bool has_marker_info = false;
    std::uint8_t marker_tlv_type = 0;
    std::uint16_t requester_port = 0;
    MacAddress requester_system{};
    std::uint32_t requester_transaction_id = 0;
    // OAM: the common header.
    bool has_oam = false;
    std::uint16_t oam_flags = 0;
    std::uint8_t oam_code = 0;
};

// One layer type per JSON key: "lacp", "marker", "oampdu"; "slow" for the rest.
struct LacpLayer : SlowLayer {
    static const Protocol protocol;
};
struct MarkerLayer : SlowLayer {
    static const Protocol protocol;
};
struct OamLayer : SlowLayer {
    static const Protocol protocol;
};
struct SlowOtherLayer : SlowLayer {
    static const Protocol protocol;
};

void decode_slow(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
