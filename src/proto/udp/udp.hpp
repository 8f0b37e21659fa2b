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
};

void decode_udp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
