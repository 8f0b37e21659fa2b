// FTP control connection (RFC 959) on TCP port 21, as tcpdump 4.99.3's print-ftp.c shows it: the
// first line of every segment.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/txtproto/txtproto.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t ftp = 21;
}  // namespace tcp_port

struct FtpLayer {
    static const Protocol protocol;
    TxtLine line;
    bool request = false;  // sent to port 21 (how tshark tells a command from a reply)
};

void decode_ftp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
