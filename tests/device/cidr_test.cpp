// Unit tests for parse_cidr: the --address values users type, good and bad.
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "tapsniff/device.hpp"

namespace tapsniff {
namespace {

using Bytes16 = std::array<std::uint8_t, 16>;

TEST(ParseCidr, Ipv4WithPrefix) {
    const auto r = parse_cidr("10.0.0.1/24");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().family, AF_INET);
    EXPECT_EQ(r.value().prefix_len, 24);
    EXPECT_EQ(r.value().address, (Bytes16{10, 0, 0, 1}));  // the unused 12 bytes stay zero
    EXPECT_TRUE(r.value().prefix_given);
    EXPECT_EQ(to_string(r.value()), "10.0.0.1/24");
}

TEST(ParseCidr, Ipv4WithoutPrefixIsAHost) {
    const auto r = parse_cidr("192.168.7.254");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.value().prefix_given);  // the CLI warns: no other address is on-link
    EXPECT_EQ(r.value().family, AF_INET);
    EXPECT_EQ(r.value().prefix_len, 32);
    EXPECT_EQ(r.value().address, (Bytes16{192, 168, 7, 254}));
}

TEST(ParseCidr, Ipv4PrefixBounds) {
    ASSERT_TRUE(parse_cidr("0.0.0.0/0").ok());
    EXPECT_EQ(parse_cidr("0.0.0.0/0").value().prefix_len, 0);
    ASSERT_TRUE(parse_cidr("10.1.2.3/32").ok());
    EXPECT_EQ(parse_cidr("10.1.2.3/32").value().prefix_len, 32);
}

TEST(ParseCidr, Ipv6WithPrefix) {
    const auto r = parse_cidr("fd00::1/64");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().family, AF_INET6);
    EXPECT_EQ(r.value().prefix_len, 64);
    EXPECT_EQ(r.value().address, (Bytes16{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
}

TEST(ParseCidr, Ipv6WithoutPrefixIsAHost) {
    const auto r = parse_cidr("2001:db8::a:b");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().family, AF_INET6);
    EXPECT_EQ(r.value().prefix_len, 128);
    EXPECT_EQ(r.value().address,
              (Bytes16{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a, 0, 0x0b}));
}

TEST(ParseCidr, Ipv6MaxPrefixAndMappedV4) {
    ASSERT_TRUE(parse_cidr("fe80::1/128").ok());
    const auto mapped = parse_cidr("::ffff:10.0.0.1/96");
    ASSERT_TRUE(mapped.ok());
    EXPECT_EQ(mapped.value().family, AF_INET6);
    EXPECT_EQ(mapped.value().address[15], 1);
}

TEST(ParseCidr, ErrorMessageQuotesInputAndShowsExamples) {
    const auto r = parse_cidr("10.0.0.300/24");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().exit_code, kExitUsage);
    EXPECT_EQ(r.error().message,
              "'10.0.0.300/24' is not an IPv4/IPv6 address with a prefix length, such as 10.0.0.1/24 or fd00::1/64");
}

TEST(ParseCidr, PrefixTooLongSaysTheRange) {
    const auto v4 = parse_cidr("10.0.0.1/33");
    ASSERT_FALSE(v4.ok());
    EXPECT_EQ(v4.error().exit_code, kExitUsage);
    EXPECT_NE(v4.error().message.find("0-32"), std::string::npos) << v4.error().message;

    const auto v6 = parse_cidr("fd00::1/129");
    ASSERT_FALSE(v6.ok());
    EXPECT_NE(v6.error().message.find("0-128"), std::string::npos) << v6.error().message;
}

TEST(ParseCidr, RejectsMalformedText) {
    const char* const bad[] = {
        "",              // nothing
        "/24",           // no address
        "10.0.0.1/",     // empty prefix
        "10.0.0.1/-1",   // signed prefix
        "10.0.0.1/+8",   // signed prefix
        "10.0.0.1/ 8",   // white space
        "10.0.0.1/8x",   // trailing junk
        "10.0.0.1/24/8", // two slashes
        "10.0.0.1/0024", // too many digits
        "10.0.0",        // short IPv4
        "10.0.0.1.5",    // long IPv4
        "010.0.0.1/8",   // leading zero (octal in some parsers)
        " 10.0.0.1/8",   // leading white space
        "fd00::1::2/64", // two "::"
        "fe80::1%eth0",  // zone index is not an address
        "host.example",  // names are not resolved
        "10.0.0.1\\24",  // wrong separator
    };
    for (const char* text : bad) {
        const auto r = parse_cidr(text);
        EXPECT_FALSE(r.ok()) << "accepted '" << text << "'";
        if (!r.ok()) {
            EXPECT_EQ(r.error().exit_code, kExitUsage) << text;
        }
    }
}

TEST(ParseCidr, RejectsEmbeddedNul) {
    // From a string_view with a NUL inside: must not parse as plain "10.0.0.1".
    const std::string text("10.0.0.1\0junk/24", 16);
    EXPECT_FALSE(parse_cidr(text).ok());
    const std::string v4("10.0.0.1\0", 9);
    EXPECT_FALSE(parse_cidr(v4).ok());
}

}  // namespace
}  // namespace tapsniff
