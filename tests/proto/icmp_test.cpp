// Unit tests for the ICMP home (src/proto/icmp): echo, port unreachable with the quoted header,
// checksums, every cut, ICMP where it does not belong, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/icmp/icmp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace ipf = test::ipframes;

TEST(Icmp, EchoRequest) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 icmp");
    const IcmpLayer* m = f->get<IcmpLayer>(2);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(f->layers()[2].presence, Presence::complete);
    EXPECT_EQ(m->type, icmp_type::echo);
    EXPECT_EQ(m->code, 0);
    EXPECT_EQ(m->id, 7);
    EXPECT_EQ(m->seq, 1);
    EXPECT_EQ(m->length, 64U);
    EXPECT_EQ(m->body.size(), 64U);
    EXPECT_TRUE(m->complete);
    EXPECT_TRUE(m->has_checksum);
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    EXPECT_EQ(m->checksum.value, 0xf7f7);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

TEST(Icmp, PortUnreachableQuotesTheDatagram) {
    auto bytes = from_hex(ipf::kPortUnreach);
    auto f = decode(bytes);
    const IcmpLayer* m = f->find<IcmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, icmp_type::unreachable);
    EXPECT_EQ(m->code, icmp_unreach::port);
    EXPECT_TRUE(m->complete);
    EXPECT_EQ(m->quoted_proto, ipproto::udp);
    EXPECT_EQ(m->quoted_dst, (Ipv4Address{10, 0, 0, 2}));
    EXPECT_EQ(m->quoted_dport, 45000);
    EXPECT_EQ(presence_of<IcmpLayer>(*f), Presence::complete);
    // The quoted datagram is not decoded as layers of its own.
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 icmp");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 45000 unreachable, length 36");
}

TEST(Icmp, BadChecksum) {
    auto bytes = from_hex(ipf::kPing);
    bytes[36] = std::byte{0};
    auto f = decode(bytes);
    const IcmpLayer* m = f->find<IcmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(m->checksum.expected, 0xf7f7);
    EXPECT_EQ(presence_of<IcmpLayer>(*f), Presence::complete);  // a wrong checksum is not a cut
}

TEST(Icmp, ChecksumIsOnlyVerifiedWhenAsked) {
    auto bytes = from_hex(ipf::kPing);
    auto f = decode(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), false);
    ASSERT_NE(f->find<IcmpLayer>(), nullptr);
    EXPECT_EQ(f->find<IcmpLayer>()->checksum.state, Checksum::State::unverified);
    EXPECT_EQ(f->find<IcmpLayer>()->checksum.value, 0xf7f7);
}

TEST(Icmp, CutAtEveryByte) {
    for (auto hex : {ipf::kPing, ipf::kPortUnreach}) {
        auto bytes = from_hex(hex);
        const std::size_t needed = hex == ipf::kPing ? 42 : 34 + 32;  // echo: 8 bytes; unreach: quoted ports
        for (std::size_t cut = 34; cut < needed; ++cut) {
            auto f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_STREQ(f->truncated, "icmp") << cut;
            const IcmpLayer* m = f->find<IcmpLayer>();
            ASSERT_NE(m, nullptr) << cut;
            EXPECT_FALSE(m->complete) << cut;
            // Type and code are the fixed header: without them the layer is only a mark.
            EXPECT_EQ(presence_of<IcmpLayer>(*f), cut < 36 ? Presence::partial : Presence::truncated) << cut;
            EXPECT_EQ(m->has_checksum, cut >= 38) << cut;
            EXPECT_TRUE(line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size())).ends_with(":  [|icmp]"));
        }
        auto f = decode(prefix(bytes, needed), static_cast<std::uint32_t>(bytes.size()));
        EXPECT_EQ(f->truncated, nullptr);
        EXPECT_EQ(presence_of<IcmpLayer>(*f), Presence::complete);
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

// tcpdump prints ICMP in IPv6 as an error of the IP layer: there is no ICMP layer.
TEST(Icmp, OnlyOverIpv4) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[20] = std::byte{ipproto::icmp};
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6");
    EXPECT_EQ(f->truncated, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > fd00::2: [ICMP requires IPv4] (invalid)");
}

TEST(Icmp, Json) {
    auto bytes = from_hex(ipf::kPing);
    EXPECT_TRUE(contains(json_of(bytes), R"(,"icmp":{"type":8,"code":0},"summary":)"));
    // Type and code cut: no object.
    std::string cut = json_of(prefix(bytes, 35), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(cut.find("\"icmp\":"), std::string::npos) << cut;
    EXPECT_TRUE(contains(cut, R"(,"truncated":"icmp",)"));
}

// --- The -v tree ---

TEST(IcmpTree, Echo) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kPing)),
                         "\n    Internet Control Message Protocol"
                         "\n        Type: Echo (ping) request (8)"
                         "\n        Code: 0"
                         "\n        Checksum: 0xf7f7 [correct]"
                         "\n        Identifier: 7"
                         "\n        Sequence Number: 1"
                         "\n        Length: 64"));
}

TEST(IcmpTree, PortUnreachable) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kPortUnreach)),
                         "\n        Type: Destination unreachable (3)"
                         "\n        Code: 3"
                         "\n        Checksum: 0x1119 [correct]"
                         "\n        Quoted Protocol: 17"
                         "\n        Quoted Destination Address: 10.0.0.2"
                         "\n        Quoted Destination Port: 45000"
                         "\n        Length: 36"));
}

TEST(IcmpTree, CutMessage) {
    auto bytes = from_hex(ipf::kPing);
    const std::string t = tree_of(prefix(bytes, 40), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_TRUE(contains(t, "\n        Checksum: 0xf7f7 [unverified]\n        Length: 64"));
    EXPECT_EQ(t.find("Identifier"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: icmp]")) << t;
    const std::string header_cut = tree_of(prefix(bytes, 35), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(header_cut.find("Internet Control Message Protocol"), std::string::npos) << header_cut;
}

}  // namespace
}  // namespace tapsniff
