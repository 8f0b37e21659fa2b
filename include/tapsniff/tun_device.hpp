// TunDevice: the move-only owner of one /dev/net/tun file descriptor bound to a TAP (or TUN) interface.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "tapsniff/error.hpp"

namespace tapsniff {

class TunDevice {
public:
    // Opens /dev/net/tun (O_RDWR | O_CLOEXEC | O_NONBLOCK) and binds it with TUNSETIFF to `name`
    // as IFF_TAP | IFF_NO_PI, or IFF_TUN | IFF_NO_PI when `tun_mode`. An empty name means "tap%d"
    // ("tun%d"): the kernel picks the next free one, and name() then returns the name it chose.
    // An existing persistent device of the same mode is attached to, not re-created.
    static Result<TunDevice> open(const std::string& name, bool tun_mode);

    TunDevice(TunDevice&& other) noexcept;
    TunDevice& operator=(TunDevice&& other) noexcept;
    TunDevice(const TunDevice&) = delete;
    TunDevice& operator=(const TunDevice&) = delete;
    // Closes the fd; a non-persistent device the kernel created for us disappears with it.
    ~TunDevice();

    int fd() const { return fd_; }
    const std::string& name() const { return name_; }
    bool tun_mode() const { return tun_mode_; }
    // True if the interface did not exist before open(), i.e. this process created it.
    bool created() const { return created_; }

    // TUNSETPERSIST: a persistent device outlives this process (like `ip tuntap add`).
    Status set_persistent(bool persistent) const;
    // TUNSETOWNER / TUNSETGROUP: that user or group may open the persistent device without root.
    Status set_owner(unsigned uid) const;
    Status set_group(unsigned gid) const;

    // The interface's hardware address (SIOCGIFHWADDR); all zeros in TUN mode or if the query fails.
    std::array<std::uint8_t, 6> mac() const;
    // The interface's MTU (SIOCGIFMTU); -1 if the query fails (the interface was deleted under us).
    int mtu() const;

private:
    TunDevice(int fd, std::string name, bool tun_mode, bool created)
        : fd_(fd), name_(std::move(name)), tun_mode_(tun_mode), created_(created) {}

    int fd_ = -1;
    std::string name_;
    bool tun_mode_ = false;
    bool created_ = false;
};

}  // namespace tapsniff
