// ATA over Ethernet (ethertype 0x88a2).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace aoe {
inline constexpr std::uint16_t kEthertype = 0x88a2;
inline constexpr std::uint8_t kVersion1 = 1;
}  // namespace aoe

struct AoeLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the message's length on the wire
    bool has_version = false;
    std::uint8_t version = 0;
    std::uint8_t flags = 0;    // the low 4 bits of the first byte
    // The rest of the version 1 common header, when captured.
    bool has_header = false;
    std::uint8_t error = 0;
    std::uint16_t major = 0;
    std::uint8_t minor = 0;
    std::uint8_t command = 0;
    std::uint32_t tag = 0;
    bool invalid = false;      // " (invalid)": shorter than the header it needs
    bool cut = false;          // " [|aoe]"
};

void decode_aoe(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
