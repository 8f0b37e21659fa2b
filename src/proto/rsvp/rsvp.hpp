// RSVP (RFC 2205): the common header tcpdump's rsvp_print reads without -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace rsvp {
inline constexpr std::uint8_t kIpProtocol = 46;
inline constexpr std::size_t kHeaderLen = 8;
}  // namespace rsvp

struct RsvpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // on the wire, per the IP header
    std::uint8_t version = 0;
    std::uint8_t flags = 0;
    std::uint8_t msg_type = 0;
    std::uint16_t checksum = 0;
    std::uint8_t ttl = 0;
    std::uint16_t msg_length = 0;
};

void decode_rsvp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
