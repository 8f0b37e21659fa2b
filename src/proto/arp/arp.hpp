// ARP and RARP (RFC 826, RFC 903, RFC 2390) with any hardware/protocol type and address lengths.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace arp_op {
inline constexpr std::uint16_t request = 1;
inline constexpr std::uint16_t reply = 2;
inline constexpr std::uint16_t reverse_request = 3;
inline constexpr std::uint16_t reverse_reply = 4;
inline constexpr std::uint16_t inverse_request = 8;
inline constexpr std::uint16_t inverse_reply = 9;
inline constexpr std::uint16_t nak = 10;  // ATMARP only
}  // namespace arp_op

namespace arp_hardware {
inline constexpr std::uint16_t frame_relay = 15;  // addresses are Q.922 DLCIs
inline constexpr std::uint16_t atm = 19;          // RFC 2225: ATMARP's own layout
}  // namespace arp_hardware

// A Frame Relay hardware address as tcpdump reads it (print-fr.c's parse_q922_header).
struct Q922Address {
    enum class Kind : std::uint8_t { empty, dlci, invalid, truncated };
    Kind kind = Kind::empty;
    std::uint32_t dlci = 0;
};

// The ATMARP header's type/length bytes (RFC 2225 section 8.7), read for htype 19 instead of
// hlen/plen: each hardware address is an ATM number (sha, tha) plus a subaddress (ssa, tsa).
struct AtmArpLengths {
    static constexpr std::uint8_t kLength = 0x3f;  // the length in a type/length byte; 0x40 says E.164
    std::uint8_t shtl = 0, sstl = 0, spln = 0, thtl = 0, tstl = 0, tpln = 0;
    bool read = false;  // all twelve header bytes were captured
};

struct ArpLayer {
    static const Protocol protocol;

    std::uint16_t htype = 0;
    std::uint16_t ptype = 0;
    std::uint8_t hlen = 0;
    std::uint8_t plen = 0;
    std::uint16_t op = 0;
    bool has_addresses = false;  // all four addresses were captured
    Bytes sha, spa, tha, tpa;    // views into the frame
    Bytes whole;                 // from the ARP header to the end of the captured bytes
    std::uint32_t length = 0;    // bytes after the link-layer headers on the wire
    bool atm = false;            // htype 19: the ATMARP layout (hlen/plen hold shtl/sstl)
    AtmArpLengths atm_lengths;
    Bytes ssa, tsa;              // ATM subaddresses
    Q922Address sha_dlci, tha_dlci;  // htype 15

    // Protocol addresses print as dotted quads (IPv4 over any hardware).
    [[nodiscard]] bool ipv4_addresses() const;
};

void decode_arp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
