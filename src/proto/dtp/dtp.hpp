// Cisco Dynamic Trunking Protocol (SNAP OUI 0x00000c, pid 0x2004).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace dtp {
inline constexpr std::uint16_t kSnapPid = 0x2004;
}  // namespace dtp

struct DtpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the message's length on the wire
    bool empty = false;        // no bytes on the wire: "[zero packet length] (invalid)"
    std::uint8_t version = 0;
};

void decode_dtp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
