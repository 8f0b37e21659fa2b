// Novell IPX: Ethernet II (ethertype 0x8137), 802.2 LLC (SAP 0xe0) and "raw" 802.3 framing.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace ipx {
inline constexpr std::uint16_t kEthertype = 0x8137;
inline constexpr std::uint8_t kLlcSap = 0xe0;
}  // namespace ipx

// How the datagram was framed: tcpdump names it before the addresses.
enum class IpxFraming : std::uint8_t {
    ethernet_ii,  // "(NOV-ETHII) "
    llc,          // "IPX 802.2: " (after the LLC header)
    raw_8023,     // "IPX 802.3: " (no LLC header: the checksum 0xffff where DSAP/SSAP would be)
};

// What tcpdump's ipx_print prints after the addresses, as values (see DnItem for the idea).
enum class IpxKind : std::uint8_t {
    bad_length,     // "[length a < 30]"
    ncp,            // "ipx-ncp a"
    netbios,        // "ipx-netbios a"
    diags,          // "ipx-diags a"
    nwlink,         // "ipx-nwlink-dgm a"
    other_socket,   // "ipx-#a(hex) b"
    sap_req,        // "ipx-sap-req" / "ipx-sap-nearest-req" (b != 0)
    sap_resp,       // "ipx-sap-resp" / "ipx-sap-nearest-resp" (b != 0)
    sap_other,      // "ipx-sap-?a(hex)"
    sap_type,       // " a(%04x)"
    sap_entry_type, // " a(%04x) '"
    quote,          // "'"
    sap_name,       // the server name (`bytes`, up to a NUL), cut if `a`
    sap_addr,       // " addr a(%08x).node"
    rip_req,        // "ipx-rip-req"
    rip_resp,       // "ipx-rip-resp"
    rip_other,      // "ipx-rip-?a(hex)"
    rip_entry,      // " a(%08x)/b.c"
};

struct IpxItem {
    IpxKind kind = IpxKind::ncp;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t c = 0;
    Bytes bytes;  // sap_name: the name's captured bytes; sap_addr: the node
};

struct IpxLayer {
    static const Protocol protocol;

    IpxFraming framing = IpxFraming::ethernet_ii;
    bool has_header = false;  // the addresses were captured (else only " [|ipx]")
    std::uint16_t checksum = 0;
    std::uint16_t length = 0;
    std::uint8_t hops = 0;
    std::uint8_t packet_type = 0;
    std::uint32_t dst_net = 0;
    MacAddress dst_node{};
    std::uint16_t dst_socket = 0;
    std::uint32_t src_net = 0;
    MacAddress src_node{};
    std::uint16_t src_socket = 0;
    std::span<const IpxItem> items;  // in the frame's arena
    bool invalid = false;            // " (invalid)"
    bool cut = false;                // " [|ipx]"
};

void decode_ipx(Decoder& d, Bytes data, std::uint32_t wire_len);       // ethertype 0x8137
void decode_ipx_llc(Decoder& d, Bytes data, std::uint32_t wire_len);   // LLC SAP 0xe0
void decode_ipx_8023(Decoder& d, Bytes data, std::uint32_t wire_len);  // 802.3 with no LLC header

}  // namespace tapsniff
