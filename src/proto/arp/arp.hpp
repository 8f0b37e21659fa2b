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
}  // namespace arp_op

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

    // Protocol addresses print as dotted quads (IPv4 over any hardware).
    [[nodiscard]] bool ipv4_addresses() const;
};

void decode_arp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
