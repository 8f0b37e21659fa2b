// MACsec (IEEE 802.1AE): the SecTAG tcpdump prints, then (integrity only) the frame's type field,
// VLAN tags and payload as Ethernet continues them, without the ICV.
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace macsectci {
inline constexpr std::uint8_t version = 0x80;
inline constexpr std::uint8_t es = 0x40;   // end station
inline constexpr std::uint8_t sc = 0x20;   // SCI present
inline constexpr std::uint8_t scb = 0x10;  // EPON
inline constexpr std::uint8_t e = 0x08;    // encrypted
inline constexpr std::uint8_t c = 0x04;    // changed text
inline constexpr std::uint8_t an_mask = 0x03;
}  // namespace macsectci

// Where tcpdump's macsec_print and the Ethernet printer after it stopped.
enum class MacsecStatus : std::uint8_t {
    ok,          // the secure data was handed on by its type (or printed in hex)
    cut,         // the SecTAG was not all there: " [|macsec]"
    invalid,     // version bit set or short length out of range: " (invalid)"
    encrypted,   // E or C: the secure data in hex
    icv_cut,     // no room for the ICV, or the short length beyond the data: " [|macsec]"
    type_cut,    // the type field past the captured bytes: " [|ether]"
    no_type,     // the short length leaves no type field: nothing more
    vlan_cut,    // " [|vlan]"
};

struct MacsecLayer {
    static const Protocol protocol;

    std::uint8_t tci_an = 0;
    std::uint8_t short_length = 0;
    std::uint32_t pn = 0;
    bool has_sci = false;
    std::uint64_t sci = 0;
    MacsecStatus status = MacsecStatus::ok;
    std::span<const VlanTag> vlans;  // after the SecTAG, in the frame's arena
    std::uint16_t etype = 0;         // the type field right after the SecTAG (tshark's macsec.etype)
    std::uint16_t type = 0;          // the type after the VLAN tags that may follow it
    Bytes payload;                   // what tcpdump prints in hex, or hands on
    std::uint32_t payload_wire_len = 0;

    [[nodiscard]] bool is_8023() const { return type <= ethertype::max_length; }
};

void decode_macsec(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
