// --respond IP[=MAC]: the neighbour's address and the MAC it answers with.
#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <string>

#include <fmt/format.h>

#include "tapsniff/responder.hpp"

namespace tapsniff {
namespace {

Result<MacAddress> parse_mac(std::string_view text, std::string_view spec) {
    MacAddress mac{};
    std::size_t pos = 0;
    for (std::size_t i = 0; i < mac.size(); ++i) {
        if (i != 0) {
            if (pos >= text.size() || text[pos] != ':') break;
            ++pos;
        }
        unsigned value = 0;
        auto [end, ec] = std::from_chars(text.data() + pos, text.data() + std::min(text.size(), pos + 2), value, 16);
        if (ec != std::errc() || end != text.data() + std::min(text.size(), pos + 2)) break;
        mac[i] = static_cast<std::uint8_t>(value);
        pos += 2;
        if (i + 1 == mac.size() && pos == text.size()) {
            if ((mac[0] & 1U) != 0) {
                return Error{fmt::format("invalid --respond '{}': {} is a multicast MAC; give a unicast one", spec, text),
                             kExitUsage};
            }
            return mac;
        }
    }
    return Error{fmt::format("invalid --respond '{}': expected IP or IP=MAC such as 10.0.0.2=02:00:00:00:00:02", spec),
                 kExitUsage};
}

}  // namespace

Result<Neighbor> parse_neighbor(std::string_view spec) {
    std::string_view ip_text = spec.substr(0, spec.find('='));
    Neighbor n;
    std::string ip(ip_text);
    if (inet_pton(AF_INET, ip.c_str(), n.ip.data()) == 1) {
        n.family = AF_INET;
        n.mac = {0x02, 0x00, n.ip[0], n.ip[1], n.ip[2], n.ip[3]};
    } else if (inet_pton(AF_INET6, ip.c_str(), n.ip.data()) == 1) {
        n.family = AF_INET6;
        n.mac = {0x06, 0x00, n.ip[12], n.ip[13], n.ip[14], n.ip[15]};
    } else {
        return Error{fmt::format("invalid --respond '{}': '{}' is not an IPv4 or IPv6 address", spec, ip_text),
                     kExitUsage};
    }
    // A neighbour is one host: answering for a broadcast, multicast or unspecified address
    // would make tapsniff reply to pings that no host should answer.
    bool unicast = n.family == AF_INET
                       ? !(n.ip[0] == 0 || n.ip[0] >= 224 ||
                           (n.ip[0] == 255 && n.ip[1] == 255 && n.ip[2] == 255 && n.ip[3] == 255))
                       : !(n.ip[0] == 0xff || std::all_of(n.ip.begin(), n.ip.end(), [](std::uint8_t b) { return b == 0; }));
    if (!unicast) {
        return Error{fmt::format("invalid --respond '{}': {} is not a unicast host address", spec, ip_text),
                     kExitUsage};
    }
    if (ip_text.size() < spec.size()) {
        auto mac = parse_mac(spec.substr(ip_text.size() + 1), spec);
        if (!mac) return mac.error();
        n.mac = mac.value();
    }
    return n;
}

}  // namespace tapsniff
