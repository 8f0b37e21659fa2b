// UDP (RFC 768): ports, length checks in tcpdump's order, checksum with the pseudo-header.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

enum class UdpStatus : std::uint8_t {
    ok,
    ports_cut,       // not even the ports were captured
    short_length,    // fewer than 8 bytes on the wire ("truncated-udp N")
    header_cut,      // ports captured, the rest of the header not
    bad_length,      // length field < 8 ("truncated-udplength N")
};

struct UdpLayer {
    static const Protocol protocol;

    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint16_t length_field = 0;
    std::uint16_t checksum_field = 0;
    std::uint32_t ip_len = 0;        // bytes the IP layer says belong to UDP
    UdpStatus status = UdpStatus::ok;
    Checksum checksum;
    Bytes payload;                   // captured bytes after the header (cut at the UDP length)
    Bytes captured_rest;             // captured bytes after the header up to the IP payload's end
};

void decode_udp(Decoder& d, Bytes data, std::uint32_t wire_len);

// What tcpdump's printers may read of a UDP payload: its GET_ macros stop at the end of the IP
// payload (its snapend), not at the UDP length, which only the printers' own checks use. For
// `data` that is the payload of the UDP layer just added, the captured bytes up to the IP payload's
// end; otherwise `data` itself.
inline Bytes udp_snap(const DecodedFrame& frame, Bytes data) {
    const UdpLayer* udp = frame.size() > 0 ? frame.get<UdpLayer>(frame.size() - 1) : nullptr;
    if (udp == nullptr || udp->payload.data() != data.data() || udp->payload.size() != data.size()) return data;
    return udp->captured_rest;
}

}  // namespace tapsniff
