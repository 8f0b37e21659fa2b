// AHCP (draft-chroboczek-ahcp, UDP 5359): tcpdump prints the version at default verbosity and checks
// the header and body lengths.
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kAhcpPort = 5359;

struct AhcpLayer {
    static const Protocol protocol;

    bool has_version = false;
    std::uint8_t version = 0;
    bool has_body = false;
    std::uint8_t type = 0;
    std::uint16_t body_length = 0;
    Pieces<6> text;  // what tcpdump prints
};

void decode_ahcp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
