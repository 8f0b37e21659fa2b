// Unit tests for the IPv6 home (src/proto/ipv6): extension-header chains, loops and absurd chains,
// every cut, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/ipv6/ipv6.hpp"
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

Ipv6Address v6(std::string_view hex) {
    auto bytes = from_hex(hex);
    Ipv6Address a{};
    for (std::size_t i = 0; i < a.size() && i < bytes.size(); ++i) a[i] = static_cast<std::uint8_t>(bytes[i]);
    return a;
}

// The extension headers of the chain, in order.
std::vector<const Ipv6Extension*> chain_of(const Ipv6Layer& ip) {
    std::vector<const Ipv6Extension*> out;
    for (const Ipv6Extension* e = ip.first_ext; e != nullptr; e = e->next_ext) out.push_back(e);
    return out;
}

// A UDP datagram behind `headers` destination-options headers of 8 bytes each.
std::vector<std::byte> dstopt_chain(int headers) {
    std::string hex(ipf::kUdp6.substr(0, 14 * 2));
    hex += "600000000000" "3c40";  // payload length patched below, next header 60
    hex += std::string(ipf::kUdp6.substr(22 * 2, 32 * 2));
    for (int i = 0; i < headers; ++i) hex += (i + 1 < headers ? "3c" : "11") + std::string("00") + "010400000000";
    hex += "9c43afcb000c0000";
    auto bytes = from_hex(hex);
    auto plen = static_cast<std::uint16_t>(bytes.size() - 54);
    bytes[18] = static_cast<std::byte>(plen >> 8U);
    bytes[19] = static_cast<std::byte>(plen & 0xffU);
    return bytes;
}

TEST(Ipv6, PlainHeader) {
    auto bytes = from_hex(ipf::kUdp6);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 udp");
    const Ipv6Layer* ip = f->get<Ipv6Layer>(1);
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(f->layers()[1].presence, Presence::complete);
    EXPECT_EQ(ip->version, 6);
    EXPECT_EQ(ip->payload_len, 12);
    EXPECT_EQ(ip->next, ipproto::udp);
    EXPECT_EQ(ip->hop_limit, 64);
    EXPECT_EQ(ip->src, v6("fd000000000000000000000000000001"));
    EXPECT_EQ(ip->dst, v6("fd000000000000000000000000000002"));
    EXPECT_EQ(ip->final_dst, ip->dst);
    EXPECT_EQ(ip->first_ext, nullptr);
    EXPECT_EQ(ip->ext_count, 0U);
    EXPECT_EQ(ip->stop, Ipv6Stop::upper);
    EXPECT_EQ(ip->upper_proto, ipproto::udp);
    EXPECT_EQ(ip->upper_len, 12U);
    EXPECT_FALSE(ip->has_fragment_header);
    EXPECT_EQ(ip->missing, 0U);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

TEST(Ipv6, RoutingThenFragment) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    ASSERT_EQ(ip->ext_count, 2U);
    auto chain = chain_of(*ip);
    ASSERT_EQ(chain.size(), 2U);
    EXPECT_EQ(chain[0]->kind, Ip6ExtKind::routing);
    EXPECT_EQ(chain[0]->next, ipproto::fragment);
    EXPECT_EQ(chain[0]->rt_segleft, 1);
    EXPECT_EQ(chain[0]->length, 24);
    ASSERT_EQ(chain[0]->rt_addresses.size(), 1U);
    EXPECT_EQ(chain[0]->rt_addresses[0], v6("fd000000000000000000000000000009"));
    EXPECT_EQ(ip->final_dst, v6("fd000000000000000000000000000009"));  // for the checksums
    EXPECT_EQ(chain[1]->kind, Ip6ExtKind::fragment);
    EXPECT_EQ(chain[1]->offset, 64);
    EXPECT_TRUE(chain[1]->frag_more);
    EXPECT_EQ(chain[1]->frag_offset, 0);
    EXPECT_EQ(chain[1]->frag_id, 9U);
    EXPECT_TRUE(ip->has_fragment_header);
    EXPECT_EQ(ip->upper_proto, ipproto::udp);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 udp");
    const UdpLayer* udp = f->find<UdpLayer>();
    ASSERT_NE(udp, nullptr);
    EXPECT_EQ(udp->checksum.state, Checksum::State::unverified);  // a fragment
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fd00::1 > fd00::2: RT6 (len=2, type=0 [Deprecated], segleft=1, [0]fd00::9) frag (0|12) "
              "40002 > 45002: UDP, length 4");
}

// A later fragment: the chain stops at the fragment header, naming what it carries.
TEST(Ipv6, LaterFragmentStopsTheChain) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    bytes[81] = std::byte{0x09};  // offset 1 (8 bytes), more fragments
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->stop, Ipv6Stop::frag_later);
    EXPECT_EQ(ip->upper_proto, ipproto::udp);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6");
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fd00::1 > fd00::2: RT6 (len=2, type=0 [Deprecated], segleft=1, [0]fd00::9) frag (8|12)");
}

TEST(Ipv6, HopByHopFirst) {
    auto bytes = from_hex(ipf::kMldv2Report);
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    ASSERT_EQ(ip->ext_count, 1U);
    ASSERT_NE(ip->first_ext, nullptr);
    EXPECT_EQ(ip->first_ext->kind, Ip6ExtKind::hop_by_hop);
    EXPECT_EQ(ip->first_ext->next, ipproto::icmpv6);
    EXPECT_FALSE(ip->first_ext->options_bad);
    EXPECT_EQ(ip->first_ext->next_ext, nullptr);
    EXPECT_EQ(ip->upper_proto, ipproto::icmpv6);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 icmp6");
}

TEST(Ipv6, CutAtEveryByte) {
    for (auto hex : {ipf::kRoutingFragment, ipf::kMldv2Report, ipf::kNeighborSolicit, ipf::kUdp6}) {
        auto bytes = from_hex(hex);
        for (std::size_t cut = 14; cut < 54; ++cut) {
            auto f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_STREQ(f->truncated, "ip6") << cut;
            EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::partial) << cut;
            ASSERT_NE(f->find<Ipv6Layer>(), nullptr);
            EXPECT_EQ(f->find<Ipv6Layer>()->stop, Ipv6Stop::header_cut) << cut;
            EXPECT_TRUE(line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size())).ends_with(" [|ip6]"));
        }
        for (std::size_t cut = 54; cut <= bytes.size(); ++cut) {
            std::string line = line_of(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_FALSE(line.empty());
            EXPECT_NE(presence_of<Ipv6Layer>(*decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()))),
                      Presence::partial)
                << cut;
        }
    }
}

TEST(Ipv6, RoutingHeaderCutMidAddress) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    auto f = decode(prefix(bytes, 54 + 8 + 10), static_cast<std::uint32_t>(bytes.size()));
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->stop, Ipv6Stop::ext_cut);
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::truncated);
    EXPECT_STREQ(f->truncated, "rt6");
    ASSERT_EQ(ip->ext_count, 1U);
    EXPECT_TRUE(ip->first_ext->rt_addresses_cut);
    EXPECT_TRUE(ip->first_ext->rt_addresses.empty());
    std::string line = line_of(prefix(bytes, 54 + 8 + 10), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(ipf::ip_part(line), "fd00::1 > fd00::2: RT6 (len=2, type=0 [Deprecated], segleft=1 [|rt6]");
}

// A long chain of destination-options headers is walked to its end, as tcpdump walks it.
TEST(Ipv6, LongChainIsWalkedToTheEnd) {
    auto bytes = dstopt_chain(40);
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->stop, Ipv6Stop::upper);
    EXPECT_EQ(ip->ext_count, 40U);
    auto chain = chain_of(*ip);
    ASSERT_EQ(chain.size(), 40U);
    for (std::size_t i = 0; i < chain.size(); ++i) {
        EXPECT_EQ(chain[i]->kind, Ip6ExtKind::destination) << i;
        EXPECT_EQ(chain[i]->offset, 40 + 8 * i) << i;
    }
    EXPECT_EQ(stack_of(*f), "ethernet ipv6 udp");
    std::string expected = "fd00::1 > fd00::2: ";
    for (int i = 0; i < 40; ++i) expected += "DSTOPT ";
    expected += "40003 > 45003: UDP, bad length 4 > 0";
    // tcpdump 4.99.3 (the UDP length field says 12, the datagram has 8 bytes)
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), expected);
}

// A chain longer than the frame has room for: stops, says so, never loops.
TEST(Ipv6, AbsurdlyLongChain) {
    auto bytes = dstopt_chain(7000);
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->stop, Ipv6Stop::chain_too_long);
    EXPECT_GT(ip->ext_count, 1000U);
    EXPECT_LT(ip->ext_count, 7000U);
    EXPECT_EQ(chain_of(*ip).size(), ip->ext_count);
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "ipv6 extension chain too long");
    EXPECT_EQ(f->find<UdpLayer>(), nullptr);
    EXPECT_TRUE(line_of(bytes).ends_with("DSTOPT  [|ip6]"));
}

TEST(Ipv6, SecondHopByHopIsALoop) {
    // HBH -> HBH -> UDP
    std::string hex(ipf::kUdp6.substr(0, 14 * 2));
    hex += "600000000018" "0040";
    hex += std::string(ipf::kUdp6.substr(22 * 2, 32 * 2));
    hex += "0000010400000000" "1100010400000000" "9c43afcb00080000";
    auto bytes = from_hex(hex);
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->stop, Ipv6Stop::hbh_repeated);
    EXPECT_EQ(ip->ext_count, 1U);
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::malformed);
    EXPECT_NE(f->malformed, nullptr);
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "fd00::1 > fd00::2: HBH [The Hop-by-Hop Options header was already found] (invalid)");
}

TEST(Ipv6, PayloadLengthBeyondTheFrame) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[18] = std::byte{0x01};  // 0x010c
    auto f = decode(bytes);
    const Ipv6Layer* ip = f->find<Ipv6Layer>();
    ASSERT_NE(ip, nullptr);
    EXPECT_EQ(ip->missing, 256U);
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::malformed);
    EXPECT_NE(f->find<UdpLayer>(), nullptr);  // decoding goes on, as tcpdump's does
    EXPECT_EQ(ipf::ip_part(line_of(bytes)),
              "truncated-ip6 - 256 bytes missing!fd00::1.40003 > fd00::2.45003: UDP, length 4");
}

TEST(Ipv6, NoNextHeader) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[20] = std::byte{59};
    auto f = decode(bytes);
    ASSERT_NE(f->find<Ipv6Layer>(), nullptr);
    EXPECT_EQ(f->find<Ipv6Layer>()->upper_proto, ipproto::none);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6");
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "fd00::1 > fd00::2: no next header");
}

TEST(Ipv6, WrongVersion) {
    auto bytes = from_hex(ipf::kUdp6);
    bytes[14] = std::byte{0x50};
    auto f = decode(bytes);
    ASSERT_NE(f->find<Ipv6Layer>(), nullptr);
    EXPECT_EQ(f->find<Ipv6Layer>()->stop, Ipv6Stop::bad_version);
    EXPECT_EQ(presence_of<Ipv6Layer>(*f), Presence::partial);  // not an IPv6 header at all
    EXPECT_STREQ(f->malformed, "ipv6 version not 6");
    EXPECT_EQ(f->find<UdpLayer>(), nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(ipf::ip_part(line_of(bytes)), "version error: 5 != 6");
}

// --- The -v tree ---

TEST(Ipv6Tree, HeaderFields) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kUdp6)),
                         "\n    Internet Protocol Version 6"
                         "\n        Source Address: fd00::1"
                         "\n        Destination Address: fd00::2"
                         "\n        Next Header: UDP (17)"
                         "\n        Hop Limit: 64"
                         "\n        Payload Length: 12"
                         "\n        Version: 6"
                         "\n        Traffic Class: 0x00"
                         "\n        Flow Label: 0x00000"
                         "\n    User Datagram Protocol"));
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kEcho6)), "\n        Next Header: ICMPv6 (58)"));
}

TEST(Ipv6Tree, ExtensionHeadersAreItems) {
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kRoutingFragment)),
                         "\n        Next Header: IPv6 Routing (43)"
                         "\n        Hop Limit: 64"
                         "\n        Payload Length: 44"
                         "\n        Version: 6"
                         "\n        Traffic Class: 0x00"
                         "\n        Flow Label: 0x00000"
                         "\n        Extension Header"
                         "\n            Type: Routing Header"
                         "\n            Next Header: IPv6 Fragment (44)"
                         "\n            Length: 24 bytes"
                         "\n            Routing Type: 0"
                         "\n            Segments Left: 1"
                         "\n            Address: fd00::9"
                         "\n        Extension Header"
                         "\n            Type: Fragment Header"
                         "\n            Next Header: UDP (17)"
                         "\n            Length: 8 bytes"
                         "\n            Offset: 0 bytes"
                         "\n            More Fragments: True"
                         "\n            Identification: 0x00000009"
                         "\n    User Datagram Protocol"));
    EXPECT_TRUE(contains(tree_of(from_hex(ipf::kMldv2Report)),
                         "\n        Extension Header"
                         "\n            Type: Hop-by-Hop Options"
                         "\n            Next Header: ICMPv6 (58)"
                         "\n            Length: 8 bytes"));
}

TEST(Ipv6Tree, CutChain) {
    auto bytes = from_hex(ipf::kRoutingFragment);
    const std::string t = tree_of(prefix(bytes, 54 + 8 + 10), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_TRUE(contains(t, "\n            Segments Left: 1"));
    EXPECT_EQ(t.find("Address: fd00::9"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: rt6]")) << t;
    // The fixed header cut: no heading.
    const std::string header_cut = tree_of(prefix(bytes, 40), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_EQ(header_cut.find("Internet Protocol Version 6"), std::string::npos) << header_cut;
    EXPECT_TRUE(header_cut.ends_with("\n    [Truncated: ip6]")) << header_cut;
}

}  // namespace
}  // namespace tapsniff
