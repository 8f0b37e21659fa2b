// TunDevice: opens /dev/net/tun, binds it with TUNSETIFF, and turns each errno into a message with a remedy.
#include <fcntl.h>
#include <fmt/format.h>
#include <linux/if_tun.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "interface_config.hpp"
#include "tapsniff/device.hpp"

namespace tapsniff {
namespace {

constexpr const char* kTunPath = "/dev/net/tun";
constexpr const char* kContainerHint = "in a container add --cap-add=NET_ADMIN --device /dev/net/tun";
// The way to use a device without root: root creates it once for you.
constexpr const char* kOwnerHint = "to run without root, have root create the device once with --persist --owner USER";

void copy_name(ifreq& ifr, const std::string& name) {
    std::memcpy(ifr.ifr_name, name.data(), std::min<std::size_t>(name.size(), IFNAMSIZ - 1));
}

// One SIOCGIF* query on a throwaway socket (the tun fd does not answer SIOCGIFMTU); false if it fails.
bool query_interface(const std::string& name, unsigned long request, ifreq& ifr) {
    const Fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!sock) return false;
    ifr = {};
    copy_name(ifr, name);
    return ::ioctl(sock.get(), request, &ifr) == 0;
}

// What the user asked for, in the words of the messages: "create TAP device tap0" or "attach to tap0".
std::string action(const std::string& shown, const char* mode, bool existed) {
    if (existed) return fmt::format("attach to{}", shown);
    return fmt::format("create {} device{}", mode, shown);
}

// "mode 0600, owner root": why a user may not open /dev/net/tun.
std::string tun_node_access() {
    struct stat st {};
    if (::stat(kTunPath, &st) != 0) return "cannot stat it";
    return fmt::format("{} is mode {:04o}, owner uid {}", kTunPath, st.st_mode & 07777U, st.st_uid);
}

// Who may attach to an existing device without root, from its sysfs owner and group (-1: none).
std::string device_owner(const std::string& name) {
    auto read_id = [&](const char* what) -> long {
        std::FILE* f = std::fopen(fmt::format("/sys/class/net/{}/{}", name, what).c_str(), "re");
        if (f == nullptr) return -1;
        long id = -1;
        if (std::fscanf(f, "%ld", &id) != 1) id = -1;
        std::fclose(f);
        return id;
    };
    const long owner = read_id("owner");
    const long group = read_id("group");
    if (owner < 0 && group < 0) return "it has no --owner or --group, so only root may attach";
    if (group < 0) return fmt::format("only its owner, uid {}, may attach without root", owner);
    if (owner < 0) return fmt::format("only its group, gid {}, may attach without root", group);
    return fmt::format("only its owner, uid {}, or group, gid {}, may attach without root", owner, group);
}

Error open_tun_error(int err) {
    switch (err) {
        case ENOENT:
        case ENODEV:
        case ENXIO:
            return Error{fmt::format("cannot open {}: no such device; load the tun module (modprobe tun) or, "
                                     "in a container, add --device /dev/net/tun",
                                     kTunPath)};
        case EACCES:
        case EPERM:
            // Attaching to a device root made for you with --owner still needs this node to be
            // readable and writable (Debian makes it 0666).
            return Error{fmt::format("cannot open {}: permission denied; try sudo ({}); {}; {} and let USER open "
                                     "{} (mode 0666 is usual)",
                                     kTunPath, tun_node_access(), kContainerHint, kOwnerHint, kTunPath)};
        default:
            return Error{fmt::format("cannot open {}: {}", kTunPath, errno_text(err))};
    }
}

// The kernel says EINVAL when the name belongs to a device of the other mode or of another kind.
Error wrong_kind_error(const std::string& name, bool tun) {
    switch (interface_kind(name)) {
        case InterfaceKind::tun:
            return Error{fmt::format("cannot attach to {}: it is a TUN device, not a TAP device; add --tun to use it, "
                                     "or name another device with -i",
                                     name)};
        case InterfaceKind::tap:
            return Error{fmt::format("cannot attach to {}: it is a TAP device, not a TUN device; leave out --tun to "
                                     "use it, or name another device with -i",
                                     name)};
        default:
            return Error{fmt::format("cannot attach to {}: it is not a {} device but another kind of interface "
                                     "('ip -d link show {}' says which); name another device with -i",
                                     name, tun ? "TUN" : "TAP", name)};
    }
}

// `existed` decides the wording: EINVAL and EPERM mean different things for an existing device.
Error tunsetiff_error(int err, const std::string& name, bool tun, bool existed) {
    const char* mode = tun ? "TUN" : "TAP";
    const std::string shown = name.empty() ? std::string() : " " + name;
    switch (err) {
        case EACCES:
        case EPERM:
            if (existed) {
                // A persistent device with an owner/group admits only that user without CAP_NET_ADMIN.
                return Error{fmt::format("cannot attach to {}: permission denied; try sudo ({}); {}", name,
                                         device_owner(name), kOwnerHint)};
            }
            return Error{fmt::format("cannot {}: permission denied; try sudo (creating a device needs "
                                     "CAP_NET_ADMIN); {}; {}, then attach as USER",
                                     action(shown, mode, existed), kContainerHint, kOwnerHint)};
        case EBUSY:
            return Error{fmt::format("cannot attach to {}: device busy: another process has it open (a VM such as "
                                     "qemu, or another tapsniff; 'ip -d tuntap show' names it); stop that process, or "
                                     "name another device with -i",
                                     name)};
        case EINVAL:
            if (existed) return wrong_kind_error(name, tun);
            return Error{fmt::format("cannot create {} device{}: invalid interface name; use 1-15 bytes without "
                                     "'/', ':' or white space",
                                     mode, shown)};
        default:
            return Error{fmt::format("cannot {}: {}", action(shown, mode, existed), errno_text(err))};
    }
}

Status tun_ioctl(int fd, unsigned long request, unsigned long value, const std::string& name, const char* what) {
    if (::ioctl(fd, request, value) == 0) return ok_status();
    const int err = errno;
    if (err == EPERM || err == EACCES) {
        return Error{fmt::format("cannot {} of {}: permission denied; try sudo", what, name)};
    }
    return Error{fmt::format("cannot {} of {}: {}", what, name, errno_text(err))};
}

}  // namespace

Result<TunDevice> TunDevice::open(const std::string& name, bool tun, int* failed_errno) {
    const char* mode = tun ? "TUN" : "TAP";
    // A name that does not fit would be silently truncated by the kernel: attach to the wrong device.
    if (name.size() >= IFNAMSIZ) {
        return Error{fmt::format("cannot create {} device {}: interface name is too long (at most {} bytes)", mode,
                                 name, IFNAMSIZ - 1),
                     kExitUsage};
    }
    const std::string requested = name.empty() ? (tun ? "tun%d" : "tap%d") : name;
    // Asked before TUNSETIFF, since afterwards the device exists either way. A pattern always makes a new one.
    const bool existed = !name.empty() && interface_exists(name);

    Fd fd(::open(kTunPath, O_RDWR | O_CLOEXEC | O_NONBLOCK));
    if (!fd) return open_tun_error(errno);

    ifreq ifr{};
    ifr.ifr_flags = static_cast<short>((tun ? IFF_TUN : IFF_TAP) | IFF_NO_PI);
    copy_name(ifr, requested);
    if (::ioctl(fd.get(), TUNSETIFF, &ifr) < 0) {
        const int err = errno;
        if (failed_errno != nullptr) *failed_errno = err;
        return tunsetiff_error(err, name, tun, existed);
    }

    return TunDevice(std::move(fd), std::string(ifr.ifr_name, ::strnlen(ifr.ifr_name, IFNAMSIZ)), tun);
}

Status TunDevice::set_persistent(bool persistent) const {
    return tun_ioctl(fd_.get(), TUNSETPERSIST, persistent ? 1UL : 0UL, name_, "set the persistence");
}

Status TunDevice::set_owner(unsigned uid) const { return tun_ioctl(fd_.get(), TUNSETOWNER, uid, name_, "set the owner"); }

Status TunDevice::set_group(unsigned gid) const { return tun_ioctl(fd_.get(), TUNSETGROUP, gid, name_, "set the group"); }

std::array<std::uint8_t, 6> TunDevice::mac() const {
    std::array<std::uint8_t, 6> mac{};
    if (tun_) return mac;  // a TUN interface has no link-layer address
    ifreq ifr{};
    if (!query_interface(name_, SIOCGIFHWADDR, ifr)) return mac;
    std::memcpy(mac.data(), ifr.ifr_hwaddr.sa_data, mac.size());
    return mac;
}

int TunDevice::mtu() const {
    ifreq ifr{};
    if (!query_interface(name_, SIOCGIFMTU, ifr)) return -1;
    return ifr.ifr_mtu;
}

std::string TunDevice::description() const {
    const char* state = interface_is_up(name_) ? "up" : "down";
    if (tun_) return fmt::format("{} (TUN, mtu {}, {})", name_, mtu(), state);
    const auto m = mac();
    return fmt::format("{} (TAP, {:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}, mtu {}, {})", name_, m[0], m[1], m[2], m[3],
                       m[4], m[5], mtu(), state);
}

void TunDevice::start_counting_drops() {
    auto now = read_tx_dropped(name_);
    tx_dropped_at_start_ = now ? std::optional<std::uint64_t>(now.value()) : std::nullopt;
}

std::optional<std::uint64_t> TunDevice::dropped() const {
    auto now = read_tx_dropped(name_);
    if (!now || !tx_dropped_at_start_) return std::nullopt;
    return now.value() - *tx_dropped_at_start_;
}

}  // namespace tapsniff
