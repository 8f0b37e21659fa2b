// Unit tests for the PPPoE home (src/proto/pppoe): discovery tags (text, hex, unknown codes and
// tags), session packets handing PPP on, the length checks, every cut, JSON and the tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/pppoe/pppoe.hpp"
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

std::string after_link(const std::string& line) { return line.substr(line.find(": ") + 2); }

TEST(Pppoe, DiscoveryTags) {
    auto bytes = from_hex(tf::kPadi);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet pppoe");
    const PppoeLayer* p = f->find<PppoeLayer>();
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->code, 0x09);
    ASSERT_EQ(p->tags.size(), 3U);
    EXPECT_EQ(p->tags[1].type, 0x0120);
    EXPECT_EQ(p->tags[1].value.size(), 2U);
    EXPECT_EQ(after_link(line_of(bytes)), tf::kPadiText);
    EXPECT_TRUE(contains(json_of(bytes), "\"pppoe\":{\"version\":1,\"type\":1,\"code\":\"0x09\",\"session_id\":\"0x0000\","
                                         "\"payload_length\":18,\"tags\":[{\"tag\":\"0x0101\",\"tag_length\":0},"));
    EXPECT_TRUE(contains(tree_of(bytes), "\n    PPP-over-Ethernet\n        Version: 1"));
}

TEST(Pppoe, TagTextOrHexAndUnknowns) {
    // Printable text in quotes (non-printable bytes as '.'), else upper-case hex; unknown code/tag.
    auto bytes = from_hex("020000000002 020000000001 8863 11a7 1234 0016"
                          "0203 000f 73657373696f6e20636c6f73656401 0abc 0002 0102 0000 0000");
    EXPECT_EQ(after_link(line_of(bytes)),
              "PPPoE PADT [ses 0x1234] [Generic-Error \"session closed.\"] [TAG-0xabc 0x0102]");
    bytes[15] = std::byte{0x55};
    bytes[14] = std::byte{0x21};  // version 2, type 1
    EXPECT_EQ(after_link(line_of(bytes)).substr(0, 22), " [ver 2]PPPoE PAD-55 [");
}

TEST(Pppoe, SessionCarriesPpp) {
    auto bytes = from_hex(tf::kPppoeTcp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet pppoe ppp ipv4 tcp");
    EXPECT_EQ(after_link(line_of(bytes)), tf::kPppoeTcpText);
    // PPPoE is the link here, not a tunnel: the IP layers stay where they always are.
    EXPECT_TRUE(contains(json_of(bytes), "\"pppoe\":{\"version\":1,\"type\":1,\"code\":\"0x00\",\"session_id\":\"0x002d\","
                                         "\"payload_length\":61},\"ppp\":{\"protocol\":\"0x0021\"},\"ipv4\":{"));
}

TEST(Pppoe, LengthChecks) {
    auto bytes = from_hex(tf::kPppoeTcp);
    bytes[18] = std::byte{0x01};  // payload length 317 > 61 left
    EXPECT_EQ(after_link(line_of(bytes)).substr(0, 47), "PPPoE  [len 317 > 61!] [ses 0x2d] IP (0x0021), ");
    EXPECT_STREQ(decode(bytes)->malformed, "pppoe length beyond frame");
    auto short_frame = from_hex("020000000002 020000000001 8863 1109");
    EXPECT_EQ(after_link(line_of(short_frame)), " (length 2 < 6) (invalid)");
}

TEST(Pppoe, CutAtEveryByte) {
    auto bytes = from_hex(tf::kPadi);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    const char* expected[] = {"PPPoE PADI [|pppoe]", "PPPoE PADI [Service-Name] [|pppoe]",
                              "PPPoE PADI [Service-Name] [PPP-Max-Payload 0x05DC] [|pppoe]"};
    for (std::size_t cut = 14; cut <= bytes.size(); ++cut) {
        auto f = decode(prefix(bytes, cut), wire);
        const std::string text = after_link(line_of(prefix(bytes, cut), wire));
        if (cut < 20) {
            EXPECT_EQ(text, " [|pppoe]") << cut;
        } else if (cut < 24) {
            EXPECT_EQ(text, expected[0]) << cut;
        } else if (cut < 30) {
            EXPECT_EQ(text, expected[1]) << cut;
        } else if (cut < 38) {
            EXPECT_EQ(text, expected[2]) << cut;
        } else {
            EXPECT_EQ(text, tf::kPadiText) << cut;
        }
        if (cut < 38) {
            EXPECT_STREQ(f->truncated, "pppoe") << cut;
        }
    }
}

}  // namespace
}  // namespace tapsniff
