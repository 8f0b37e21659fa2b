// --address values: "10.0.0.1/24" or "fd00::1/64" to a Cidr, and back to text.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>

#include "tapsniff/device.hpp"

namespace tapsniff {
namespace {

Error cidr_error(std::string_view text) {
    return Error{fmt::format("'{}' is not an IPv4/IPv6 address with a prefix length, such as 10.0.0.1/24 or fd00::1/64",
                             text),
                 kExitUsage};
}

}  // namespace

Result<Cidr> parse_cidr(std::string_view text) {
    const std::size_t slash = text.find('/');
    const std::string address(text.substr(0, slash));
    // inet_pton reads up to a NUL, so an embedded one would silently cut the text short.
    if (address.empty() || address.find('\0') != std::string::npos) return cidr_error(text);

    Cidr cidr;
    if (::inet_pton(AF_INET, address.c_str(), cidr.address.data()) == 1) {
        cidr.family = AF_INET;
    } else if (::inet_pton(AF_INET6, address.c_str(), cidr.address.data()) == 1) {
        cidr.family = AF_INET6;
    } else {
        return cidr_error(text);
    }
    const int max_prefix = cidr.family == AF_INET ? 32 : 128;
    if (slash == std::string_view::npos) {
        cidr.prefix_len = max_prefix;
        return cidr;
    }

    // Digits only: from_chars alone would accept a sign ("/-1").
    const std::string_view prefix = text.substr(slash + 1);
    const bool digits = !prefix.empty() && prefix.size() <= 3 &&
                        std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return cidr_error(text);
    int value = 0;
    std::from_chars(prefix.data(), prefix.data() + prefix.size(), value);
    if (value > max_prefix) {
        return Error{fmt::format("'{}': the prefix length is 0-{} for {}", text, max_prefix,
                                 cidr.family == AF_INET ? "IPv4" : "IPv6"),
                     kExitUsage};
    }
    cidr.prefix_len = value;
    cidr.prefix_given = true;
    return cidr;
}

std::string to_string(const Cidr& cidr) {
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (::inet_ntop(cidr.family, cidr.address.data(), text.data(), text.size()) == nullptr) return "?";
    return fmt::format("{}/{}", text.data(), cidr.prefix_len);
}

}  // namespace tapsniff
