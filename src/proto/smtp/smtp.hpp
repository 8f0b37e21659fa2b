// SMTP (RFC 5321) on TCP port 25, as tcpdump 4.99.3's print-smtp.c shows it: the first line of
// every segment.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t smtp = 25;
}  // namespace tcp_port

struct SmtpLayer {
    static const Protocol protocol;
    TxtLine line;
    bool request = false;  // sent to port 25 (how tshark tells a command from a reply)
};

void decode_smtp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
