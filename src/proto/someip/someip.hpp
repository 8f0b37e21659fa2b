// SOME/IP (AUTOSAR, UDP 30490): the 16-byte header tcpdump prints.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kSomeipPort = 30490;

struct SomeipLayer {
    static const Protocol protocol;

    std::size_t captured = 0;  // header bytes captured (of 16): tcpdump prints up to the first missing field
    bool too_short = false;    // fewer than 16 bytes in the datagram
    std::uint16_t service_id = 0;
    std::uint16_t method_id = 0;  // with the event flag in its top bit
    std::uint32_t length = 0;
    std::uint16_t client_id = 0;
    std::uint16_t session_id = 0;
    std::uint8_t protocol_version = 0;
    std::uint8_t interface_version = 0;
    std::uint8_t message_type = 0;
    std::uint8_t return_code = 0;
};

void decode_someip(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
