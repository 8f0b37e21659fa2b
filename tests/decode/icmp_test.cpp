// Unit tests for decode_icmp: echo, port unreachable with the quoted header, checksums, every cut.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

TEST(Icmp, EchoRequest) {
    auto bytes = from_hex(ipf::kPing);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_icmp);
    EXPECT_EQ(f.ip.icmp.type, 8);
    EXPECT_EQ(f.ip.icmp.id(), 7);
    EXPECT_EQ(f.ip.icmp.seq(), 1);
    EXPECT_EQ(f.ip.icmp.length, 64U);
    EXPECT_TRUE(f.ip.icmp.complete);
    EXPECT_EQ(f.ip.icmp.checksum.state, Checksum::State::correct);
}

TEST(Icmp, PortUnreachableQuotesTheDatagram) {
    auto bytes = from_hex(ipf::kPortUnreach);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.icmp.inner_proto, ipproto::udp);
    EXPECT_EQ(f.ip.icmp.inner_dst, (Ipv4Address{10, 0, 0, 2}));
    EXPECT_EQ(f.ip.icmp.inner_dport, 45000);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 45000 unreachable, length 36");
}

TEST(Icmp, BadChecksum) {
    auto bytes = from_hex(ipf::kPing);
    bytes[36] = std::byte{0};
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.icmp.checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(f.ip.icmp.checksum.expected, 0xf7f7);
}

TEST(Icmp, CutAtEveryByte) {
    for (auto hex : {ipf::kPing, ipf::kPortUnreach}) {
        auto bytes = from_hex(hex);
        const std::size_t needed = hex == ipf::kPing ? 42 : 34 + 32;  // echo: 8 bytes; unreach: quoted ports
        for (std::size_t cut = 34; cut < needed; ++cut) {
            DecodedFrame f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_STREQ(f.truncated, "icmp") << cut;
            EXPECT_TRUE(line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size())).ends_with(":  [|icmp]"));
        }
    }
}

TEST(Icmp, TimestampReplyWording) {
    auto bytes = from_hex(ipf::kPing);
    bytes[34] = std::byte{14};
    bytes[16] = std::byte{0};
    bytes[17] = std::byte{40};  // 20-byte message
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 7 seq 1: org 00:00:00.000, recv 00:00:00.000, "
              "xmit 00:00:00.000, length 20");
}

}  // namespace
}  // namespace tapsniff
