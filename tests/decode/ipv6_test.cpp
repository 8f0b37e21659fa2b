// Unit tests for decode_ipv6: extension-header chains, loops and absurd chains, every cut.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

TEST(Ipv6, RoutingThenFragment) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_ipv6);
    const Ipv6Header& ip = f.ip.ipv6;
    ASSERT_EQ(ip.ext_count, 2);
    EXPECT_EQ(ip.ext[0].kind, Ip6ExtKind::routing);
    EXPECT_EQ(ip.ext[0].rt_segleft, 1);
    EXPECT_EQ(ip.ext[1].kind, Ip6ExtKind::fragment);
    EXPECT_TRUE(ip.ext[1].frag_more);
    EXPECT_EQ(ip.ext[1].frag_id, 9U);
    EXPECT_TRUE(f.ip.fragmented);
    EXPECT_TRUE(f.ip.has_udp);
    EXPECT_EQ(f.ip.udp.checksum.state, Checksum::State::unverified);  // a fragment
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fd00::1 > fd00::2: RT6 (len=2, type=0 [Deprecated], segleft=1, [0]fd00::9) frag (0|12) "
              "40002 > 45002: UDP, length 4");
}

TEST(Ipv6, HopByHopFirst) {
    auto bytes = from_hex(ipf::kMldv2Report);
    DecodedFrame f = decode(bytes);
    ASSERT_EQ(f.ip.ipv6.ext_count, 1);
    EXPECT_EQ(f.ip.ipv6.ext[0].kind, Ip6ExtKind::hop_by_hop);
    EXPECT_TRUE(f.ip.has_icmp6);
}

TEST(Ipv6, CutAtEveryByte) {
    for (auto hex : {ipf::kRoutingFragment, ipf::kMldv2Report, ipf::kNeighborSolicit, ipf::kUdp6}) {
        auto bytes = from_hex(hex);
        for (std::size_t cut = 14; cut < 54; ++cut) {
            DecodedFrame f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_STREQ(f.truncated, "ip6") << cut;
            EXPECT_TRUE(line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size())).ends_with(" [|ip6]"));
        }
        for (std::size_t cut = 54; cut <= bytes.size(); ++cut) {
            std::string line = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_FALSE(line.empty());
        }
    }
}

TEST(Ipv6, RoutingHeaderCutMidAddress) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    std::string line = line_of(prefix(bytes, 54 + 8 + 10), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(ipf::ip_part(line), "fd00::1 > fd00::2: RT6 (len=2, type=0 [Deprecated], segleft=1 [|rt6]");
}

// A chain of destination-options headers longer than we keep: stops, says so, never loops.
TEST(Ipv6, AbsurdlyLongChain) {
    std::string hex(ipf::kUdp6.substr(0, 14 * 2));
    hex += "600000000000" "3c40";  // payload length patched below, next header 60
    hex += std::string(ipf::kUdp6.substr(22 * 2, 32 * 2));
    const int headers = 40;
    for (int i = 0; i < headers; ++i) hex += (i + 1 < headers ? "3c" : "11") + std::string("00") + "010400000000";
    hex += "9c43afcb000c0000";
    auto bytes = from_hex(hex);
    auto plen = static_cast<std::uint16_t>(bytes.size() - 54);
    bytes[18] = static_cast<std::byte>(plen >> 8U);
    bytes[19] = static_cast<std::byte>(plen & 0xffU);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.ipv6.stop, Ipv6Stop::chain_too_long);
    EXPECT_EQ(f.ip.ipv6.ext_count, kMaxIpv6Extensions);
    EXPECT_NE(f.malformed, nullptr);
    EXPECT_TRUE(line_of(bytes).ends_with("DSTOPT  [|ip6]"));
}

TEST(Ipv6, SecondHopByHopIsALoop) {
    // HBH -> HBH -> UDP
    std::string hex(ipf::kUdp6.substr(0, 14 * 2));
    hex += "600000000018" "0040";
    hex += std::string(ipf::kUdp6.substr(22 * 2, 32 * 2));
    hex += "0000010400000000" "1100010400000000" "9c43afcb00080000";
    auto bytes = from_hex(hex);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.ipv6.stop, Ipv6Stop::hbh_repeated);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fd00::1 > fd00::2: HBH [The Hop-by-Hop Options header was already found] (invalid)");
}

TEST(Ipv6, PayloadLengthBeyondTheFrame) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[18] = std::byte{0x01};  // 0x010c
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "truncated-ip6 - 256 bytes missing!fd00::1.40003 > fd00::2.45003: UDP, length 4");
}

TEST(Ipv6, NoNextHeader) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[20] = std::byte{59};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > fd00::2: no next header");
}

}  // namespace
}  // namespace tapsniff
