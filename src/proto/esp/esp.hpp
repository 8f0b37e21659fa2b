// ESP (RFC 4303): the SPI and sequence number tcpdump prints; the rest is encrypted.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

struct EspLayer {
    static const Protocol protocol;

    std::uint32_t spi = 0;
    std::uint32_t seq = 0;
    std::uint32_t length = 0;  // bytes of ESP on the wire
};

void decode_esp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
