// OTV (draft-hasmit-otv, UDP 8472): an 8-byte header, then an Ethernet frame, printed like VXLAN.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kOtvPort = 8472;

enum class OtvStatus : std::uint8_t { ok, invalid, invalid_cut, flags_cut, overlay_cut, instance_cut, reserved_cut,
                                      inner_long };

struct OtvLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the datagram's payload length
    std::uint8_t flags = 0;
    std::uint32_t overlay = 0;
    std::uint32_t instance = 0;
    std::uint32_t inner_caplen = 0;  // inner_long: captured after the header
    OtvStatus status = OtvStatus::ok;
};

void decode_otv(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
