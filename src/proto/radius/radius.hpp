// RADIUS (RFC 2865/2866/5176; UDP 1645/1812 auth, 1646/1813 accounting, 1700/3799 CoA).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kRadiusPort = 1645;
inline constexpr std::uint16_t kRadiusNewPort = 1812;
inline constexpr std::uint16_t kRadiusAccountingPort = 1646;
inline constexpr std::uint16_t kRadiusNewAccountingPort = 1813;
inline constexpr std::uint16_t kRadiusCiscoCoaPort = 1700;
inline constexpr std::uint16_t kRadiusCoaPort = 3799;

struct RadiusLayer {
    static const Protocol protocol;

    std::uint8_t code = 0;
    std::uint8_t id = 0;
    std::uint16_t length_field = 0;
    std::uint32_t length = 0;  // the length field, no more than the datagram holds
    Bytes authenticator;
    bool too_short = false;    // the length field is under 20
};

void decode_radius(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
