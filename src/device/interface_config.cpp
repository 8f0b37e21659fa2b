// Interface set-up: link up and MTU by ioctl, addresses by rtnetlink, counters from sysfs.
#include "interface_config.hpp"

#include <fmt/format.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/if_tun.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "tapsniff/fd.hpp"

namespace tapsniff {
namespace {

struct MnlSocketCloser {
    void operator()(mnl_socket* socket) const { mnl_socket_close(socket); }
};
using MnlSocket = std::unique_ptr<mnl_socket, MnlSocketCloser>;

constexpr const char* kNeedAdmin = "try sudo, or in a container add --cap-add=NET_ADMIN";

// The kernel's dev_valid_name() rules. Checked here as well because the name becomes part of a /sys path.
bool valid_ifname(const std::string& name) {
    if (name.empty() || name.size() >= IFNAMSIZ || name == "." || name == "..") return false;
    return std::none_of(name.begin(), name.end(), [](char c) {
        return c == '/' || c == ':' || c == '\0' || std::isspace(static_cast<unsigned char>(c)) != 0;
    });
}

// Runs one SIOC*IF* ioctl on a throwaway socket; returns 0 or the errno.
int interface_ioctl(const std::string& ifname, unsigned long request, ifreq& ifr) {
    if (!valid_ifname(ifname)) return ENODEV;
    const Fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (sock.get() < 0) return errno;
    std::memcpy(ifr.ifr_name, ifname.data(), ifname.size());
    ifr.ifr_name[ifname.size()] = '\0';
    return ::ioctl(sock.get(), request, &ifr) == 0 ? 0 : errno;
}

// The reasons shared by every configuration step; `what` says which step, e.g. "cannot bring up tap0".
Error config_error(const std::string& what, int err) {
    switch (err) {
        case EPERM:
        case EACCES:
            return Error{fmt::format("{}: permission denied; {}", what, kNeedAdmin)};
        case ENODEV:
        case ENXIO:
            return Error{fmt::format("{}: no such interface (was it deleted?)", what)};
        default:
            return Error{fmt::format("{}: {}", what, errno_text(err))};
    }
}

// Sends one request on a fresh socket and waits for its ack; returns 0 or the errno the kernel answered.
int netlink_request(nlmsghdr* request) {
    MnlSocket nl(mnl_socket_open(NETLINK_ROUTE));
    if (!nl) return errno;
    if (mnl_socket_bind(nl.get(), 0, MNL_SOCKET_AUTOPID) < 0) return errno;
    const unsigned int portid = mnl_socket_get_portid(nl.get());
    if (mnl_socket_sendto(nl.get(), request, request->nlmsg_len) < 0) return errno;

    // rtnetlink answers before sendto returns, so this read does not wait on anyone.
    alignas(nlmsghdr) std::array<char, 8192> reply{};
    for (;;) {
        const ssize_t n = mnl_socket_recvfrom(nl.get(), reply.data(), reply.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        const int run = mnl_cb_run(reply.data(), static_cast<size_t>(n), request->nlmsg_seq, portid, nullptr,
                                   nullptr);
        if (run == MNL_CB_ERROR) return errno;  // mnl_cb_run puts the ack's error code in errno
        if (run == MNL_CB_STOP) return 0;
    }
}

}  // namespace

Status set_link_up(const std::string& ifname) {
    const std::string what = fmt::format("cannot bring up {}", ifname);
    ifreq ifr{};
    // Read-modify-write: SIOCSIFFLAGS replaces all flags, and the others must stay as they are.
    if (const int err = interface_ioctl(ifname, SIOCGIFFLAGS, ifr); err != 0) return config_error(what, err);
    if ((ifr.ifr_flags & IFF_UP) != 0) return ok_status();
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP);
    if (const int err = interface_ioctl(ifname, SIOCSIFFLAGS, ifr); err != 0) return config_error(what, err);
    return ok_status();
}

Status set_mtu(const std::string& ifname, int mtu) {
    const std::string what = fmt::format("cannot set MTU {} on {}", mtu, ifname);
    ifreq ifr{};
    ifr.ifr_mtu = mtu;
    const int err = interface_ioctl(ifname, SIOCSIFMTU, ifr);
    if (err == EINVAL) {
        // The kernel's limits: 68 up to 65535 minus the link header (65521 for TAP, 65535 for TUN).
        return Error{fmt::format("{}: out of range for this interface; TAP takes 68-65521, TUN 68-65535", what)};
    }
    if (err != 0) return config_error(what, err);
    return ok_status();
}

Status add_address(const std::string& ifname, const Cidr& cidr) {
    const std::string what = fmt::format("cannot add address {} to {}", to_string(cidr), ifname);
    const bool v4 = cidr.family == AF_INET;
    if ((!v4 && cidr.family != AF_INET6) || cidr.prefix_len < 0 || cidr.prefix_len > (v4 ? 32 : 128)) {
        return Error{fmt::format("{}: not a valid IPv4/IPv6 address and prefix", what)};
    }
    const unsigned int index = valid_ifname(ifname) ? ::if_nametoindex(ifname.c_str()) : 0;
    if (index == 0) return config_error(what, ENODEV);

    alignas(nlmsghdr) std::array<char, 256> buffer{};
    nlmsghdr* request = mnl_nlmsg_put_header(buffer.data());
    request->nlmsg_type = RTM_NEWADDR;
    // NLM_F_EXCL as `ip addr add` does, so an existing address answers EEXIST rather than being replaced.
    request->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL;
    request->nlmsg_seq = 1;  // a fresh socket per request, so any constant identifies the reply
    auto* ifa = static_cast<ifaddrmsg*>(mnl_nlmsg_put_extra_header(request, sizeof(ifaddrmsg)));
    ifa->ifa_family = static_cast<std::uint8_t>(cidr.family);
    ifa->ifa_prefixlen = static_cast<std::uint8_t>(cidr.prefix_len);
    // `ip` gives 127/8 host scope; the kernel derives IPv6 scope from the address itself.
    ifa->ifa_scope = (v4 && cidr.address[0] == 127) ? RT_SCOPE_HOST : RT_SCOPE_UNIVERSE;
    ifa->ifa_index = index;

    const std::size_t length = v4 ? 4 : 16;
    mnl_attr_put(request, IFA_LOCAL, length, cidr.address.data());
    mnl_attr_put(request, IFA_ADDRESS, length, cidr.address.data());
    if (v4 && cidr.prefix_len <= 30) {
        // `brd +`: the subnet's all-ones address, so `ip addr` and SIOCGIFBRDADDR users see a broadcast.
        std::array<std::uint8_t, 4> broadcast{};
        for (std::size_t bit = 0; bit < 32; ++bit) {
            const bool host_bit = static_cast<int>(bit) >= cidr.prefix_len;
            const auto mask = static_cast<std::uint8_t>(0x80U >> (bit % 8));
            broadcast[bit / 8] |= host_bit ? mask : static_cast<std::uint8_t>(cidr.address[bit / 8] & mask);
        }
        mnl_attr_put(request, IFA_BROADCAST, broadcast.size(), broadcast.data());
    }

    const int err = netlink_request(request);
    if (err == 0 || err == EEXIST) return ok_status();  // already there: re-running on a persistent device
    if (!v4 && err == EACCES) {
        // addrconf refuses with EACCES when IPv6 is switched off for the interface.
        return Error{fmt::format("{}: IPv6 is disabled on it; enable it with sysctl net.ipv6.conf.{}.disable_ipv6=0",
                                 what, ifname)};
    }
    if (!v4 && err == EINVAL) {
        return Error{fmt::format("{}: the kernel refused it; IPv6 needs an MTU of at least 1280", what)};
    }
    if (!v4 && err == EAFNOSUPPORT) return Error{fmt::format("{}: IPv6 is not available on this host", what)};
    return config_error(what, err);
}

Result<std::uint64_t> read_tx_dropped(const std::string& ifname) {
    const std::string what = fmt::format("cannot read the drop counter of {}", ifname);
    if (!valid_ifname(ifname)) return config_error(what, ENODEV);
    const std::string path = fmt::format("/sys/class/net/{}/statistics/tx_dropped", ifname);
    const Fd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) return config_error(what, errno == ENOENT ? ENODEV : errno);

    std::array<char, 32> text{};
    ssize_t n = -1;
    do {
        n = ::read(file.get(), text.data(), text.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0) return config_error(what, errno);

    std::uint64_t value = 0;
    const char* end = text.data() + n;
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr == text.data() || (ptr != end && *ptr != '\n')) {
        return Error{fmt::format("{}: unexpected content in {}", what, path)};
    }
    return value;
}

bool interface_exists(const std::string& ifname) {
    if (!valid_ifname(ifname)) return false;
    const std::string path = "/sys/class/net/" + ifname;
    return ::access(path.c_str(), F_OK) == 0;
}

bool interface_is_up(const std::string& ifname) {
    ifreq ifr{};
    return interface_ioctl(ifname, SIOCGIFFLAGS, ifr) == 0 && (ifr.ifr_flags & IFF_UP) != 0;
}

InterfaceKind interface_kind(const std::string& ifname) {
    if (!interface_exists(ifname)) return InterfaceKind::missing;
    // tun_flags exists only for TUN/TAP interfaces: IFF_TUN (0x1) or IFF_TAP (0x2), in hex.
    const std::string path = fmt::format("/sys/class/net/{}/tun_flags", ifname);
    const Fd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!file) return InterfaceKind::other;
    std::array<char, 32> text{};
    const ssize_t n = ::read(file.get(), text.data(), text.size() - 1);
    if (n <= 0) return InterfaceKind::other;
    const unsigned long flags = std::strtoul(text.data(), nullptr, 16);
    if ((flags & IFF_TAP) != 0) return InterfaceKind::tap;
    if ((flags & IFF_TUN) != 0) return InterfaceKind::tun;
    return InterfaceKind::other;
}

}  // namespace tapsniff
