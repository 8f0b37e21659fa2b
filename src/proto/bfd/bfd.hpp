// BFD (RFC 5880/5881/5883/7130, UDP 3784 control, 3785 echo, 4784 multihop, 6784 LAG).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kBfdControlPort = 3784;
inline constexpr std::uint16_t kBfdEchoPort = 3785;
inline constexpr std::uint16_t kBfdMultihopPort = 4784;
inline constexpr std::uint16_t kBfdLagPort = 6784;

struct BfdLayer {
    static const Protocol protocol;

    std::uint16_t port = 0;          // the destination port: what kind of packet this is
    bool control = false;            // a control packet, its 24-byte header read
    std::uint8_t version = 0;
    std::uint8_t diag = 0;
    std::uint8_t flags = 0;          // the whole byte: state in the top two bits for v1
    std::uint8_t detect_mult = 0;
    std::uint8_t length_field = 0;
    std::uint32_t my_discriminator = 0;
    std::uint32_t your_discriminator = 0;
    std::uint32_t desired_min_tx = 0;
    std::uint32_t required_min_rx = 0;
    std::uint32_t required_min_echo = 0;
    std::uint32_t length = 0;        // the datagram's payload length
};

void decode_bfd(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
