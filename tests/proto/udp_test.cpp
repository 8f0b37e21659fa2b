// Unit tests for the UDP home (src/proto/udp): ports, length field checks, checksums over IPv4 and
// IPv6, every cut, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/udp/udp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::line_of;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace ipf = test::ipframes;

TEST(Udp, Ipv4Datagram) {
    auto bytes = from_hex(ipf::kUdp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 udp");
    const UdpLayer* udp = f->get<UdpLayer>(2);
    ASSERT_NE(udp, nullptr);
    EXPECT_EQ(f->layers()[2].presence, Presence::complete);
    EXPECT_EQ(udp->status, UdpStatus::ok);
    EXPECT_EQ(udp->sport, 40000);
    EXPECT_EQ(udp->dport, 45000);
    EXPECT_EQ(udp->length_field, 26);
    EXPECT_EQ(udp->ip_len, 26U);
    EXPECT_EQ(udp->checksum_field, 0x6372);
    EXPECT_EQ(udp->checksum.state, Checksum::State::correct);
    EXPECT_EQ(udp->payload.size(), 18U);
    EXPECT_EQ(udp->payload.data(), bytes.data() + 42);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
}

TEST(Udp, Ipv6Datagram) {
    auto bytes = from_hex(ipf::kUdp6);
    auto f = decode(bytes);
    const UdpLayer* udp = f->find<UdpLayer>();
    ASSERT_NE(udp, nullptr);
    EXPECT_EQ(udp->checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1.40003 > fd00::2.45003: UDP, length 4");
}

TEST(Udp, ZeroChecksumOverIpv4IsUnused) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[40] = bytes[41] = std::byte{0};
    ASSERT_NE(decode(bytes)->find<UdpLayer>(), nullptr);
    EXPECT_EQ(decode(bytes)->find<UdpLayer>()->checksum.state, Checksum::State::unused);
}

TEST(Udp, ChecksumIsOnlyVerifiedWhenAsked) {
    auto bytes = from_hex(ipf::kUdp);
    auto f = decode(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), false);
    ASSERT_NE(f->find<UdpLayer>(), nullptr);
    EXPECT_EQ(f->find<UdpLayer>()->checksum.state, Checksum::State::unverified);
    EXPECT_EQ(f->find<UdpLayer>()->checksum.value, 0x6372);
}

TEST(Udp, LengthFieldChecks) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[39] = std::byte{7};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: truncated-udplength 7");
    auto f = decode(bytes);
    EXPECT_NE(f->malformed, nullptr);
    ASSERT_NE(f->find<UdpLayer>(), nullptr);
    EXPECT_EQ(f->find<UdpLayer>()->status, UdpStatus::bad_length);
    EXPECT_EQ(presence_of<UdpLayer>(*f), Presence::malformed);

    bytes[38] = std::byte{1};
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, bad length 255 > 18");
    auto g = decode(bytes);
    EXPECT_STREQ(g->malformed, "udp length beyond ip payload");
    EXPECT_EQ(presence_of<UdpLayer>(*g), Presence::malformed);
    ASSERT_NE(g->find<UdpLayer>(), nullptr);
    EXPECT_EQ(g->find<UdpLayer>()->payload.size(), 18U);  // what the IP layer gave it, no more
}

// An IP payload shorter than the UDP header: the ports are printed, the header is not read.
TEST(Udp, IpPayloadShorterThanTheHeader) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[17] = std::byte{0x1a};  // IP total length 26: 6 bytes of UDP
    auto f = decode(bytes);
    const UdpLayer* udp = f->find<UdpLayer>();
    ASSERT_NE(udp, nullptr);
    EXPECT_EQ(udp->status, UdpStatus::short_length);
    EXPECT_EQ(udp->sport, 40000);
    EXPECT_EQ(presence_of<UdpLayer>(*f), Presence::partial);
    EXPECT_STREQ(f->malformed, "udp shorter than its header");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1.40000 > 10.0.0.2.45000: truncated-udp 6");
}

TEST(Udp, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kUdp);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 34; cut < 42; ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f->truncated, "udp") << cut;
        ASSERT_NE(f->find<UdpLayer>(), nullptr) << cut;
        EXPECT_EQ(f->find<UdpLayer>()->status, cut < 38 ? UdpStatus::ports_cut : UdpStatus::header_cut) << cut;
        EXPECT_EQ(presence_of<UdpLayer>(*f), Presence::partial) << cut;
        std::string line = ipf::ip_part(line_of(prefix(bytes, cut), wire));
        EXPECT_EQ(line, cut < 38 ? "10.0.0.1 > 10.0.0.2:  [|udp]" : "10.0.0.1.40000 > 10.0.0.2.45000:  [|udp]") << cut;
    }
    for (std::size_t cut = 42; cut <= bytes.size(); ++cut) {
        EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, cut), wire)), "10.0.0.1.40000 > 10.0.0.2.45000: UDP, length 18");
        auto f = decode(prefix(bytes, cut), wire);
        ASSERT_NE(f->find<UdpLayer>(), nullptr);
        EXPECT_EQ(presence_of<UdpLayer>(*f), Presence::complete) << cut;
        EXPECT_EQ(f->find<UdpLayer>()->payload.size(), cut - 42) << cut;
        EXPECT_EQ(f->find<UdpLayer>()->checksum.state,
                  cut == bytes.size() ? Checksum::State::correct : Checksum::State::unverified);
    }
}

// --- The -v tree ---

TEST(UdpTree, PortsLengthAndChecksum) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kUdp)),
                         "\n    User Datagram Protocol"
                         "\n        Source Port: 40000"
                         "\n        Destination Port: 45000"
                         "\n        Length: 26"
                         "\n        Checksum: 0x6372 [correct]"));
    auto bad = from_hex(ipf::kUdp);
    bad[40] = std::byte{0x12};
    bad[41] = std::byte{0x34};
    EXPECT_TRUE(contains(tree_of(bad), "\n        Checksum: 0x1234 [incorrect, should be 0x6372]"));
    auto unused = from_hex(ipf::kUdp);
    unused[40] = unused[41] = std::byte{0};
    EXPECT_TRUE(contains(tree_of(unused), "\n        Checksum: 0x0000 [not used]"));
    auto cut = from_hex(ipf::kUdp);
    EXPECT_TRUE(contains(tree_of(prefix(cut, 50), static_cast<std::uint32_t>(cut.size())),
                         "\n        Checksum: 0x6372 [unverified]"));
}

TEST(UdpTree, BadLengthShowsTheFieldButNoChecksum) {
    auto bytes = from_hex(ipf::kUdp);
    bytes[39] = std::byte{7};
    const std::string t = tree_of(bytes);
    EXPECT_TRUE(contains(t, "\n        Destination Port: 45000\n        Length: 7\n    [Malformed: udp length < 8]"));
    EXPECT_EQ(t.find("Checksum: 0x6372"), std::string::npos) << t;
}

}  // namespace
}  // namespace tapsniff
