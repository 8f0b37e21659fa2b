// Cisco UniDirectional Link Detection (SNAP OUI 0x00000c, pid 0x0111).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace udld {
inline constexpr std::uint16_t kSnapPid = 0x0111;
}  // namespace udld

struct UdldLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;   // the message's length on the wire
    bool too_short = false;     // shorter than the 4-byte header: " (invalid)"
    bool has_header = false;    // version, opcode and flags read
    std::uint8_t version = 0;
    std::uint8_t opcode = 0;
    std::uint8_t flags = 0;
    bool has_checksum = false;
    std::uint16_t checksum = 0;
    bool cut = false;           // the rest of the message was not all captured: " [|udld]"
};

void decode_udld(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
