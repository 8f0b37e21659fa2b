// The hand-written address formatters against the C library's inet_ntop, which tcpdump uses.
#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <random>

#include "format/text_parts.hpp"

using namespace tapsniff;

namespace {

std::string v6_text(const std::array<std::uint8_t, 16>& a) {
    OutBuffer out;
    text::append_ipv6(out, a);
    return fmt::to_string(out);
}

std::string ntop6(const std::array<std::uint8_t, 16>& a) {
    char buf[INET6_ADDRSTRLEN] = {};
    inet_ntop(AF_INET6, a.data(), buf, sizeof buf);
    return buf;
}

}  // namespace

TEST(AddressText, Ipv6MatchesInetNtopOnRandomAndZeroRunAddresses) {
    std::mt19937 rng(5952);
    for (int i = 0; i < 200000; ++i) {
        std::array<std::uint8_t, 16> a{};
        // Words are zero half the time so every pattern of zero runs shows up.
        for (std::size_t w = 0; w < 8; ++w) {
            if (rng() % 2 == 0) continue;
            unsigned value = rng() % 4 == 0 ? 0xffffU : rng() & 0xffffU;
            if (rng() % 3 == 0) value &= 0x00ffU;
            a[2 * w] = static_cast<std::uint8_t>(value >> 8U);
            a[2 * w + 1] = static_cast<std::uint8_t>(value);
        }
        ASSERT_EQ(v6_text(a), ntop6(a)) << "case " << i;
    }
}

TEST(AddressText, Ipv6SpecialForms) {
    auto parse = [](const char* s) {
        std::array<std::uint8_t, 16> a{};
        EXPECT_EQ(inet_pton(AF_INET6, s, a.data()), 1) << s;
        return a;
    };
    for (const char* s : {"::", "::1", "fe80::1", "ff02::1:ff00:2", "::ffff:10.0.0.1", "::10.0.0.1", "2001:db8::",
                          "2001:db8:0:1:0:0:0:1", "1:0:0:2:0:0:0:3", "fd00::2"}) {
        EXPECT_EQ(v6_text(parse(s)), ntop6(parse(s))) << s;
    }
    EXPECT_EQ(v6_text(parse("2001:db8:0:0:1:0:0:1")), "2001:db8::1:0:0:1");
}

TEST(AddressText, Ipv4AndMac) {
    OutBuffer out;
    text::append_ipv4(out, std::array<std::uint8_t, 4>{0, 9, 10, 255});
    out.push_back(' ');
    text::append_mac(out, MacAddress{0x02, 0x00, 0x0a, 0xff, 0x00, 0x9c});
    EXPECT_EQ(fmt::to_string(out), "0.9.10.255 02:00:0a:ff:00:9c");
}
