// SIP (RFC 3261) on UDP port 5060, as tcpdump 4.99.3's print-sip.c shows it: the first line of a
// request or response. (tcpdump 4.99.3's tcp_print has no SIP row: SIP over TCP stays undecoded.)
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace udp_port {
inline constexpr std::uint16_t sip = 5060;
}  // namespace udp_port

struct SipLayer {
    static const Protocol protocol;
    TxtLine line;
};

void decode_sip(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
