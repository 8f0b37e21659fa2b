// Broadcom's lawful-intercept shim (tcpdump's BCM-LI-SHIM, UDP source port 49152): a 4-byte shim
// before the intercepted packet, which tcpdump decodes only under -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kBcmLiPort = 49152;

enum class BcmLiStatus : std::uint8_t { ok, short_length, cut, payload_cut };

struct BcmLiLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    std::uint8_t direction = 0;
    std::uint8_t packet_type = 0;
    std::uint8_t packet_subtype = 0;
    std::uint32_t li_id = 0;
    BcmLiStatus status = BcmLiStatus::ok;
};

void decode_bcm_li(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
