// Unit tests for the DHCPv6 home (src/proto/dhcp6): tcpdump's line, JSON and every cut.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/dhcp6/dhcp6.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::summary_of;

// tcpdump's dhcpv6-ia-na test capture, frame 1: a Solicit.
constexpr std::string_view kSolicit =
    "33330001000200010203040586dd6c00000000381140fe80000000000000020102fffe030405ff020000000000000000000000010002"
    "02220223003811230190b45c0001000a0003000100010203040500060004001700180008000200000003000c0203040500000e1000"
    "001518";

TEST(Dhcp6, Solicit) {
    auto bytes = from_hex(kSolicit);
    EXPECT_EQ(summary_of(bytes), "fe80::201:2ff:fe03:405.546 > ff02::1:2.547: dhcp6 solicit");
    EXPECT_TRUE(contains(json_of(bytes), "\"dhcp6\":{\"msg_type\":1,\"xid\":9483356}"));
}

TEST(Dhcp6, TypesAndRelays) {
    auto bytes = from_hex(kSolicit);
    bytes[62] = std::byte{12};
    EXPECT_TRUE(summary_of(bytes).ends_with(": dhcp6 relay-fwd"));
    EXPECT_TRUE(contains(json_of(bytes), "\"dhcp6\":{\"msg_type\":12}"));  // a relay has no xid
    bytes[62] = std::byte{200};
    EXPECT_TRUE(summary_of(bytes).ends_with(": dhcp6 msgtype-200"));
}

TEST(Dhcp6, Cuts) {
    auto bytes = from_hex(kSolicit);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        std::string line = line_of(prefix(bytes, cut), wire);
        if (cut >= 62 && cut < 66) {
            EXPECT_TRUE(line.ends_with(": dhcp6 [|dhcp6]")) << line;
        } else if (cut >= 66) {
            EXPECT_TRUE(line.ends_with(": dhcp6 solicit")) << line;
        }
        EXPECT_FALSE(json_of(prefix(bytes, cut), wire).empty());
    }
}

}  // namespace
}  // namespace tapsniff
