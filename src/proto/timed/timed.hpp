// timed (BSD time synchronisation, TSP; UDP 525).
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kTimedPort = 525;

struct TimedLayer {
    static const Protocol protocol;

    std::uint8_t type = 0;
    std::uint8_t version = 0;
    std::uint16_t sequence = 0;
    Pieces<16> text;  // what tcpdump prints, up to where the capture ends
};

void decode_timed(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
