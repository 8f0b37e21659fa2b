// Entry point of decoding: picks the first decoder by link type.
#include "tapsniff/decode.hpp"

namespace tapsniff {

void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, DecodedFrame& out) {
    out.reset(frame, wire_len, link);
    switch (link) {
        case LinkType::ethernet:
            decode_ethernet(out);
            break;
        case LinkType::raw_ip:
            // No link header: the IP version nibble says which decoder follows.
            out.payload = frame;
            out.payload_wire_len = wire_len;
            if (!frame.empty() && (static_cast<unsigned>(frame[0]) >> 4U) == 6) {
                out.ethertype = ethertype::ipv6;
                decode_ipv6(frame, wire_len, out);
            } else {
                out.ethertype = ethertype::ipv4;
                decode_ipv4(frame, wire_len, out);
            }
            out.has_ethertype = true;
            break;
    }
}

}  // namespace tapsniff
