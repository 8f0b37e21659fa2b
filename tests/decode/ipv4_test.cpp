// Unit tests for decode_ipv4: a real ping, header checksum, every cut, nonsense IHL and total length.
#include <gtest/gtest.h>

#include "ip_test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

TEST(Ipv4, PingHeader) {
    auto bytes = from_hex(ipf::kPing);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.ip.has_ipv4);
    const Ipv4Header& ip = f.ip.ipv4;
    EXPECT_EQ(ip.status, Ipv4Status::ok);
    EXPECT_EQ(ip.version, 4);
    EXPECT_EQ(ip.header_len(), 20U);
    EXPECT_EQ(ip.total_len, 84);
    EXPECT_EQ(ip.ttl, 64);
    EXPECT_EQ(ip.proto, ipproto::icmp);
    EXPECT_EQ(ip.src, (Ipv4Address{10, 0, 0, 1}));
    EXPECT_EQ(ip.dst, (Ipv4Address{10, 0, 0, 2}));
    EXPECT_EQ(ip.checksum.state, Checksum::State::correct);
    EXPECT_EQ(ip.checksum.value, 0x66a6);
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_EQ(f.malformed, nullptr);
}

TEST(Ipv4, WrongHeaderChecksumSaysWhatItShouldBe) {
    auto bytes = from_hex(ipf::kPing);
    bytes[24] = std::byte{0x12};
    bytes[25] = std::byte{0x34};
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.ipv4.checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(f.ip.ipv4.checksum.value, 0x1234);
    EXPECT_EQ(f.ip.ipv4.checksum.expected, 0x66a6);
}

TEST(Ipv4, CutAtEveryByteOfTheHeader) {
    auto bytes = from_hex(ipf::kPing);
    for (std::size_t cut = 14; cut < 34; ++cut) {
        DecodedFrame f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        ASSERT_NE(f.truncated, nullptr) << cut;
        EXPECT_STREQ(f.truncated, "ip") << cut;
        std::string line = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        EXPECT_TRUE(line.ends_with(": [|ip]") || line.ends_with(":  [|ip]")) << cut << " " << line;
    }
}

TEST(Ipv4, CutAtEveryByteNeverCrashes) {
    for (auto hex : {ipf::kPing, ipf::kPortUnreach, ipf::kUdp, ipf::kSyn}) {
        auto bytes = from_hex(hex);
        for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
            std::string snapped = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            std::string short_wire = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(cut));
            EXPECT_FALSE(snapped.empty());
            EXPECT_FALSE(short_wire.empty());
        }
    }
}

TEST(Ipv4, IhlBelowFiveIsMalformed) {
    for (unsigned ihl : {0U, 1U, 3U, 4U}) {
        auto bytes = from_hex(ipf::kUdp);
        bytes[14] = static_cast<std::byte>(0x40U | ihl);
        DecodedFrame f = decode(bytes);
        EXPECT_EQ(f.ip.ipv4.status, Ipv4Status::bad_hlen);
        EXPECT_NE(f.malformed, nullptr);
        EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-hlen " + std::to_string(ihl * 4));
    }
}

TEST(Ipv4, TotalLengthBeyondTheFrame) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[16] = std::byte{0x01};  // 0x012e = 302
    DecodedFrame f = decode(bytes);
    EXPECT_NE(f.malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "truncated-ip - 256 bytes missing! 10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
}

TEST(Ipv4, TotalLengthShorterThanTheHeader) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[17] = std::byte{0x0a};
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ip.ipv4.status, Ipv4Status::bad_len);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-len 10");
}

TEST(Ipv4, HeaderLongerThanTheCapture) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[14] = std::byte{0x4f};  // 60-byte header, 46 bytes of datagram
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "bad-len 46");
}

TEST(Ipv4, VersionSixInAnIpv4Frame) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[14] = std::byte{0x65};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "IP6, wrong link-layer encapsulation (invalid)");
}

TEST(Ipv4, LaterFragmentNamesTheProtocol) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[20] = std::byte{0x00};
    bytes[21] = std::byte{0xb9};
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.ip.later_fragment);
    EXPECT_FALSE(f.ip.has_udp);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2: ip-proto-17");
}

TEST(Ipv4, UnknownProtocol) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[23] = std::byte{99};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2:  ip-proto-99 26");
}

}  // namespace
}  // namespace tapsniff
