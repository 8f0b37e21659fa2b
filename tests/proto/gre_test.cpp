// Unit tests for the GRE home (src/proto/gre): version 0 with IPv4 and TEB payloads, version 1
// (PPTP) with PPP, optional fields, routing, every cut, JSON (the inner packet in "inner") and the tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/gre/gre.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "tunnel_test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace tf = test::tunnelframes;

// The text after the outer Ethernet part ("..., length N: ").
std::string after_link(const std::string& line) {
    auto at = line.find(": ");
    return at == std::string::npos ? line : line.substr(at + 2);
}

TEST(Gre, Version0CarriesIpv4) {
    auto bytes = from_hex(tf::kGreIcmp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 gre ipv4 icmp");
    const GreLayer* g = f->find<GreLayer>();
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->version, 0);
    EXPECT_EQ(g->proto, 0x0800);
    EXPECT_EQ(g->length, 88U);
    EXPECT_FALSE(g->has_key || g->has_seq || g->has_offset || g->cut);
    EXPECT_TRUE(f->layers()[2].tunnel);
    EXPECT_FALSE(f->layers()[1].tunnel);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kGreIcmpText);
}

TEST(Gre, TransparentEthernetBridging) {
    auto bytes = from_hex(tf::kGreTeb);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 gre ethernet ipv4 tcp");
    // The inner frame prints its own link part, with its own length.
    const std::string text(tf::kGreTebText);
    EXPECT_EQ(after_link(line_of(bytes)).substr(0, text.find("Flags")), text.substr(0, text.find("Flags")));
}

TEST(Gre, Version1CarriesPpp) {
    auto bytes = from_hex(tf::kPptpLcp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 gre ppp");
    const GreLayer* g = f->find<GreLayer>();
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->version, 1);
    EXPECT_TRUE(g->has_key && g->has_seq && !g->has_ack);
    EXPECT_EQ(g->key, 0x00300000U);  // payload length 48, call 0
    EXPECT_EQ(after_link(line_of(bytes)), tf::kPptpLcpText);
}

TEST(Gre, Version1WithoutSequenceHasNoPayload) {
    auto bytes = from_hex(tf::kPptpLcp);
    bytes[14 + 20] = std::byte{0x20};  // key only
    bytes[14 + 20 + 1] = std::byte{0x81};  // and ack
    auto text = after_link(line_of(bytes));
    EXPECT_EQ(text, "10.1.1.11 > 10.1.1.10: GREv1, call 0, ack 0, no-payload, proto PPP (0x880b), length 60");
}

TEST(Gre, UnknownVersionAndProtocol) {
    auto bytes = from_hex(tf::kGreIcmp);
    bytes[14 + 21] = std::byte{0x02};  // version 2
    EXPECT_EQ(after_link(line_of(bytes)), "172.27.1.66 > 66.59.109.137: GREv2 ERROR: unknown-version");
    bytes[14 + 21] = std::byte{0x00};
    bytes[14 + 22] = std::byte{0x88};  // protocol 0x88be (ERSPAN): not decoded
    bytes[14 + 23] = std::byte{0xbe};
    EXPECT_EQ(after_link(line_of(bytes)),
              "172.27.1.66 > 66.59.109.137: GREv0, proto unknown (0x88be), length 88: gre-proto-0x88be");
}

TEST(Gre, OptionalFieldsInTcpdumpsOrder) {
    // Checksum, key and sequence present: " off", " key=", " seq" (the checksum only with -v).
    auto bytes = from_hex(
        "020000000002 020000000001 0800 4500003000000000402f0000c0000201c0000202"
        "b0000800 abcd0000 00000007 00000009 4500001c000000004001000a0a0000010a000002 0800f7ff00000000");
    EXPECT_EQ(after_link(line_of(bytes)),
              "192.0.2.1 > 192.0.2.2: GREv0, off 0x0, key=0x7, seq 9, proto IPv4 (0x0800), length 28:  [|ip]");
}

TEST(Gre, CutAtEveryByte) {
    auto bytes = from_hex(tf::kGreIcmp);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const std::string outer = "172.27.1.66 > 66.59.109.137: ";
    const std::string gre = outer + "GREv0, proto IPv4 (0x0800), length 88: ";
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        OutBuffer json, tree;
        format_json(*f, 1, Timestamp{}, json);
        format_tree(*f, tree);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 34) continue;
        if (cut < 36) {
            EXPECT_EQ(text, outer + " [|gre]") << cut;
            EXPECT_STREQ(f->truncated, "gre") << cut;
        } else if (cut < 38) {
            EXPECT_EQ(text, outer + "GREv0 [|gre]") << cut;
            EXPECT_STREQ(f->truncated, "gre") << cut;
        } else if (cut < 58) {
            EXPECT_EQ(text, gre + " [|ip]") << cut;
        } else if (cut < 66) {
            EXPECT_EQ(text, gre + "66.59.111.190 > 172.28.2.3:  [|icmp]") << cut;
        } else {
            EXPECT_EQ(text, tf::kGreIcmpText) << cut;
        }
    }
}

TEST(Gre, JsonNestsTheInnerPacket) {
    auto json = json_of(from_hex(tf::kGreIcmp));
    EXPECT_TRUE(contains(json, "\"ipv4\":{\"src\":\"172.27.1.66\",\"dst\":\"66.59.109.137\",\"proto\":47,"));
    EXPECT_TRUE(contains(json, ",\"gre\":{\"flags_and_version\":\"0x0000\",\"version\":0,\"proto\":\"0x0800\"},"
                               "\"inner\":{\"ipv4\":{\"src\":\"66.59.111.190\",\"dst\":\"172.28.2.3\",\"proto\":1,"));
    EXPECT_TRUE(contains(json, "\"icmp\":{\"type\":8,\"code\":0}},\"summary\":"));
    EXPECT_TRUE(contains(json_of(from_hex(tf::kPptpLcp)),
                         "\"gre\":{\"flags_and_version\":\"0x3001\",\"version\":1,\"proto\":\"0x880b\","
                         "\"payload_length\":48,\"call_id\":0,\"sequence_number\":0},\"inner\":{\"ppp\":{"));
}

TEST(Gre, Tree) {
    auto tree = tree_of(from_hex(tf::kGreIcmp));
    EXPECT_TRUE(contains(tree, "\n    Generic Routing Encapsulation\n        Flags and Version: 0x0000"));
    EXPECT_TRUE(contains(tree, "\n        Protocol Type: IPv4 (0x0800)"));
}

// Tunnels inside tunnels stop at the frame's layer limit, without a crash.
TEST(Gre, NestingIsBounded) {
    constexpr int kLevels = 60;
    auto bytes = from_hex("020000000002 020000000001 0800");
    for (int i = 0; i < kLevels; ++i) {
        auto level = from_hex("4500000000000000402f0000c0000201c0000202 00000800");
        const int total = 24 * (kLevels - i);
        level[2] = static_cast<std::byte>(total >> 8);
        level[3] = static_cast<std::byte>(total & 0xff);
        bytes.insert(bytes.end(), level.begin(), level.end());
    }
    auto f = decode(bytes);
    EXPECT_EQ(f->size(), DecodedFrame::kMaxLayers);
    OutBuffer json;
    format_json(*f, 1, Timestamp{}, json);
    EXPECT_FALSE(line_of(bytes).empty());
}

}  // namespace
}  // namespace tapsniff
