// Entry point of decoding: picks the first decoder by link type.
#include "tapsniff/decode.hpp"

namespace tapsniff {

namespace {

// No link header (TUN devices, LINKTYPE_RAW): the IP version nibble says which decoder follows.
void decode_raw_ip(Bytes frame, std::uint32_t wire_len, DecodedFrame& out) {
    out.payload = frame;
    out.payload_wire_len = wire_len;
    Cursor cursor(frame);
    auto first = cursor.u8();
    if (!first) {
        out.truncated = "ipn";
        return;
    }
    out.raw_ip_version = static_cast<std::uint8_t>(*first >> 4U);
    if (out.raw_ip_version == 4) {
        out.ethertype = ethertype::ipv4;
        out.has_ethertype = true;
        decode_ipv4(frame, wire_len, out);
    } else if (out.raw_ip_version == 6) {
        out.ethertype = ethertype::ipv6;
        out.has_ethertype = true;
        decode_ipv6(frame, wire_len, out);
    }
}

}  // namespace

void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, DecodedFrame& out) {
    out.reset(frame, wire_len, link);
    switch (link) {
        case LinkType::ethernet:
            decode_ethernet(out);
            break;
        case LinkType::raw_ip:
            decode_raw_ip(frame, wire_len, out);
            break;
    }
}

}  // namespace tapsniff
