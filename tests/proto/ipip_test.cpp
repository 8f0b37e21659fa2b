// Unit tests for IP in IP (the ip_demux_print rows of src/proto/dispatch.cpp for protocols 4 and
// 41): 4in4 and 6in4 from real captures, the inner header as the key of TCP's relative numbers,
// the outer header marked as a tunnel, every cut.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/ip/ip.hpp"
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

TEST(IpInIp, FourInFour) {
    auto bytes = from_hex(tf::kIpIp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 ipv4 icmp");
    EXPECT_TRUE(f->layers()[1].tunnel);
    EXPECT_FALSE(f->layers()[2].tunnel);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kIpIpText);
    // The layer before ICMP is the inner header: what an upper layer sees as its IP.
    const EnclosingIp ip = enclosing_ip(*f, 3);
    ASSERT_NE(ip.v4, nullptr);
    EXPECT_EQ(ip.v4->src, (Ipv4Address{192, 168, 0, 94}));
    EXPECT_TRUE(contains(json_of(bytes), "\"proto\":4,\"ttl\":123,\"len\":104},\"inner\":{\"ipv4\":{\"src\":\"192.168.0.94\""));
}

TEST(IpInIp, SixInFour) {
    auto bytes = from_hex(tf::kSixInFour);
    EXPECT_EQ(stack_of(*decode(bytes)), "ethernet ipv4 ipv6 icmp6");
    EXPECT_EQ(after_link(line_of(bytes)), tf::kSixInFourText);
}

TEST(IpInIp, CutAtEveryByte) {
    auto bytes = from_hex(tf::kIpIp);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string outer = "10.0.0.94 > 10.1.0.237: ";
    for (std::size_t cut = 34; cut <= bytes.size(); ++cut) {
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 54) {
            EXPECT_EQ(text, outer + " [|ip]") << cut;
        } else if (cut < 62) {
            EXPECT_EQ(text, outer + "192.168.0.94 > 192.168.0.237:  [|icmp]") << cut;
        } else {
            EXPECT_EQ(text, tf::kIpIpText) << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
