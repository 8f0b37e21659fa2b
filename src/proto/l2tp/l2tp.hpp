// L2TPv2 (RFC 2661, UDP 1701): the header and, for control messages, every AVP as tcpdump prints
// them. Data messages carry PPP, which tcpdump prints between braces.
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kL2tpPort = 1701;

struct L2tpLayer {
    static const Protocol protocol;

    bool has_header = false;      // flags, tunnel and session read
    std::uint16_t flags = 0;      // the first 16 bits (with the version)
    std::uint16_t length_field = 0;
    std::uint16_t tunnel = 0;
    std::uint16_t session = 0;
    bool has_sequence = false;
    std::uint16_t ns = 0;
    std::uint16_t nr = 0;
    std::uint16_t message_type = 0;  // the first AVP's message type, when it has one
    bool has_message_type = false;
    bool carries_ppp = false;        // a data message: the next layer is its PPP frame
    Pieces<512> text;                // what tcpdump prints

    [[nodiscard]] bool control() const { return (flags & 0x8000U) != 0; }
};

void decode_l2tp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
