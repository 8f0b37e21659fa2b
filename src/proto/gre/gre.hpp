// GRE (RFC 1701/2784/2890) and enhanced GRE for PPTP (RFC 2637): the header's optional fields in
// the order tcpdump's print-gre.c reads them, then the payload by its protocol type.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace gre {
inline constexpr std::uint16_t checksum_present = 0x8000;
inline constexpr std::uint16_t routing_present = 0x4000;
inline constexpr std::uint16_t key_present = 0x2000;
inline constexpr std::uint16_t sequence_present = 0x1000;
inline constexpr std::uint16_t ack_present = 0x0080;  // version 1
inline constexpr std::uint16_t version_mask = 0x0007;
inline constexpr std::uint16_t sre_ip = 0x0800;
inline constexpr std::uint16_t sre_asn = 0xfffe;
}  // namespace gre

// One source route entry (routing present, version 0).
struct GreSre {
    std::uint16_t af = 0;
    std::uint8_t offset = 0;
    std::uint8_t length = 0;
    Bytes entries;       // the captured bytes of its route (at most `length`) that tcpdump prints
};

struct GreLayer {
    static const Protocol protocol;

    std::uint16_t flags = 0;        // the first 16 bits: flags, recursion, version
    std::uint8_t version = 0;
    bool has_proto = false;
    std::uint16_t proto = 0;
    bool has_offset = false;        // checksum or routing present: checksum and offset read
    std::uint16_t checksum = 0;
    std::uint16_t offset = 0;
    bool has_key = false;
    std::uint32_t key = 0;          // version 1: payload length (high half), call id (low half)
    bool has_seq = false;
    std::uint32_t seq = 0;
    bool has_ack = false;
    std::uint32_t ack = 0;
    std::span<const GreSre> routes;  // in the frame's arena
    bool cut = false;               // the header ended early: " [|gre]" after what was read
    std::uint32_t length = 0;       // bytes of GRE on the wire (tcpdump's "length")

    [[nodiscard]] bool payload_follows() const { return !cut && (version == 0 || (flags & gre::sequence_present) != 0); }
};

void decode_gre(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
