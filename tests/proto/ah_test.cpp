// Unit tests for the AH home (src/proto/ah): a real AH header, the protected protocol printed after
// it (ports without addresses, as tcpdump does), every cut, JSON.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/ah/ah.hpp"
#include "tunnel_test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::stack_of;
namespace tf = test::tunnelframes;

std::string after_link(const std::string& line) { return line.substr(line.find(": ") + 2); }

TEST(Ah, ThenIcmp6) {
    auto bytes = from_hex(tf::kAh6);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 ah icmp6");
    const AhLayer* ah = f->find<AhLayer>();
    ASSERT_NE(ah, nullptr);
    EXPECT_EQ(ah->next, 58);
    EXPECT_EQ(ah->header_len(), 16U);
    EXPECT_EQ(ah->icv.size(), 4U);
    EXPECT_EQ(ah->upper_len, 16U);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kAh6Text);
    EXPECT_TRUE(contains(json_of(bytes), "\"ah\":{\"next_header\":58,\"length\":2,\"spi\":\"0x00000000\",\"sequence\":0,"
                                         "\"icv\":\"00:00:00:00\"},\"icmp6\":{\"type\":128,\"code\":0}"));
}

TEST(Ah, TransportAfterAhPrintsPortsOnly) {
    // IPv4, AH (12-byte ICV), UDP 7 > 9: tcpdump's udp_print sees IP's protocol is AH, not UDP.
    auto bytes = from_hex("020000000002 020000000001 0800 45000038000100004033f77ac0000201c0000202"
                          "1104 0000 00002004 00000004 040404040404040404040404 00070009000c0000 75757575");
    EXPECT_EQ(after_link(line_of(bytes)),
              "192.0.2.1 > 192.0.2.2: AH(spi=0x00002004,seq=0x4,icv=0x040404040404040404040404): 7 > 9: UDP, length 4");
}

TEST(Ah, CutAtEveryByte) {
    auto bytes = from_hex(tf::kAh6);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string ip = "2001:db8:1::2 > 2001:db8:1::1: ";
    for (std::size_t cut = 54; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        std::string want;
        if (cut == 54) want = ip + " [|ah]";
        else if (cut == 55) want = ip + "AH [|ah]";
        else if (cut < 62) want = ip + "AH( [|ah]";
        else if (cut < 66) want = ip + "AH(spi=0x00000000, [|ah]";
        else if (cut < 70) want = ip + "AH(spi=0x00000000,seq=0x0,icv=0x" + std::string(2 * (cut - 66), '0') + " [|ah]";
        else continue;
        EXPECT_EQ(text, want) << cut;
        EXPECT_STREQ(f->truncated, "ah") << cut;
    }
}

}  // namespace
}  // namespace tapsniff
