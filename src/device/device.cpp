// set_up_device: from a DevicePlan to an open, configured TAP/TUN device.
#include "interface_config.hpp"
#include "tapsniff/device.hpp"

namespace tapsniff {

Result<TunDevice> set_up_device(const DevicePlan& plan) {
    auto opened = TunDevice::open(plan.name, plan.tun);
    if (!opened) return opened.error();
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
    return device;
}

}  // namespace tapsniff
