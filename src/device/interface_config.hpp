// Interface set-up for the device module: link up, MTU, addresses, and small status queries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tapsniff/device.hpp"
#include "tapsniff/error.hpp"

namespace tapsniff {

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

// What kind of interface NAME is, for the messages about attaching to the wrong one.
enum class InterfaceKind { missing, tap, tun, other };
InterfaceKind interface_kind(const std::string& ifname);

}  // namespace tapsniff
