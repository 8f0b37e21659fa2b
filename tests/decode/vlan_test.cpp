// Unit tests for decode_vlan_tags: 802.1Q/802.1ad tags, stacked, cut at every byte, and absurdly deep.
#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

#include "tapsniff/decode.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::prefix;
namespace frames = test::frames;

TEST(Vlan, QinqTagsOutermostFirst) {
    auto bytes = from_hex(frames::kQinqArp);
    ASSERT_EQ(bytes.size(), 50U);
    DecodedFrame f = decode(bytes);
    ASSERT_EQ(f.vlans.size(), 2U);
    EXPECT_EQ(f.vlans[0].tpid, ethertype::vlan_qinq);
    EXPECT_EQ(f.vlans[0].id(), 100U);
    EXPECT_EQ(f.vlans[0].pcp(), 0U);
    EXPECT_EQ(f.vlans[0].dei(), 0U);
    EXPECT_EQ(f.vlans[1].tpid, ethertype::vlan_8021q);
    EXPECT_EQ(f.vlans[1].tci, 0xa00a);
    EXPECT_EQ(f.vlans[1].id(), 10U);
    EXPECT_EQ(f.vlans[1].pcp(), 5U);
    EXPECT_EQ(f.vlans[1].dei(), 0U);
    EXPECT_EQ(f.ethertype, ethertype::arp);
    EXPECT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.length, 28U);
    EXPECT_EQ(f.payload_wire_len, 28U);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Vlan, DeiAndPriorityBits) {
    auto bytes = from_hex(frames::kVlanDeiArp);
    DecodedFrame f = decode(bytes);
    ASSERT_EQ(f.vlans.size(), 1U);
    EXPECT_EQ(f.vlans[0].tci, 0x7064);
    EXPECT_EQ(f.vlans[0].pcp(), 3U);
    EXPECT_EQ(f.vlans[0].dei(), 1U);
    EXPECT_EQ(f.vlans[0].id(), 100U);
    EXPECT_EQ(f.ethertype, ethertype::arp);
    EXPECT_TRUE(f.has_arp);
}

TEST(Vlan, AllFourTpidsAreTags) {
    for (const char* tpid : {"8100", "88a8", "9100", "9200"}) {
        auto bytes = from_hex(std::string("ffffffffffff 0242ac110002 ") + tpid + " e3ff 88b5 00000000");
        DecodedFrame f = decode(bytes);
        ASSERT_EQ(f.vlans.size(), 1U) << tpid;
        EXPECT_EQ(f.vlans[0].id(), 0x3ffU);
        EXPECT_EQ(f.vlans[0].pcp(), 7U);
        EXPECT_EQ(f.vlans[0].dei(), 0U);
        EXPECT_EQ(f.ethertype, 0x88b5);
        EXPECT_EQ(f.payload.size(), 4U);
    }
}

TEST(Vlan, TagBeforeAn8023Length) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 8100 0005 0011 42 43 f3 000102030405060708090a0b0c0d0e"
        "000000000000000000000000000000000000000000");
    DecodedFrame f = decode(bytes);
    ASSERT_EQ(f.vlans.size(), 1U);
    EXPECT_EQ(f.ethertype, 17);
    EXPECT_EQ(f.payload.size(), 17U);
    EXPECT_TRUE(f.has_llc);
}

// Cut at every byte, with the wire length both intact and cut: the tags before the cut stay.
TEST(Vlan, QinqArpTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kQinqArp);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {50U, static_cast<std::uint32_t>(cut)}) {
            SCOPED_TRACE("cut " + std::to_string(cut) + " wire " + std::to_string(wire));
            DecodedFrame f = decode(prefix(bytes, cut), wire);
            ASSERT_NE(f.truncated, nullptr);
            if (cut < 14) {
                EXPECT_STREQ(f.truncated, "ether");
                EXPECT_FALSE(f.has_ethernet);
                continue;
            }
            EXPECT_TRUE(f.has_ethernet);
            if (cut < 18) {
                EXPECT_STREQ(f.truncated, "vlan");
                EXPECT_EQ(f.vlans.size(), 0U);
                EXPECT_FALSE(f.has_ethertype);
            } else if (cut < 22) {
                EXPECT_STREQ(f.truncated, "vlan");
                ASSERT_EQ(f.vlans.size(), 1U);
                EXPECT_EQ(f.vlans[0].id(), 100U);
                EXPECT_FALSE(f.has_ethertype);
            } else {
                EXPECT_STREQ(f.truncated, "arp");
                ASSERT_EQ(f.vlans.size(), 2U);
                EXPECT_EQ(f.vlans[1].id(), 10U);
                EXPECT_TRUE(f.has_ethertype);
                EXPECT_EQ(f.ethertype, ethertype::arp);
                EXPECT_EQ(f.has_arp, cut >= 30);
                if (f.has_arp) {
                    EXPECT_EQ(f.arp.op, 1);
                }
            }
        }
    }
}

// A wire length shorter than the tags (a capture whose lengths disagree) is cut at the VLAN layer.
TEST(Vlan, WireLengthShorterThanTagIsTruncated) {
    auto bytes = from_hex(frames::kQinqArp);
    DecodedFrame f = decode(test::view(bytes), 20);
    EXPECT_STREQ(f.truncated, "vlan");
    EXPECT_EQ(f.vlans.size(), 1U);
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
    DecodedFrame f = decode(bytes);
    ASSERT_EQ(f.vlans.size(), 100U);
    EXPECT_EQ(f.vlans.front().id(), 1U);
    EXPECT_EQ(f.vlans.back().id(), 100U);
    EXPECT_EQ(f.ethertype, ethertype::arp);
    EXPECT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.length, 28U);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Vlan, ChainOfOneHundredTagsCutInside) {
    auto bytes = from_hex(tag_chain(100, kArpBody));
    for (std::size_t cut = 14; cut < 14 + 400; cut += 7) {
        DecodedFrame f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
        EXPECT_STREQ(f.truncated, "vlan") << cut;
        EXPECT_EQ(f.vlans.size(), (cut - 14) / 4) << cut;
        EXPECT_FALSE(f.has_arp);
    }
}

// A frame made only of tags (no final type) up to the end of the capture.
TEST(Vlan, TagsToTheEndOfTheFrame) {
    std::string hex = "ffffffffffff 0242ac110002 8100";
    for (int i = 0; i < 1000; ++i) hex += " 0001 8100";
    auto bytes = from_hex(hex);
    DecodedFrame f = decode(bytes);
    EXPECT_STREQ(f.truncated, "vlan");
    EXPECT_EQ(f.vlans.size(), 1000U);
    EXPECT_FALSE(f.has_ethertype);
}

}  // namespace
}  // namespace tapsniff
