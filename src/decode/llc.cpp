// IEEE 802.2 LLC header behind an 802.3 length field.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {
constexpr std::uint8_t kUFormat = 0x03;  // low bits 11: an unnumbered frame, 1-byte control
constexpr std::uint8_t kSapSnap = 0xaa;
constexpr std::uint8_t kUnnumberedInformation = 0x03;
constexpr std::uint32_t kOuiEthernet = 0x000000;
constexpr std::uint32_t kOuiCiscoBridged = 0x0000f8;

// SNAP (RFC 1042): a 3-byte OUI and a 2-byte protocol id; OUI 0 means the id is an ethertype.
void decode_snap(Cursor& cursor, std::uint32_t wire_left, DecodedFrame& out) {
    auto oui_high = cursor.u8();
    auto oui_low = cursor.be16();
    auto pid = cursor.be16();
    if (!pid || wire_left < 5) {
        out.truncated = "snap";
        return;
    }
    LlcHeader& llc = out.llc;
    llc.has_snap = true;
    llc.oui = (static_cast<std::uint32_t>(*oui_high) << 16U) | *oui_low;
    llc.pid = *pid;
    if (llc.oui == kOuiEthernet || llc.oui == kOuiCiscoBridged) {
        decode_by_ethertype(llc.pid, cursor.rest(), wire_left - 5, out);
    }
}
}  // namespace

void decode_llc(Bytes payload, std::uint32_t wire_len, DecodedFrame& out) {
    Cursor cursor(payload);
    auto dsap = cursor.u8();
    auto ssap = cursor.u8();
    auto control = cursor.u8();
    if (!control || wire_len < 3) {
        out.truncated = "llc";
        return;
    }
    LlcHeader& llc = out.llc;
    llc.dsap_field = *dsap;
    llc.ssap_field = *ssap;
    llc.is_u = (*control & kUFormat) == kUFormat;
    llc.control = *control;
    llc.header_len = 3;
    if (!llc.is_u) {
        // I and S frames carry a 2-byte control field, little-endian.
        auto high = cursor.u8();
        if (!high || wire_len < 4) {
            out.truncated = "llc";
            return;
        }
        llc.control = static_cast<std::uint16_t>(llc.control | (*high << 8U));
        llc.header_len = 4;
    }
    out.has_llc = true;
    if (llc.is_u && (llc.dsap_field & 0xfeU) == kSapSnap && (llc.ssap_field & 0xfeU) == kSapSnap &&
        llc.control == kUnnumberedInformation) {
        decode_snap(cursor, wire_len - llc.header_len, out);
    }
}

}  // namespace tapsniff
