// Unit tests for the ICMPv6 home (src/proto/icmp6): neighbor solicitation, echo, MLDv2 report,
// checksums with the pseudo-header, every cut, ICMPv6 where it does not belong, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/icmp6/icmp6.hpp"

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

TEST(Icmp6, NeighborSolicitation) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 icmp6");
    const Icmp6Layer* m = f->get<Icmp6Layer>(2);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(f->layers()[2].presence, Presence::complete);
    EXPECT_EQ(m->type, icmp6_type::neighbor_solicit);
    EXPECT_EQ(m->cut, Icmp6Cut::none);
    EXPECT_EQ(m->length, 32U);
    EXPECT_EQ(m->target, (Ipv6Address{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}));
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 32");
}

TEST(Icmp6, Echo) {
    auto bytes = from_hex(ipf::kEcho6);
    auto f = decode(bytes);
    const Icmp6Layer* m = f->find<Icmp6Layer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, icmp6_type::echo_request);
    EXPECT_EQ(m->id, 3);
    EXPECT_EQ(m->seq, 4);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > fd00::2: ICMP6, echo request, id 3, seq 4, length 16");
}

TEST(Icmp6, Mldv2Report) {
    auto bytes = from_hex(ipf::kMldv2Report);
    auto f = decode(bytes);
    const Icmp6Layer* m = f->find<Icmp6Layer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, icmp6_type::mldv2_report);
    EXPECT_EQ(m->group_count, 1);
    ASSERT_EQ(m->records.size(), 1U);
    EXPECT_EQ(m->records[0].type, 4);
    EXPECT_EQ(m->records[0].sources, 0);
    EXPECT_EQ(m->records[0].group, (Ipv6Address{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xfb}));
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fe80::6 > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s), length 28");
}

TEST(Icmp6, BadChecksumUsesThePseudoHeader) {
    auto bytes = from_hex(ipf::kEcho6);
    bytes[56] = std::byte{0};
    bytes[57] = std::byte{0};
    auto f = decode(bytes);
    const Icmp6Layer* m = f->find<Icmp6Layer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->checksum.state, Checksum::State::incorrect);
    EXPECT_EQ(m->checksum.expected, 0xf413);
    EXPECT_EQ(presence_of<Icmp6Layer>(*f), Presence::complete);  // a wrong checksum is not a cut
}

TEST(Icmp6, ChecksumIsOnlyVerifiedWhenAsked) {
    auto bytes = from_hex(ipf::kEcho6);
    auto f = decode(test::view(bytes), static_cast<std::uint32_t>(bytes.size()), false);
    ASSERT_NE(f->find<Icmp6Layer>(), nullptr);
    EXPECT_EQ(f->find<Icmp6Layer>()->checksum.state, Checksum::State::unverified);
    EXPECT_EQ(f->find<Icmp6Layer>()->checksum.value, 0xf413);
}

TEST(Icmp6, CutAtEveryByte) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 54), wire)), "fd00::1 > ff02::1:ff00:2:  [|icmp6]");
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 55), wire)), "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation [|icmp6]");
    for (std::size_t cut = 54; cut < 78; ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        EXPECT_STREQ(f->truncated, "icmp6") << cut;
        const Icmp6Layer* m = f->find<Icmp6Layer>();
        ASSERT_NE(m, nullptr) << cut;
        if (cut == 54) {
            EXPECT_EQ(m->cut, Icmp6Cut::type);
        } else if (cut == 55) {
            EXPECT_EQ(m->cut, Icmp6Cut::code);
        } else {
            EXPECT_EQ(m->cut, Icmp6Cut::body) << cut;
        }
        // Type and code are the fixed header: without them the layer is only a mark.
        EXPECT_EQ(presence_of<Icmp6Layer>(*f), cut < 56 ? Presence::partial : Presence::truncated) << cut;
        EXPECT_TRUE(line_of(prefix(bytes, cut), wire).ends_with(" [|icmp6]")) << cut;
    }
    auto whole = decode(prefix(bytes, 78), wire);
    EXPECT_EQ(presence_of<Icmp6Layer>(*whole), Presence::complete);
    EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, 78), wire)),
              "fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 32");
}

// tcpdump prints ICMPv6 in IPv4 as an error of the IP layer: there is no ICMPv6 layer.
TEST(Icmp6, OnlyOverIpv6) {
    auto bytes = from_hex(ipf::kPing);
    bytes[23] = std::byte{ipproto::icmpv6};
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4");
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "10.0.0.1 > 10.0.0.2: [ICMPv6 requires IPv6] (invalid)");
}

TEST(Icmp6, Json) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    EXPECT_TRUE(contains(json_of(bytes), R"(,"icmp6":{"type":135,"code":0},"summary":)"));
    // Type and code cut: no object.
    std::string cut = json_of(prefix(bytes, 55), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(cut.find("\"icmp6\":"), std::string::npos) << cut;
    EXPECT_TRUE(contains(cut, R"(,"truncated":"icmp6",)"));
}

// --- The -v tree ---

TEST(Icmp6Tree, NeighborSolicitation) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kNeighborSolicit)),
                         "\n    Internet Control Message Protocol v6"
                         "\n        Type: Neighbor Solicitation (135)"
                         "\n        Code: 0"
                         "\n        Checksum: 0x7d97 [correct]"
                         "\n        Target Address: fd00::2"
                         "\n        Length: 32"));
}

TEST(Icmp6Tree, EchoAndMldv2Records) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kEcho6)),
                         "\n        Type: Echo (ping) request (128)"
                         "\n        Code: 0"
                         "\n        Checksum: 0xf413 [correct]"
                         "\n        Identifier: 0x0003"
                         "\n        Sequence: 4"
                         "\n        Length: 16"));
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kMldv2Report)),
                         "\n        Type: Multicast Listener Report Message v2 (143)"
                         "\n        Code: 0"
                         "\n        Checksum: 0x6f0a [correct]"
                         "\n        Nr of Mcast Address Records: 1"
                         "\n        Multicast Address Record"
                         "\n            Record Type: Changed to exclude (4)"
                         "\n            Aux Data Len: 0"
                         "\n            Number of Sources: 0"
                         "\n            Multicast Address: ff02::fb"
                         "\n        Length: 28"));
}

TEST(Icmp6Tree, CutMessage) {
    auto bytes = from_hex(ipf::kNeighborSolicit);
    const std::string t = tree_of(prefix(bytes, 60), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_TRUE(contains(t, "\n        Checksum: 0x7d97 [unverified]\n        Length: 32"));
    EXPECT_EQ(t.find("Target Address"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: icmp6]")) << t;
}

}  // namespace
}  // namespace tapsniff
