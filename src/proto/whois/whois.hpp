// WHOIS (RFC 3912) on TCP port 43, as tcpdump 4.99.3's print-whois.c shows it: the first line of
// every segment.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t whois = 43;
}  // namespace tcp_port

struct WhoisLayer {
    static const Protocol protocol;
    TxtLine line;
    bool query = false;  // sent to port 43
};

void decode_whois(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
