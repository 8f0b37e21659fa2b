// The TAP (or TUN) device: what the plan asks of it (DevicePlan), setting it up, and the open device.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tapsniff/error.hpp"
#include "tapsniff/fd.hpp"

namespace tapsniff {

// An interface address with its prefix, as given to --address.
struct Cidr {
    int family = 0;                          // AF_INET or AF_INET6
    std::array<std::uint8_t, 16> address{};  // network byte order; only the first 4 bytes for AF_INET
    int prefix_len = 0;
    bool prefix_given = false;               // false: "10.0.0.1" without "/", a host address
};

// Parses "10.0.0.1/24" or "fd00::1/64". Without "/", the prefix is 32 (IPv4) or 128 (IPv6).
// Host bits may be set: this is an interface address, not a network. The error message says
// what is wrong with the text (the caller names the option); it has kExitUsage.
Result<Cidr> parse_cidr(std::string_view text);

// "10.0.0.1/24", "fd00::1/64".
std::string to_string(const Cidr& cidr);

// Everything the command line asks of the device, validated.
struct DevicePlan {
    std::string name;               // empty: the kernel picks tapN (tunN)
    bool tun = false;               // --tun
    bool persist = false;           // --persist
    std::optional<unsigned> owner;  // --owner, resolved to a uid
    std::optional<unsigned> group;  // --group, resolved to a gid
    bool up = false;                // --up, or implied by an address
    std::optional<int> mtu;         // --mtu
    std::vector<Cidr> addresses;    // -a
};

// The move-only owner of one /dev/net/tun descriptor bound to a TAP (or TUN) interface. Closing
// it removes a device that is not persistent; a persistent one stays, configured as it is.
class TunDevice {
public:
    // Opens /dev/net/tun (O_RDWR | O_CLOEXEC | O_NONBLOCK) and binds it with TUNSETIFF to `name`
    // as IFF_TAP | IFF_NO_PI, or IFF_TUN | IFF_NO_PI when `tun`. An empty name means "tap%d"
    // ("tun%d"): the kernel picks the next free one, and name() then returns the name it chose.
    // An existing persistent device of the same mode is attached to, not re-created.
    // `failed_errno`, when given, receives the errno of a TUNSETIFF that failed (EBUSY: another
    // process holds the device), so the caller can watch the device instead.
    static Result<TunDevice> open(const std::string& name, bool tun, int* failed_errno = nullptr);

    [[nodiscard]] int fd() const { return fd_.get(); }
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] bool tun() const { return tun_; }

    // TUNSETPERSIST: a persistent device outlives this process (like `ip tuntap add`).
    Status set_persistent(bool persistent) const;
    // TUNSETOWNER / TUNSETGROUP: that user or group may open the persistent device without root.
    Status set_owner(unsigned uid) const;
    Status set_group(unsigned gid) const;

    // The interface's hardware address; all zeros in TUN mode or if the query fails.
    [[nodiscard]] std::array<std::uint8_t, 6> mac() const;
    // The interface's MTU; -1 if the query fails (the interface was deleted under us).
    [[nodiscard]] int mtu() const;
    // The start line's text after "listening on ": "tap0 (TAP, 02:..., mtu 1500, up)", or
    // "tun0 (TUN, mtu 1500, up)" (a TUN device has no MAC).
    [[nodiscard]] std::string description() const;

    // From now on, dropped() counts the frames the kernel could not queue for us (tx_dropped).
    void start_counting_drops();
    [[nodiscard]] std::optional<std::uint64_t> dropped() const;

private:
    TunDevice(Fd fd, std::string name, bool tun) : fd_(std::move(fd)), name_(std::move(name)), tun_(tun) {}

    Fd fd_;
    std::string name_;
    bool tun_ = false;
    std::optional<std::uint64_t> tx_dropped_at_start_;
};

// An interface that exists but cannot be tapsniff's own TAP: tapsniff watches it through a packet
// socket instead (libpcap live capture), as tcpdump would.
struct WatchInstead {
    std::string name;
    bool busy = false;  // true: a TUN/TAP another process holds; false: not a TUN/TAP device at all
    bool tun = false;   // a busy TUN device (its frames are IP packets)
};

// Opens the device the plan names and configures it: persistence, owner and group, MTU, up,
// addresses, in that order. A device tapsniff created and could not configure disappears again
// (the descriptor closes); an existing device keeps what was already done. When the named
// interface exists and is busy (another process holds it) or is not a TUN/TAP device at all, it
// is left untouched and the answer is WatchInstead: nothing of the plan has been applied.
Result<std::variant<TunDevice, WatchInstead>> set_up_device(const DevicePlan& plan);

}  // namespace tapsniff
