// Interface set-up for the TAP device: address parsing, link up, MTU, addresses, and small status queries.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "tapsniff/error.hpp"

namespace tapsniff {

// An interface address with its prefix, as given to --address.
struct Cidr {
    int family = 0;                          // AF_INET or AF_INET6
    std::array<std::uint8_t, 16> address{};  // network byte order; only the first 4 bytes for AF_INET
    int prefix_len = 0;
};

// Parses "10.0.0.1/24" or "fd00::1/64". Without "/", the prefix is 32 (IPv4) or 128 (IPv6).
// Host bits may be set: this is an interface address, not a network. Errors have kExitUsage.
Result<Cidr> parse_cidr(std::string_view text);

// Sets IFF_UP (like `ip link set NAME up`).
Status set_link_up(const std::string& ifname);

// Sets the MTU (like `ip link set NAME mtu N`).
Status set_mtu(const std::string& ifname, int mtu);

// Adds the address with RTM_NEWADDR (like `ip addr add CIDR brd + dev NAME`).
// An address that is already there is not an error, so re-running on a persistent device works.
Status add_address(const std::string& ifname, const Cidr& cidr);

// The interface's tx_dropped counter: frames the kernel could not queue to our fd.
Result<std::uint64_t> read_tx_dropped(const std::string& ifname);

// True if /sys/class/net/NAME exists.
bool interface_exists(const std::string& ifname);

// True if the interface has IFF_UP set; false if it does not or cannot be queried.
bool interface_is_up(const std::string& ifname);

}  // namespace tapsniff
