// Plain layer structs that decoders fill and formatters read; one DecodedFrame per frame.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "tapsniff/cursor.hpp"
#include "tapsniff/ip_layers.hpp"

namespace tapsniff {

using MacAddress = std::array<std::uint8_t, 6>;

struct EthernetHeader {
    MacAddress dst{};
    MacAddress src{};
};

// One 802.1Q/802.1ad tag; tpid is the ethertype that announced it.
struct VlanTag {
    std::uint16_t tpid = 0;
    std::uint16_t tci = 0;
    [[nodiscard]] unsigned id() const { return tci & 0x0fffU; }
    [[nodiscard]] unsigned pcp() const { return tci >> 13U; }
    [[nodiscard]] unsigned dei() const { return (tci >> 12U) & 1U; }
};

// ARP/RARP with any hardware/protocol type and address lengths.
struct ArpPacket {
    std::uint16_t htype = 0;
    std::uint16_t ptype = 0;
    std::uint8_t hlen = 0;
    std::uint8_t plen = 0;
    std::uint16_t op = 0;
    Bytes sha, spa, tha, tpa;   // views into the frame; complete only if !truncated
    Bytes whole;                // from the ARP header to the end of the captured bytes
    std::uint32_t length = 0;   // bytes after the Ethernet/VLAN headers on the wire
};

// 802.2 LLC header after an 802.3 length field.
struct LlcHeader {
    std::uint8_t dsap_field = 0;
    std::uint8_t ssap_field = 0;
    std::uint16_t control = 0;
    bool is_u = false;          // U frames have a 1-byte control field
    std::uint8_t header_len = 0;
    bool has_snap = false;      // SNAP: an OUI and a protocol id follow the header
    std::uint32_t oui = 0;
    std::uint16_t pid = 0;
};

// The layers of one frame, outermost first. A layer's flag says it was decoded in full;
// `truncated` names the layer that was cut, `malformed` says what made no sense.
struct DecodedFrame {
    Bytes bytes;                  // captured bytes of the frame
    std::uint32_t wire_len = 0;   // length on the wire (>= bytes.size())
    LinkType link = LinkType::ethernet;

    bool has_ethernet = false;
    EthernetHeader ethernet;
    std::vector<VlanTag> vlans;   // outermost first; capacity is kept across frames
    std::uint16_t ethertype = 0;  // type/length field after all VLAN tags (raw IP: 0x0800/0x86dd)
    std::uint8_t raw_ip_version = 0;  // raw IP frames: the version nibble (4, 6 or what was there)
    bool has_ethertype = false;

    // What follows the Ethernet/VLAN headers (the LLC header, ARP, IP ...).
    Bytes payload;
    std::uint32_t payload_wire_len = 0;

    bool has_llc = false;
    LlcHeader llc;
    bool has_arp = false;         // fixed ARP header present (addresses may still be cut)
    ArpPacket arp;
    IpLayers ip;                  // IPv4/IPv6 and what they carry

    // Set by the caller, kept across frames: checksums are verified only for those who look at
    // them (-v, --respond); summaries and JSON need none, and summing every byte would be the
    // most expensive part of decoding.
    bool verify_checksums = true;

    const char* truncated = nullptr;  // "ether", "vlan", "llc", "arp", ...
    const char* malformed = nullptr;  // short reason, e.g. "arp hlen 0"

    void reset(Bytes frame, std::uint32_t wire_length, LinkType link_type) {
        bytes = frame;
        wire_len = wire_length;
        link = link_type;
        has_ethernet = has_ethertype = has_llc = has_arp = false;
        llc.has_snap = false;
        vlans.clear();
        ethertype = 0;
        raw_ip_version = 0;
        payload = {};
        payload_wire_len = 0;
        truncated = malformed = nullptr;
        ip.reset();
    }
};

}  // namespace tapsniff
