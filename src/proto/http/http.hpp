// HTTP request and status lines (RFC 9112) on TCP ports 80 and 8080, as tcpdump 4.99.3's
// print-http.c shows them: the first line of a request or response, nothing of a continuation.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t http = 80, http_alt = 8080;  // tcpdump's HTTP_PORT, HTTP_PORT_ALT
}  // namespace tcp_port

struct HttpLayer {
    static const Protocol protocol;
    TxtLine line;
};

void decode_http(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
