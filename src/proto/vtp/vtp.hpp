// Cisco VLAN Trunking Protocol (SNAP OUI 0x00000c, pid 0x2003).
#pragma once

#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace vtp {
inline constexpr std::uint16_t kSnapPid = 0x2003;
}  // namespace vtp

struct VtpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // the message's length on the wire
    bool too_short = false;      // shorter than the 36-byte header: " (invalid)"
    bool has_header = false;
    std::uint8_t version = 0;
    std::uint8_t code = 0;
    std::uint8_t followers = 0;  // followers or sequence number, by code
    std::uint8_t md_len = 0;
    std::string_view md;         // the management domain, in the frame's arena
    bool cut = false;            // " [|vtp]"
};

void decode_vtp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
