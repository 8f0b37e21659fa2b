// RTSP (RFC 2326) on TCP ports 554 and 8554, as tcpdump 4.99.3's print-rtsp.c shows it: the first
// line of a request or response.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t rtsp = 554, rtsp_alt = 8554;  // tcpdump's RTSP_PORT, RTSP_PORT_ALT
}  // namespace tcp_port

struct RtspLayer {
    static const Protocol protocol;
    TxtLine line;
};

void decode_rtsp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
