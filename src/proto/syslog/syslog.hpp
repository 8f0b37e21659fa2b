// syslog over UDP (RFC 3164/5424, port 514): tcpdump reads the <PRI> only.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kSyslogPort = 514;

enum class SyslogStatus : std::uint8_t { ok, invalid, cut };

struct SyslogLayer {
    static const Protocol protocol;

    std::uint16_t pri = 0;
    std::uint8_t facility = 0;
    std::uint8_t severity = 0;
    std::uint32_t length = 0;  // the datagram's payload length
    Bytes message;             // what follows the <PRI> (captured)
    SyslogStatus status = SyslogStatus::ok;
};

void decode_syslog(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
