// Unit tests for decode_ethernet / decode_frame: addresses, type vs 802.3 length, short and huge frames.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tapsniff/decode.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::prefix;
using test::view;
namespace frames = test::frames;

constexpr MacAddress kBroadcast{0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
constexpr MacAddress kLinuxHost{0x02, 0x42, 0xac, 0x11, 0x00, 0x02};

TEST(Ethernet, ArpRequestHeader) {
    auto bytes = from_hex(frames::kArpRequest);
    ASSERT_EQ(bytes.size(), 42U);
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.has_ethernet);
    EXPECT_EQ(f.ethernet.dst, kBroadcast);
    EXPECT_EQ(f.ethernet.src, kLinuxHost);
    EXPECT_TRUE(f.has_ethertype);
    EXPECT_EQ(f.ethertype, ethertype::arp);
    EXPECT_TRUE(f.vlans.empty());
    EXPECT_EQ(f.payload.size(), 28U);
    EXPECT_EQ(f.payload.data(), bytes.data() + 14);
    EXPECT_EQ(f.payload_wire_len, 28U);
    EXPECT_EQ(f.wire_len, 42U);
    EXPECT_EQ(f.bytes.size(), 42U);
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_EQ(f.malformed, nullptr);
}

// The payload's length on the wire follows wire_len, not what was captured.
TEST(Ethernet, SnappedFrameKeepsWireLength) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    DecodedFrame f = decode(prefix(bytes, 20), 54);
    EXPECT_TRUE(f.has_ethernet);
    EXPECT_EQ(f.ethertype, 0x88b5);
    EXPECT_EQ(f.payload.size(), 6U);
    EXPECT_EQ(f.payload_wire_len, 40U);
    EXPECT_EQ(f.truncated, nullptr);  // an undecoded type cannot be cut
}

TEST(Ethernet, UnknownEthertypeIsLeftUndecoded) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ethertype, 0x88b5);
    EXPECT_FALSE(f.has_arp);
    EXPECT_FALSE(f.has_llc);
    EXPECT_EQ(f.payload.size(), 40U);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Ethernet, Ipv4AndIpv6EthertypesAreRecognised) {
    auto v4 = from_hex(frames::kIpv4Echo);
    DecodedFrame f4 = decode(v4);
    EXPECT_TRUE(f4.has_ethernet);
    EXPECT_EQ(f4.ethertype, ethertype::ipv4);
    EXPECT_EQ(f4.payload.size(), v4.size() - 14);
    EXPECT_FALSE(f4.has_arp);

    auto v6 = from_hex(frames::kIpv6Echo);
    DecodedFrame f6 = decode(v6);
    EXPECT_TRUE(f6.has_ethernet);
    EXPECT_EQ(f6.ethertype, ethertype::ipv6);
    EXPECT_EQ(f6.payload.size(), v6.size() - 14);
}

// Below 14 bytes there is no Ethernet header: "ether" is the layer that was cut, for any wire length.
TEST(Ethernet, ShorterThanHeaderIsTruncatedEther) {
    auto bytes = from_hex(frames::kArpRequest);
    for (std::size_t cut = 0; cut < 14; ++cut) {
        for (std::uint32_t wire : {42U, static_cast<std::uint32_t>(cut)}) {
            DecodedFrame f = decode(prefix(bytes, cut), wire);
            EXPECT_STREQ(f.truncated, "ether") << "cut " << cut << " wire " << wire;
            EXPECT_FALSE(f.has_ethernet) << cut;
            EXPECT_FALSE(f.has_ethertype) << cut;
            EXPECT_FALSE(f.has_arp) << cut;
        }
    }
}

TEST(Ethernet, ExactlyFourteenBytesHasEthernetAndNoPayload) {
    auto bytes = from_hex(frames::kUnknownEthertype);
    DecodedFrame f = decode(prefix(bytes, 14), 14);
    EXPECT_TRUE(f.has_ethernet);
    EXPECT_EQ(f.ethertype, 0x88b5);
    EXPECT_TRUE(f.payload.empty());
    EXPECT_EQ(f.payload_wire_len, 0U);
    EXPECT_EQ(f.truncated, nullptr);
}

// An 802.3 length larger than the frame: only what is there is handed to LLC.
TEST(Ethernet, Dot3LengthLargerThanFrameIsClamped) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 05dc 42 42 e3 00010203"
        "0000000000000000000000000000000000000000000000000000000000000000000000");
    ASSERT_EQ(bytes.size(), 56U);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ethertype, 1500);
    EXPECT_EQ(f.payload.size(), 42U);
    EXPECT_EQ(f.payload_wire_len, 42U);
    EXPECT_TRUE(f.has_llc);
    EXPECT_EQ(f.truncated, nullptr);
}

// A shorter 802.3 length cuts off the padding.
TEST(Ethernet, Dot3LengthShorterThanFrameDropsPadding) {
    auto bytes = from_hex(frames::kStpTest);
    ASSERT_EQ(bytes.size(), 60U);
    DecodedFrame f = decode(bytes);
    EXPECT_EQ(f.ethertype, 17);
    EXPECT_EQ(f.payload.size(), 17U);
    EXPECT_EQ(f.payload_wire_len, 17U);
}

TEST(Ethernet, Dot3LengthZeroLeavesNothingForLlc) {
    auto bytes = from_hex(
        "0180c2000000 001b213a4f10 0000 42 42 e3 00010203"
        "0000000000000000000000000000000000000000000000000000000000000000000000");
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.has_ethertype);
    EXPECT_EQ(f.ethertype, 0);
    EXPECT_TRUE(f.payload.empty());
    EXPECT_EQ(f.payload_wire_len, 0U);
    EXPECT_FALSE(f.has_llc);
    EXPECT_STREQ(f.truncated, "llc");
}

// 1500 is still a length, 1501..1535 and 0x0600 are not (1536 = 0x0600 is XNS).
TEST(Ethernet, TypeLengthBoundary) {
    auto with_type = [](const char* type) {
        return from_hex(std::string("ffffffffffff 0242ac110002 ") + type + " 424203 0000000000000000");
    };
    auto at_1500 = with_type("05dc");
    EXPECT_TRUE(decode(at_1500).has_llc);
    auto at_1501 = with_type("05dd");
    DecodedFrame f = decode(at_1501);
    EXPECT_FALSE(f.has_llc);
    EXPECT_EQ(f.ethertype, 1501);
    EXPECT_EQ(f.payload.size(), 11U);
}

// The largest frame a TAP device can hand us (65535 bytes of payload plus headers).
TEST(Ethernet, HugeFrameDecodes) {
    std::vector<std::byte> bytes = from_hex("ffffffffffff 0242ac110002 88b5");
    bytes.resize(65535 + 18);
    for (std::size_t i = 14; i < bytes.size(); ++i) bytes[i] = static_cast<std::byte>(i);
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.has_ethernet);
    EXPECT_EQ(f.ethertype, 0x88b5);
    EXPECT_EQ(f.payload.size(), 65539U);
    EXPECT_EQ(f.payload_wire_len, 65539U);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Ethernet, HugeZeroArpFrameIsMalformedNotTruncated) {
    std::vector<std::byte> bytes = from_hex("ffffffffffff 0242ac110002 0806");
    bytes.resize(65535 + 18);
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.length, 65539U);
    EXPECT_STREQ(f.malformed, "arp hlen 0");
    EXPECT_EQ(f.truncated, nullptr);
}

// A DecodedFrame reused for a second frame keeps nothing of the first.
TEST(Ethernet, ReuseResetsEverything) {
    auto qinq = from_hex(frames::kQinqArp);
    auto shorty = from_hex("ffffff");
    DecodedFrame f;
    decode_frame(view(qinq), static_cast<std::uint32_t>(qinq.size()), LinkType::ethernet, f);
    ASSERT_EQ(f.vlans.size(), 2U);
    ASSERT_TRUE(f.has_arp);
    decode_frame(view(shorty), 3, LinkType::ethernet, f);
    EXPECT_TRUE(f.vlans.empty());
    EXPECT_FALSE(f.has_arp);
    EXPECT_FALSE(f.has_ethernet);
    EXPECT_FALSE(f.has_ethertype);
    EXPECT_STREQ(f.truncated, "ether");
    EXPECT_EQ(f.wire_len, 3U);

    auto snap = from_hex(frames::kSnapArp);
    decode_frame(view(snap), static_cast<std::uint32_t>(snap.size()), LinkType::ethernet, f);
    ASSERT_TRUE(f.llc.has_snap);
    auto req = from_hex(frames::kArpRequest);
    decode_frame(view(req), 42, LinkType::ethernet, f);
    EXPECT_FALSE(f.has_llc);
    EXPECT_FALSE(f.llc.has_snap);
    EXPECT_EQ(f.truncated, nullptr);
}

}  // namespace
}  // namespace tapsniff
