// --respond: a virtual neighbour host that answers ARP, neighbour solicitations and pings.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tapsniff/decoded.hpp"
#include "tapsniff/error.hpp"

namespace tapsniff {

struct Neighbor {
    int family = 0;                      // AF_INET or AF_INET6
    std::array<std::uint8_t, 16> ip{};  // first 4 bytes for IPv4
    MacAddress mac{};
};

// Parses "IP[=MAC]". Without a MAC, one is derived from the IP: a locally administered unicast
// address, 02:00 + the four IPv4 bytes, or 06:00 + the last four bytes of an IPv6 address, so
// it stays the same from run to run and two neighbours of one run rarely share it.
Result<Neighbor> parse_neighbor(std::string_view spec);

class Responder {
public:
    explicit Responder(std::vector<Neighbor> neighbors);

    // The complete Ethernet frame to send back for `request`, or an empty view if none of the
    // neighbours should answer it (not addressed to one, malformed, bad checksum, broadcast
    // ping ...). The view stays valid until the next call.
    Bytes reply_to(const DecodedFrame& request);

private:
    Bytes arp_reply(const DecodedFrame& request, const Neighbor& self);
    Bytes echo_reply_v4(const DecodedFrame& request, const Neighbor& self);
    Bytes neighbor_advertisement(const DecodedFrame& request, const Neighbor& self);
    Bytes echo_reply_v6(const DecodedFrame& request, const Neighbor& self);

    std::vector<Neighbor> neighbors_;
    std::vector<std::byte> frame_;  // the reply being built; capacity kept across replies
};

}  // namespace tapsniff
