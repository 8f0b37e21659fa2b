// The hand-written appenders of src/render/out.hpp: addresses against the C library's inet_ntop
// (which tcpdump uses), numbers and literals against fmt (which they replace on hot paths).
#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "render/out.hpp"
#include "test_frames.hpp"

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

TEST(TextParts, AppendUintMatchesFmtAtEveryDigitCount) {
    std::vector<std::uint64_t> values{0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 65535, 4294967295ULL,
                                      18446744073709551615ULL};
    std::uint64_t p = 1;
    for (int i = 0; i < 19; ++i, p *= 10) {
        values.push_back(p - 1);
        values.push_back(p);
        values.push_back(p + 1);
    }
    std::mt19937_64 rng(42);
    for (int i = 0; i < 10000; ++i) values.push_back(rng() >> (rng() % 64));
    for (std::uint64_t v : values) {
        OutBuffer out;
        text::append_labeled(out, "x ", v);
        ASSERT_EQ(fmt::to_string(out), fmt::format("x {}", v));
    }
}

TEST(TextParts, AppendPaddedMatchesFmtZeroPadding) {
    for (std::uint32_t v : {0U, 5U, 42U, 999U, 123456U, 999999U}) {
        for (std::size_t width : {1U, 2U, 3U, 6U}) {
            if (width < text::decimal_digits(v)) continue;
            OutBuffer out;
            text::append_padded(out, v, width);
            EXPECT_EQ(fmt::to_string(out), fmt::format("{:0{}}", v, width)) << v << " " << width;
        }
    }
}

TEST(TextParts, ExtendKeepsWhatIsThereWhenTheBufferGrows) {
    OutBuffer out;
    for (int i = 0; i < 1000; ++i) text::append(out, "0123456789");
    EXPECT_EQ(out.size(), 10000U);
    EXPECT_EQ(std::string_view(out.data() + 9990, 10), "0123456789");
}

TEST(AddressText, Ipv4FromAViewOfOtherThanFourBytes) {
    // Four bytes print as a dotted quad; any other length as tcpdump's linkaddr_string would.
    auto four = test::from_hex("0a000001");
    auto six = test::from_hex("020000000001");
    OutBuffer out;
    text::append_ipv4(out, test::view(four));
    out.push_back(' ');
    text::append_ipv4(out, test::view(six));
    EXPECT_EQ(fmt::to_string(out), "10.0.0.1 02:00:00:00:00:01");
}

TEST(AddressText, LinkAddressOfAnyLength) {
    auto eight = test::from_hex("0102030405060708");
    OutBuffer out;
    text::append_link_address(out, test::view(eight));
    out.push_back(' ');
    text::append_link_address(out, Bytes{});
    EXPECT_EQ(fmt::to_string(out), "01:02:03:04:05:06:07:08 <empty>");
}

TEST(TextParts, TruncationMark) {
    OutBuffer out;
    text::append(out, "x:");
    text::append_trunc(out, "arp");
    EXPECT_EQ(fmt::to_string(out), "x: [|arp]");
}

TEST(TextParts, PlainHexHasNoAsciiColumn) {
    auto bytes = test::from_hex("0102030405060708090a0b0c0d0e0f1011");
    OutBuffer out;
    text::append_plain_hex(out, test::view(bytes));
    EXPECT_EQ(fmt::to_string(out),
              "\n\t0x0000:  0102 0304 0506 0708 090a 0b0c 0d0e 0f10\n\t0x0010:  11");
}
