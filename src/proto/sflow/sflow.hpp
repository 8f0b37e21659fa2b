// sFlow (UDP 6343): tcpdump prints the datagram header at default verbosity.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kSflowPort = 6343;

enum class SflowStatus : std::uint8_t { ok, cut, short_length, unsupported };

struct SflowLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the datagram's payload length
    std::uint32_t version = 0;
    std::uint32_t ip_version = 0;  // agent address type: 1 IPv4, 2 IPv6
    Ipv4Address agent4{};
    Ipv6Address agent6{};
    std::uint32_t agent_id = 0;
    SflowStatus status = SflowStatus::ok;
};

void decode_sflow(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
