// Unit tests for decode_udp: ports, length field checks, checksums over IPv4 and IPv6, every cut.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

TEST(Udp, Ipv4Datagram) {
    auto bytes = from_hex(ipf::kUdp);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_udp);
    EXPECT_EQ(f.ip.udp.sport, 40000);
    EXPECT_EQ(f.ip.udp.dport, 45000);
    EXPECT_EQ(f.ip.udp.length_field, 26);
    EXPECT_EQ(f.ip.udp.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
}

TEST(Udp, Ipv6Datagram) {
    auto bytes = from_hex(ipf::kUdp6);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.udp.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1.40003 > fd00::2.45003: UDP, length 4");
}

TEST(Udp, ZeroChecksumOverIpv4IsUnused) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[40] = bytes[41] = std::byte{0};
    EXPECT_EQ(decode(bytes).ip.udp.checksum.state, Checksum::State::unused);
}

TEST(Udp, LengthFieldChecks) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[39] = std::byte{7};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: truncated-udplength 7");
    EXPECT_NE(decode(bytes).malformed, nullptr);
    bytes[38] = std::byte{1};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, bad length 255 > 18");
}

TEST(Udp, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kUdp);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 34; cut < 42; ++cut) {
        DecodedFrame f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f.truncated, "udp") << cut;
        std::string line = ipf::ip_part(line_of(prefix(bytes, cut), wire));
        EXPECT_EQ(line, cut < 38 ? "10.0.0.1 > 10.0.0.2:  [|udp]" : "10.0.0.1.40000 > 10.0.0.2.45000:  [|udp]") << cut;
    }
    for (std::size_t cut = 42; cut <= bytes.size(); ++cut) {
        EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, cut), wire)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
        EXPECT_EQ(decode(prefix(bytes, cut), wire).ip.udp.checksum.state,
                  cut == bytes.size() ? Checksum::State::correct : Checksum::State::unverified);
    }
}

}  // namespace
}  // namespace tapsniff
