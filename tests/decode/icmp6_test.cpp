// Unit tests for decode_icmp6: neighbor solicitation, echo, MLDv2 report, checksums, every cut.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

TEST(Icmp6, NeighborSolicitation) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_icmp6);
    EXPECT_EQ(f.ip.icmp6.type, 135);
    EXPECT_EQ(f.ip.icmp6.cut, Icmp6Cut::none);
    EXPECT_EQ(f.ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 32");
}

TEST(Icmp6, Echo) {
    auto bytes = from_hex(ipf::kEcho6);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.icmp6.id(), 3);
    EXPECT_EQ(f.ip.icmp6.seq(), 4);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > fd00::2: ICMP6, echo request, id 3, seq 4, length 16");
}

TEST(Icmp6, Mldv2Report) {
    auto bytes = from_hex(ipf::kMldv2Report);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.icmp6.group_count, 1);
    ASSERT_EQ(f.ip.icmp6.record_count, 1);
    EXPECT_EQ(f.ip.icmp6.records[0].type, 4);
    EXPECT_EQ(f.ip.icmp6.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fe80::6 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28");
}

TEST(Icmp6, BadChecksumUsesThePseudoHeader) {
    auto bytes = from_hex(ipf::kEcho6);
    bytes[56] = std::byte{0};
    bytes[57] = std::byte{0};
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.icmp6.checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(f.ip.icmp6.checksum.expected, 0xf413);
}

TEST(Icmp6, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 54), wire)), "fd00::1 > ff02::1:ff00:2:  [|icmp6]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 55), wire)), "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation [|icmp6]");
    for (std::size_t cut = 54; cut < 78; ++cut) {
        DecodedFrame f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f.truncated, "icmp6") << cut;
        EXPECT_TRUE(line_of(prefix(bytes, cut), wire).ends_with(" [|icmp6]")) << cut;
    }
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 78), wire)),
              "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 32");
}

}  // namespace
}  // namespace tapsniff
