// VXLAN (RFC 7348, UDP 4789): an 8-byte header, then an inner Ethernet frame.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kVxlanPort = 4789;

enum class VxlanStatus : std::uint8_t {
    ok,
    invalid,      // fewer than 8 bytes in the datagram ("VXLAN (invalid)")
    flags_cut,    // not even the flags byte captured
    vni_cut,      // flags read, the VNI cut
    reserved_cut, // everything but the last reserved byte
    inner_long,   // more captured than the datagram's length says ("[length N < caplen M]")
};

struct VxlanLayer {
    static const Protocol protocol;

    std::uint16_t flags = 0;  // the first 16 bits (tshark's vxlan.flags, VXLAN-GBP's view)
    std::uint16_t group_policy_id = 0;
    std::uint32_t vni = 0;
    std::uint8_t reserved = 0;
    std::uint32_t inner_length = 0;   // for inner_long: the datagram's length after the header
    std::uint32_t inner_caplen = 0;   // and what was captured after it
    VxlanStatus status = VxlanStatus::ok;

    [[nodiscard]] std::uint8_t flags8() const { return static_cast<std::uint8_t>(flags >> 8U); }
};

void decode_vxlan(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
