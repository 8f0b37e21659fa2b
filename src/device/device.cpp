// set_up_device: from a DevicePlan to an open, configured TAP/TUN device.
#include <cerrno>

#include "interface_config.hpp"
#include "tapsniff/device.hpp"

namespace tapsniff {

Result<std::variant<TunDevice, WatchInstead>> set_up_device(const DevicePlan& plan) {
    // Another kind of interface (a bridge, a veth, eth0): TUNSETIFF would only say EINVAL.
    if (!plan.name.empty() && interface_kind(plan.name) == InterfaceKind::other) {
        return std::variant<TunDevice, WatchInstead>(WatchInstead{plan.name, false, false});
    }
    int failed_errno = 0;
    auto opened = TunDevice::open(plan.name, plan.tun, &failed_errno);
    if (!opened) {
        // A TAP admits one reader unless it was made multi-queue: the holder keeps it, we watch.
        if (failed_errno == EBUSY && !plan.name.empty()) {
            return std::variant<TunDevice, WatchInstead>(WatchInstead{plan.name, true, plan.tun});
        }
        return opened.error();
    }
    TunDevice device = std::move(opened.value());
    if (plan.persist) {
        if (auto s = device.set_persistent(true); !s) return s.error();
    }
    if (plan.owner) {
        if (auto s = device.set_owner(*plan.owner); !s) return s.error();
    }
    if (plan.group) {
        if (auto s = device.set_group(*plan.group); !s) return s.error();
    }
    if (plan.mtu) {
        if (auto s = set_mtu(device.name(), *plan.mtu); !s) return s.error();
    }
    if (plan.up) {
        if (auto s = set_link_up(device.name()); !s) return s.error();
    }
    for (const Cidr& cidr : plan.addresses) {
        if (auto s = add_address(device.name(), cidr); !s) return s.error();
    }
    device.start_counting_drops();
    return std::variant<TunDevice, WatchInstead>(std::move(device));
}

}  // namespace tapsniff
