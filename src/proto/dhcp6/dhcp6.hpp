// DHCPv6 (RFC 8415): tcpdump's print-dhcp6.c line at default verbosity ("dhcp6 solicit") and the
// message type and transaction id for JSON.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace dhcp6 {
inline constexpr std::uint8_t relay_forw = 12, relay_reply = 13;
}  // namespace dhcp6

struct Dhcp6Layer {
    static const Protocol protocol;

    std::uint8_t msg_type = 0;
    std::uint32_t xid = 0;  // 24 bits; relay messages have none

    [[nodiscard]] bool relay() const { return msg_type == dhcp6::relay_forw || msg_type == dhcp6::relay_reply; }
};

void decode_dhcp6(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
