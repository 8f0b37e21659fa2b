// TunDevice: opens /dev/net/tun, binds it with TUNSETIFF, and turns each errno into a message with a remedy.
#include <fmt/format.h>
#include "tapsniff/tun_device.hpp"

#include <fcntl.h>
#include <linux/if_tun.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/core.h>

#include "tapsniff/interface_config.hpp"

namespace tapsniff {
namespace {

// Owns the short-lived socket that interface ioctls need (the tun fd does not answer SIOCGIFMTU).
class SocketFd {
public:
    SocketFd() : fd_(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) {}
    SocketFd(const SocketFd&) = delete;
    SocketFd& operator=(const SocketFd&) = delete;
    ~SocketFd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

void copy_name(ifreq& ifr, const std::string& name) {
    std::memcpy(ifr.ifr_name, name.data(), std::min<std::size_t>(name.size(), IFNAMSIZ - 1));
}

// One SIOCGIF* query; false if the socket or the ioctl fails.
bool query_interface(const std::string& name, unsigned long request, ifreq& ifr) {
    SocketFd sock;
    if (sock.get() < 0) return false;
    ifr = {};
    copy_name(ifr, name);
    return ::ioctl(sock.get(), request, &ifr) == 0;
}

std::string errno_text(int err) { return std::generic_category().message(err); }

// What the user asked for, in the words of the messages: "create TAP device tap0" or "attach to tap0".
std::string action(const std::string& shown, const char* mode, bool existed) {
    if (existed) return fmt::format("attach to{}", shown);
    return fmt::format("create {} device{}", mode, shown);
}

Error open_tun_error(int err, const std::string& shown, const char* mode, bool existed) {
    switch (err) {
        case ENOENT:
        case ENODEV:
        case ENXIO:
            return Error{
                "cannot open /dev/net/tun: no such device; load the tun module (modprobe tun) or, "
                "in a container, add --device /dev/net/tun"};
        case EACCES:
        case EPERM:
            return Error{fmt::format(
                "cannot {}: permission denied; try sudo, or in a container add --cap-add=NET_ADMIN "
                "--device /dev/net/tun",
                action(shown, mode, existed))};
        default:
            return Error{fmt::format("cannot open /dev/net/tun: {}", errno_text(err))};
    }
}

// `existed` decides the wording: EINVAL and EPERM mean different things for an existing device.
Error tunsetiff_error(int err, const std::string& shown, const char* mode, bool existed) {
    switch (err) {
        case EACCES:
        case EPERM:
            if (existed) {
                // A persistent device with an owner/group admits only that user without CAP_NET_ADMIN.
                return Error{fmt::format(
                    "cannot attach to{}: permission denied; try sudo, or create it with --persist "
                    "--owner USER so that user may open it",
                    shown)};
            }
            return Error{fmt::format(
                "cannot {}: permission denied; try sudo, or in a container add --cap-add=NET_ADMIN "
                "--device /dev/net/tun",
                action(shown, mode, existed))};
        case EBUSY:
            return Error{fmt::format("cannot attach to{}: device busy (another process has it open)", shown)};
        case EINVAL:
            if (existed) {
                // The kernel says EINVAL when the name belongs to a device of the other mode or kind.
                return Error{fmt::format(
                    "cannot attach to{}: it is not a {} device (wrong mode or not a tun/tap interface)",
                    shown, mode)};
            }
            return Error{fmt::format(
                "cannot create {} device{}: invalid interface name; use 1-15 bytes without '/', ':' "
                "or white space",
                mode, shown)};
        default:
            return Error{fmt::format("cannot {}: {}", action(shown, mode, existed), errno_text(err))};
    }
}

}  // namespace

Result<TunDevice> TunDevice::open(const std::string& name, bool tun_mode) {
    const char* mode = tun_mode ? "TUN" : "TAP";
    // A name that does not fit would be silently truncated by the kernel: attach to the wrong device.
    if (name.size() >= IFNAMSIZ) {
        return Error{fmt::format("cannot create {} device {}: interface name is too long (at most {} bytes)",
                                 mode, name, IFNAMSIZ - 1),
                     kExitUsage};
    }
    const std::string requested = name.empty() ? (tun_mode ? "tun%d" : "tap%d") : name;
    // With the default pattern there is no name to show until the kernel picks one.
    const std::string shown = name.empty() ? std::string() : " " + name;
    // Asked before TUNSETIFF, since afterwards the device exists either way. A pattern always makes a new one.
    const bool existed = requested.find('%') == std::string::npos && interface_exists(requested);

    const int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return open_tun_error(errno, shown, mode, existed);
    // Owned from here on, so every error path below closes the fd.
    TunDevice device(fd, requested, tun_mode, !existed);

    ifreq ifr{};
    ifr.ifr_flags = static_cast<short>((tun_mode ? IFF_TUN : IFF_TAP) | IFF_NO_PI);
    copy_name(ifr, requested);
    if (::ioctl(device.fd_, TUNSETIFF, &ifr) < 0) return tunsetiff_error(errno, shown, mode, existed);

    device.name_.assign(ifr.ifr_name, ::strnlen(ifr.ifr_name, IFNAMSIZ));
    return device;
}

TunDevice::TunDevice(TunDevice&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      name_(std::move(other.name_)),
      tun_mode_(other.tun_mode_),
      created_(other.created_) {}

TunDevice& TunDevice::operator=(TunDevice&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        name_ = std::move(other.name_);
        tun_mode_ = other.tun_mode_;
        created_ = other.created_;
    }
    return *this;
}

TunDevice::~TunDevice() {
    // No retry on EINTR: Linux has released the descriptor even then.
    if (fd_ >= 0) ::close(fd_);
}

namespace {
Status tun_ioctl(int fd, unsigned long request, unsigned long value, const std::string& name, const char* what) {
    if (::ioctl(fd, request, value) == 0) return ok_status();
    int err = errno;
    if (err == EPERM || err == EACCES) {
        return Error{fmt::format("cannot {} of {}: permission denied; try sudo", what, name)};
    }
    return Error{fmt::format("cannot {} of {}: {}", what, name, errno_text(err))};
}
}  // namespace

Status TunDevice::set_persistent(bool persistent) const {
    return tun_ioctl(fd_, TUNSETPERSIST, persistent ? 1UL : 0UL, name_, "set the persistence");
}

Status TunDevice::set_owner(unsigned uid) const { return tun_ioctl(fd_, TUNSETOWNER, uid, name_, "set the owner"); }

Status TunDevice::set_group(unsigned gid) const { return tun_ioctl(fd_, TUNSETGROUP, gid, name_, "set the group"); }

std::array<std::uint8_t, 6> TunDevice::mac() const {
    std::array<std::uint8_t, 6> mac{};
    if (tun_mode_) return mac;  // a TUN interface has no link-layer address
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

}  // namespace tapsniff
