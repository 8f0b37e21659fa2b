// LISP control messages (RFC 6830, UDP 4342): tcpdump decodes Map-Register and Map-Notify, one
// EID record a line with its locators.
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kLispControlPort = 4342;

struct LispLayer {
    static const Protocol protocol;

    std::uint8_t type = 0;
    std::uint8_t flags = 0;
    std::uint8_t record_count = 0;
    std::uint64_t nonce = 0;
    std::uint16_t key_id = 0;
    std::uint16_t auth_data_length = 0;
    Pieces<96> text;  // what tcpdump prints
};

void decode_lisp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
