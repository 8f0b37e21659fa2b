// IEEE 802.1ag Connectivity Fault Management (ethertype 0x8902, and the old 0xabcd).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace cfm {
inline constexpr std::uint16_t kEthertype = 0x8902;
inline constexpr std::uint16_t kEthertypeOld = 0xabcd;
}  // namespace cfm

struct CfmLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the PDU's length on the wire
    bool too_short = false;    // shorter than the 4-byte header: "\n\t\t packet is too short"
    bool has_header = false;
    std::uint8_t md_level = 0;
    std::uint8_t version = 0;
    std::uint8_t opcode = 0;
    std::uint8_t flags = 0;
    std::uint8_t first_tlv_offset = 0;
};

void decode_cfm(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
