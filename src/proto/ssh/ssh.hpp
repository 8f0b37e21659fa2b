// SSH on TCP port 22: the version banner (RFC 4253 section 4.2), as tcpdump 4.99.3's print-ssh.c
// shows it; it prints nothing for the binary packets that follow.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t ssh = 22;
}  // namespace tcp_port

struct SshLayer {
    static const Protocol protocol;
    enum class Kind : std::uint8_t {
        other,   // not a banner line: tcpdump prints nothing
        banner,  // "SSH-..." up to its line end: ": SSH: <banner>"
        cut,     // the capture ended inside "SSH-" or the line: " [|ssh]"
    };
    Kind kind = Kind::other;
    Bytes banner;  // the line without its end
};

void decode_ssh(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
