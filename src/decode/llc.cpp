// IEEE 802.2 LLC header behind an 802.3 length field.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {
constexpr std::uint8_t kUFormat = 0x03;  // low bits 11: an unnumbered frame, 1-byte control
}

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
}

}  // namespace tapsniff
