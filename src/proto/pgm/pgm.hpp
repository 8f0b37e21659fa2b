// PGM (RFC 3208): the header tcpdump's pgm_print reads without -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace pgm {
inline constexpr std::uint8_t kIpProtocol = 113;
inline constexpr std::size_t kHeaderLen = 16;
}  // namespace pgm

struct PgmLayer {
    static const Protocol protocol;

    bool ports = false;           // both ports were captured
    bool header = false;          // the whole header was captured
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint8_t type = 0;
    std::uint8_t options = 0;
    std::uint16_t checksum = 0;
    Bytes gsi;                    // global source id (6 bytes)
    std::uint16_t tsdu_length = 0;
};

void decode_pgm(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
