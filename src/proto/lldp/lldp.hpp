// IEEE 802.1AB Link Layer Discovery Protocol (ethertype 0x88cc).
#pragma once

#include <span>
#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace lldp {
inline constexpr std::uint16_t kEthertype = 0x88cc;
inline constexpr std::uint8_t kEnd = 0;
inline constexpr std::uint8_t kChassisId = 1;
inline constexpr std::uint8_t kPortId = 2;
inline constexpr std::uint8_t kTtl = 3;
inline constexpr std::uint8_t kPortDescription = 4;
inline constexpr std::uint8_t kSystemName = 5;
inline constexpr std::uint8_t kSystemDescription = 6;
inline constexpr std::uint8_t kSystemCapabilities = 7;
inline constexpr std::uint8_t kManagementAddress = 8;
inline constexpr std::uint8_t kOrganizationSpecific = 127;
}  // namespace lldp

// One TLV as it was read: its value is `length` bytes at `offset` in the LLDPDU, captured whole
// (a cut TLV ends the list). Kept small: a jumbo frame holds up to 21845 TLVs.
struct LldpTlv {
    std::uint32_t offset = 0;
    std::uint16_t length = 0;
    std::uint8_t type = 0;
};

// A chassis or port id: its subtype and the value as tshark shows it.
struct LldpId {
    enum class Kind : std::uint8_t { none, mac, ipv4, ipv6, text, bytes };
    Kind kind = Kind::none;
    std::uint8_t subtype = 0;
    MacAddress mac{};
    Ipv4Address v4{};
    Ipv6Address v6{};
    std::string_view text;  // in the frame's arena
    Bytes raw;
};

struct LldpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the LLDPDU's length on the wire
    bool cut = false;          // a TLV header or value was cut short (" [|lldp]")
    Bytes pdu;                 // what was captured of the LLDPDU
    std::span<const LldpTlv> tlvs;  // in order, up to End (in the frame's arena)

    [[nodiscard]] Bytes value(const LldpTlv& tlv) const { return pdu.subspan(tlv.offset, tlv.length); }

    // The main TLVs (the first of each), for JSON and the tree.
    LldpId chassis;
    LldpId port;
    bool has_ttl = false;
    std::uint16_t ttl = 0;
    std::string_view port_desc;
    bool has_port_desc = false;
    std::string_view system_name;
    bool has_system_name = false;
    std::string_view system_desc;
    bool has_system_desc = false;
    bool has_caps = false;
    std::uint16_t caps = 0;
    std::uint16_t enabled_caps = 0;
};

void decode_lldp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
