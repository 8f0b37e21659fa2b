// Cisco Discovery Protocol (SNAP OUI 0x00000c, pid 0x2000).
#pragma once

#include <span>
#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace cdp {
inline constexpr std::uint16_t kSnapPid = 0x2000;
inline constexpr std::uint16_t kDeviceId = 0x01;
inline constexpr std::uint16_t kPortId = 0x03;
inline constexpr std::uint16_t kCapabilities = 0x04;
inline constexpr std::uint16_t kPlatform = 0x06;
inline constexpr std::uint16_t kNativeVlan = 0x0a;
}  // namespace cdp

// One TLV: its value is `length` bytes (header excluded) at `offset` in the message, of which
// `captured` were captured. Kept small: a jumbo frame holds up to 16384 TLVs.
struct CdpTlv {
    std::uint32_t offset = 0;
    std::uint16_t type = 0;
    std::uint16_t length = 0;
    std::uint16_t captured = 0;
    bool malformed = false;  // a length outside what the type allows (" (malformed TLV)")
    bool cut = false;        // the value was not all captured: the text stops in it
};

// Why tcpdump's cdp_print stopped before ", length N".
enum class CdpStop : std::uint8_t {
    none,
    header_cut,         // the version/ttl or checksum, or a TLV header, was not captured
    packet_short,       // " (packet length N < 4)"
    remaining_short,    // " (remaining packet length N < 4)"
    tlv_too_short,      // ", NAME TLV length N too short"
    tlv_too_long,       // " (TLV length N > M)"
    tlv_cut,            // the last TLV's value was cut
};

struct CdpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the CDP message's length on the wire
    bool has_version = false;  // version and ttl read
    std::uint8_t version = 0;
    std::uint8_t ttl = 0;
    bool has_checksum = false;
    std::uint16_t checksum = 0;
    Bytes message;                 // what was captured of the message
    std::span<const CdpTlv> tlvs;  // in the frame's arena
    CdpStop stop = CdpStop::none;
    std::uint16_t bad_type = 0;     // tlv_too_short: the TLV's type
    std::uint32_t bad_value = 0;    // the number the message names
    std::uint32_t bad_limit = 0;    // tlv_too_long: what was left
    bool rest_cut = false;          // after " (invalid)", the rest was not all captured

    // The main TLVs, for JSON and the tree.
    std::string_view device_id;
    std::string_view port_id;
    std::string_view platform;
    bool has_caps = false;
    std::uint32_t caps = 0;
    bool has_native_vlan = false;
    std::uint16_t native_vlan = 0;

    [[nodiscard]] Bytes value(const CdpTlv& tlv) const { return message.subspan(tlv.offset, tlv.captured); }
};

void decode_cdp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
