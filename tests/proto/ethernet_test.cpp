// Unit tests for the Ethernet home (src/proto/ethernet): addresses, type vs 802.3 length, VLAN tags
// stacked to any depth, short and huge frames, cuts at every byte, and the -v tree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/llc/llc.hpp"
#include "tapsniff/decode.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
using test::view;
namespace frames = test::frames;

constexpr MacAddress kBroadcast{0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
constexpr MacAddress kLinuxHost{0x02, 0x42, 0xac, 0x11, 0x00, 0x02};

// The Ethernet layer, which is always the first of an Ethernet frame.
const EthernetLayer& eth_of(const DecodedFrame& f) {
    const EthernetLayer* eth = f.get<EthernetLayer>(0);
    EXPECT_NE(eth, nullptr);
    static const EthernetLayer kNone{};
    return eth != nullptr ? *eth : kNone;
}

TEST(Ethernet, ArpRequestHeader) {
    auto bytes = from_hex(frames::kArpRequest);
    ASSERT_EQ(bytes.size(), 42U);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet arp");
    ASSERT_NE(f->get<EthernetLayer>(0), nullptr);
    EXPECT_EQ(f->layers()[0].presence, Presence::complete);
    const EthernetLayer& eth = eth_of(*f);
    EXPECT_EQ(eth.dst, kBroadcast);
    EXPECT_EQ(eth.src, kLinuxHost);
    EXPECT_TRUE(eth.has_type);
    EXPECT_EQ(eth.type, ethertype::arp);
    EXPECT_FALSE(eth.is_8023());
    EXPECT_TRUE(eth.vlans.empty());
    EXPECT_EQ(eth.payload.size(), 28U);
    EXPECT_EQ(eth.payload.data(), bytes.data() + 14);
    EXPECT_EQ(eth.payload_wire_len, 28U);
    EXPECT_EQ(f->wire_len, 42U);
    EXPECT_EQ(f->bytes.size(), 42U);
    EXPECT_EQ(f->link, LinkType::ethernet);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

// The payload's length on the wire follows wire_len, not what was captured.
TEST(Ethernet, SnappedFrameKeepsWireLength) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    auto f = decode(prefix(bytes, 20), 54);
    EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
    EXPECT_EQ(eth_of(*f).type, 0x88b5);
    EXPECT_EQ(eth_of(*f).payload.size(), 6U);
    EXPECT_EQ(eth_of(*f).payload_wire_len, 40U);
    EXPECT_EQ(f->truncated, nullptr);  // an undecoded type cannot be cut
}

TEST(Ethernet, UnknownEthertypeIsLeftUndecoded) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet");
    EXPECT_EQ(eth_of(*f).type, 0x88b5);
    EXPECT_EQ(f->find<ArpLayer>(), nullptr);
    EXPECT_EQ(f->find<LlcLayer>(), nullptr);
    EXPECT_EQ(eth_of(*f).payload.size(), 40U);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Ethernet, Ipv4AndIpv6EthertypesAreRecognised) {
    auto v4 = from_hex(frames::kIpv4Echo);
    auto f4 = decode(v4);
    EXPECT_EQ(presence_of<EthernetLayer>(*f4), Presence::complete);
    EXPECT_EQ(eth_of(*f4).type, ethertype::ipv4);
    EXPECT_EQ(eth_of(*f4).payload.size(), v4.size() - 14);
    EXPECT_NE(f4->get<Ipv4Layer>(1), nullptr);
    EXPECT_EQ(f4->find<ArpLayer>(), nullptr);

    auto v6 = from_hex(frames::kIpv6Echo);
    auto f6 = decode(v6);
    EXPECT_EQ(presence_of<EthernetLayer>(*f6), Presence::complete);
    EXPECT_EQ(eth_of(*f6).type, ethertype::ipv6);
    EXPECT_EQ(eth_of(*f6).payload.size(), v6.size() - 14);
    EXPECT_NE(f6->get<Ipv6Layer>(1), nullptr);
}

// Below 14 bytes there is no Ethernet header: "ether" is the layer that was cut, for any wire
// length; the layer is there, partial, for the text's mark.
TEST(Ethernet, ShorterThanHeaderIsTruncatedEther) {
    auto bytes = from_hex(frames::kArpRequest);
    for (std::size_t cut = 0; cut < 14; ++cut) {
        for (std::uint32_t wire : {42U, static_cast<std::uint32_t>(cut)}) {
            auto f = decode(prefix(bytes, cut), wire);
            EXPECT_STREQ(f->truncated, "ether") << "cut " << cut << " wire " << wire;
            EXPECT_EQ(stack_of(*f), "ethernet") << cut;
            EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::partial) << cut;
            EXPECT_FALSE(eth_of(*f).has_type) << cut;
            EXPECT_EQ(f->find<ArpLayer>(), nullptr) << cut;
        }
    }
}

TEST(Ethernet, ExactlyFourteenBytesHasEthernetAndNoPayload) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    auto f = decode(prefix(bytes, 14), 14);
    EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
    EXPECT_EQ(eth_of(*f).type, 0x88b5);
    EXPECT_TRUE(eth_of(*f).payload.empty());
    EXPECT_EQ(eth_of(*f).payload_wire_len, 0U);
    EXPECT_EQ(f->truncated, nullptr);
}

// An 802.3 length larger than the frame: only what is there is handed to LLC.
TEST(Ethernet, Dot3LengthLargerThanFrameIsClamped) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 05dc 42 42 e3 00010203"
        "0000000000000000000000000000000000000000000000000000000000000000000000");
    ASSERT_EQ(bytes.size(), 56U);
    auto f = decode(bytes);
    EXPECT_EQ(eth_of(*f).type, 1500);
    EXPECT_TRUE(eth_of(*f).is_8023());
    EXPECT_EQ(eth_of(*f).payload.size(), 42U);
    EXPECT_EQ(eth_of(*f).payload_wire_len, 42U);
    EXPECT_EQ(stack_of(*f), "ethernet llc");
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
}

// A shorter 802.3 length cuts off the padding.
TEST(Ethernet, Dot3LengthShorterThanFrameDropsPadding) {
    auto bytes = from_hex(frames::kStpTest);
    ASSERT_EQ(bytes.size(), 60U);
    auto f = decode(bytes);
    EXPECT_EQ(eth_of(*f).type, 17);
    EXPECT_EQ(eth_of(*f).payload.size(), 17U);
    EXPECT_EQ(eth_of(*f).payload_wire_len, 17U);
}

TEST(Ethernet, Dot3LengthZeroLeavesNothingForLlc) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 0000 42 42 e3 00010203"
        "0000000000000000000000000000000000000000000000000000000000000000000000");
    auto f = decode(bytes);
    EXPECT_TRUE(eth_of(*f).has_type);
    EXPECT_EQ(eth_of(*f).type, 0);
    EXPECT_TRUE(eth_of(*f).payload.empty());
    EXPECT_EQ(eth_of(*f).payload_wire_len, 0U);
    EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::partial);  // no LLC header to read
    EXPECT_STREQ(f->truncated, "llc");
}

// 1500 is still a length, 1501..1535 and 0x0600 are not (1536 = 0x0600 is XNS).
TEST(Ethernet, TypeLengthBoundary) {
    auto with_type = [](const char* type) {
        return from_hex(std::string("ffffffffffff 0242ac110002 ") + type + " 424203 0000000000000000");
    };
    auto at_1500 = with_type("05dc");
    EXPECT_EQ(presence_of<LlcLayer>(*decode(at_1500)), Presence::complete);
    auto at_1501 = with_type("05dd");
    auto f = decode(at_1501);
    EXPECT_EQ(f->find<LlcLayer>(), nullptr);
    EXPECT_EQ(eth_of(*f).type, 1501);
    EXPECT_FALSE(eth_of(*f).is_8023());
    EXPECT_EQ(eth_of(*f).payload.size(), 11U);
}

// The largest frame a TAP device can hand us (65535 bytes of payload plus headers).
TEST(Ethernet, HugeFrameDecodes) {
    std::vector<std::byte> bytes = from_hex("ffffffffffff 0242ac110002 88b5");
    bytes.resize(65535 + 18);
    for (std::size_t i = 14; i < bytes.size(); ++i) bytes[i] = static_cast<std::byte>(i);
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
    EXPECT_EQ(eth_of(*f).type, 0x88b5);
    EXPECT_EQ(eth_of(*f).payload.size(), 65539U);
    EXPECT_EQ(eth_of(*f).payload_wire_len, 65539U);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Ethernet, HugeZeroArpFrameIsMalformedNotTruncated) {
    std::vector<std::byte> bytes = from_hex("ffffffffffff 0242ac110002 0806");
    bytes.resize(65535 + 18);
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::malformed);
    EXPECT_EQ(arp->length, 65539U);
    EXPECT_STREQ(f->malformed, "arp hlen 0");
    EXPECT_EQ(f->truncated, nullptr);
}

// A DecodedFrame reused for a second frame keeps nothing of the first.
TEST(Ethernet, ReuseResetsEverything) {
    auto qinq = from_hex(frames::kQinqArp);
    auto shorty = from_hex("ffffff");
    const DecodeOptions options{true};
    DecodedFrame f;
    decode_frame(view(qinq), static_cast<std::uint32_t>(qinq.size()), LinkType::ethernet, options, f);
    ASSERT_EQ(eth_of(f).vlans.size(), 2U);
    ASSERT_NE(f.find<ArpLayer>(), nullptr);
    decode_frame(view(shorty), 3, LinkType::ethernet, options, f);
    EXPECT_EQ(f.size(), 1U);
    EXPECT_EQ(presence_of<EthernetLayer>(f), Presence::partial);
    EXPECT_TRUE(eth_of(f).vlans.empty());
    EXPECT_FALSE(eth_of(f).has_type);
    EXPECT_EQ(f.find<ArpLayer>(), nullptr);
    EXPECT_STREQ(f.truncated, "ether");
    EXPECT_EQ(f.wire_len, 3U);
    EXPECT_EQ(f.bytes.size(), 3U);

    auto snap = from_hex(frames::kSnapArp);
    decode_frame(view(snap), static_cast<std::uint32_t>(snap.size()), LinkType::ethernet, options, f);
    ASSERT_NE(f.find<LlcLayer>(), nullptr);
    ASSERT_EQ(f.find<LlcLayer>()->snap, SnapState::present);
    auto req = from_hex(frames::kArpRequest);
    decode_frame(view(req), 42, LinkType::ethernet, options, f);
    EXPECT_EQ(stack_of(f), "ethernet arp");
    EXPECT_EQ(f.find<LlcLayer>(), nullptr);
    EXPECT_EQ(f.truncated, nullptr);

    // A malformed note does not outlive its frame either.
    auto hlen0 = from_hex("ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001");
    decode_frame(view(hlen0), static_cast<std::uint32_t>(hlen0.size()), LinkType::ethernet, options, f);
    ASSERT_NE(f.malformed, nullptr);
    decode_frame(view(req), 42, LinkType::ethernet, options, f);
    EXPECT_EQ(f.malformed, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(f), Presence::complete);
}

// --- VLAN tags (802.1Q / 802.1ad), which the Ethernet layer reads into its `vlans` ---

TEST(Vlan, QinqTagsOutermostFirst) {
    auto bytes = from_hex(frames::kQinqArp);
    ASSERT_EQ(bytes.size(), 50U);
    auto f = decode(bytes);
    const EthernetLayer& eth = eth_of(*f);
    ASSERT_EQ(eth.vlans.size(), 2U);
    EXPECT_EQ(eth.vlans[0].tpid, ethertype::vlan_qinq);
    EXPECT_EQ(eth.vlans[0].id(), 100U);
    EXPECT_EQ(eth.vlans[0].pcp(), 0U);
    EXPECT_EQ(eth.vlans[0].dei(), 0U);
    EXPECT_EQ(eth.vlans[1].tpid, ethertype::vlan_8021q);
    EXPECT_EQ(eth.vlans[1].tci, 0xa00a);
    EXPECT_EQ(eth.vlans[1].id(), 10U);
    EXPECT_EQ(eth.vlans[1].pcp(), 5U);
    EXPECT_EQ(eth.vlans[1].dei(), 0U);
    EXPECT_EQ(eth.type, ethertype::arp);
    EXPECT_EQ(stack_of(*f), "ethernet arp");  // the tags are part of the Ethernet layer
    ASSERT_NE(f->find<ArpLayer>(), nullptr);
    EXPECT_EQ(f->find<ArpLayer>()->length, 28U);
    EXPECT_EQ(eth.payload_wire_len, 28U);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Vlan, DeiAndPriorityBits) {
    auto bytes = from_hex(frames::kVlanDeiArp);
    auto f = decode(bytes);
    const EthernetLayer& eth = eth_of(*f);
    ASSERT_EQ(eth.vlans.size(), 1U);
    EXPECT_EQ(eth.vlans[0].tci, 0x7064);
    EXPECT_EQ(eth.vlans[0].pcp(), 3U);
    EXPECT_EQ(eth.vlans[0].dei(), 1U);
    EXPECT_EQ(eth.vlans[0].id(), 100U);
    EXPECT_EQ(eth.type, ethertype::arp);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete);
}

TEST(Vlan, AllFourTpidsAreTags) {
    for (const char* tpid : {"8100", "88a8", "9100", "9200"}) {
        auto bytes = from_hex(std::string("ffffffffffff 0242ac110002 ") + tpid + " e3ff 88b5 00000000");
        auto f = decode(bytes);
        const EthernetLayer& eth = eth_of(*f);
        ASSERT_EQ(eth.vlans.size(), 1U) << tpid;
        EXPECT_EQ(eth.vlans[0].id(), 0x3ffU);
        EXPECT_EQ(eth.vlans[0].pcp(), 7U);
        EXPECT_EQ(eth.vlans[0].dei(), 0U);
        EXPECT_EQ(eth.type, 0x88b5);
        EXPECT_EQ(eth.payload.size(), 4U);
    }
}

TEST(Vlan, TagBeforeAn8023Length) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 8100 0005 0011 42 43 f3 000102030405060708090a0b0c0d0e"
        "000000000000000000000000000000000000000000");
    auto f = decode(bytes);
    const EthernetLayer& eth = eth_of(*f);
    ASSERT_EQ(eth.vlans.size(), 1U);
    EXPECT_EQ(eth.type, 17);
    EXPECT_EQ(eth.payload.size(), 17U);
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
}

// Cut at every byte, with the wire length both intact and cut: the tags before the cut stay.
TEST(Vlan, QinqArpTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kQinqArp);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {50U, static_cast<std::uint32_t>(cut)}) {
            SCOPED_TRACE("cut " + std::to_string(cut) + " wire " + std::to_string(wire));
            auto f = decode(prefix(bytes, cut), wire);
            ASSERT_NE(f->truncated, nullptr);
            const EthernetLayer& eth = eth_of(*f);
            if (cut < 14) {
                EXPECT_STREQ(f->truncated, "ether");
                EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::partial);
                continue;
            }
            if (cut < 18) {
                EXPECT_STREQ(f->truncated, "vlan");
                EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::truncated);
                EXPECT_EQ(eth.vlans.size(), 0U);
                EXPECT_FALSE(eth.has_type);
                EXPECT_EQ(f->size(), 1U);
            } else if (cut < 22) {
                EXPECT_STREQ(f->truncated, "vlan");
                EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::truncated);
                ASSERT_EQ(eth.vlans.size(), 1U);
                EXPECT_EQ(eth.vlans[0].id(), 100U);
                EXPECT_FALSE(eth.has_type);
                EXPECT_EQ(f->size(), 1U);
            } else {
                EXPECT_STREQ(f->truncated, "arp");
                EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
                ASSERT_EQ(eth.vlans.size(), 2U);
                EXPECT_EQ(eth.vlans[1].id(), 10U);
                EXPECT_TRUE(eth.has_type);
                EXPECT_EQ(eth.type, ethertype::arp);
                // The ARP header (8 bytes) is read from byte 30 on; its addresses end at byte 50.
                EXPECT_EQ(presence_of<ArpLayer>(*f), cut >= 30 ? Presence::truncated : Presence::partial);
                if (cut >= 30) {
                    EXPECT_EQ(f->find<ArpLayer>()->op, 1);
                }
            }
        }
    }
}

// A wire length shorter than the tags (a capture whose lengths disagree) is cut at the VLAN layer.
TEST(Vlan, WireLengthShorterThanTagIsTruncated) {
    auto bytes = from_hex(frames::kQinqArp);
    auto f = decode(test::view(bytes), 20);
    EXPECT_STREQ(f->truncated, "vlan");
    EXPECT_EQ(eth_of(*f).vlans.size(), 1U);
    EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::truncated);
}

std::string tag_chain(int tags, const char* inner) {
    std::string hex = "ffffffffffff 0242ac110002";
    for (int i = 0; i < tags; ++i) hex += " 8100 " + fmt::format("{:04x}", i + 1);
    hex += " ";
    hex += inner;
    return hex;
}

constexpr const char* kArpBody = "0806 0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001";

TEST(Vlan, ChainOfOneHundredTags) {
    auto bytes = from_hex(tag_chain(100, kArpBody));
    ASSERT_EQ(bytes.size(), 14U + 400U + 28U);
    auto f = decode(bytes);
    const EthernetLayer& eth = eth_of(*f);
    ASSERT_EQ(eth.vlans.size(), 100U);
    for (std::size_t i = 0; i < eth.vlans.size(); ++i) EXPECT_EQ(eth.vlans[i].id(), i + 1);
    EXPECT_EQ(eth.type, ethertype::arp);
    ASSERT_NE(f->find<ArpLayer>(), nullptr);
    EXPECT_EQ(f->find<ArpLayer>()->length, 28U);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Vlan, ChainOfOneHundredTagsCutInside) {
    auto bytes = from_hex(tag_chain(100, kArpBody));
    for (std::size_t cut = 14; cut < 14 + 400; cut += 7) {
        auto f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        EXPECT_STREQ(f->truncated, "vlan") << cut;
        EXPECT_EQ(eth_of(*f).vlans.size(), (cut - 14) / 4) << cut;
        EXPECT_EQ(f->find<ArpLayer>(), nullptr);
    }
}

// A frame made only of tags (no final type) up to the end of the capture.
TEST(Vlan, TagsToTheEndOfTheFrame) {
    std::string hex = "ffffffffffff 0242ac110002 8100";
    for (int i = 0; i < 1000; ++i) hex += " 0001 8100";
    auto bytes = from_hex(hex);
    auto f = decode(bytes);
    EXPECT_STREQ(f->truncated, "vlan");
    EXPECT_EQ(eth_of(*f).vlans.size(), 1000U);
    EXPECT_FALSE(eth_of(*f).has_type);
}

// --- The -v tree ---

TEST(EthernetTree, AddressesAndType) {
    const std::string t = tree_of(from_hex(frames::kArpRequest));
    EXPECT_TRUE(contains(t,
                         "\n    Ethernet"
                         "\n        Source: 02:42:ac:11:00:02"
                         "\n        Destination: ff:ff:ff:ff:ff:ff"
                         "\n        Type: ARP (0x0806)"
                         "\n    Address Resolution Protocol"));
    EXPECT_TRUE(t.starts_with("\n    Ethernet\n")) << t;
    // An ethertype without a name shows only its number.
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kUnknownEthertype)), "\n        Type: 0x88b5"));
}

TEST(EthernetTree, VlanTagsAreItemsUnderTheEthernetHeading) {
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kQinqArp)),
                         "\n        Type: ARP (0x0806)"
                         "\n        802.1Q Virtual LAN"
                         "\n            TPID: 802.1Q-QinQ (0x88a8)"
                         "\n            ID: 100"
                         "\n            Priority: 0"
                         "\n            DEI: 0"
                         "\n        802.1Q Virtual LAN"
                         "\n            TPID: 802.1Q (0x8100)"
                         "\n            ID: 10"
                         "\n            Priority: 5"
                         "\n            DEI: 0"
                         "\n    Address Resolution Protocol"));
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kVlanDeiArp)), "\n            Priority: 3\n            DEI: 1"));
}

TEST(EthernetTree, Dot3LengthInsteadOfType) {
    const std::string t = tree_of(from_hex(frames::kStpTest));
    EXPECT_TRUE(contains(t, "\n        Destination: 01:80:c2:00:00:00\n        Length: 17\n    Logical-Link Control"));
    EXPECT_EQ(t.find("Type:"), std::string::npos) << t;
}

TEST(EthernetTree, CutFrames) {
    auto bytes = from_hex(frames::kQinqArp);
    // No header: no heading, only the note.
    EXPECT_EQ(tree_of(prefix(bytes, 10), 50), "\n    [Truncated: ether]");
    // A tag cut short: the header and the tags read so far, no type.
    const std::string t = tree_of(prefix(bytes, 20), 50);
    EXPECT_TRUE(contains(t, "\n    Ethernet\n        Source: 02:42:ac:11:00:02"));
    EXPECT_TRUE(contains(t, "\n            ID: 100"));
    EXPECT_EQ(t.find("Type:"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: vlan]")) << t;
}

}  // namespace
}  // namespace tapsniff
