// EIGRP (RFC 7868): the common header tcpdump's eigrp_print reads without -v.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace eigrp {
inline constexpr std::uint8_t kIpProtocol = 88;
inline constexpr std::size_t kHeaderLen = 20;
}  // namespace eigrp

struct EigrpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;    // on the wire, per the IP header
    std::uint8_t version = 0;
    std::uint8_t opcode = 0;
    std::uint16_t checksum = 0;
    std::uint32_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t vrid = 0;
    std::uint16_t as = 0;
};

// tcpdump reads nothing of a header that was not captured whole: the layer is then partial.
void decode_eigrp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
