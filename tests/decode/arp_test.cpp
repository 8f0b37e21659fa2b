// Unit tests for decode_arp: Linux ARP request/reply, RARP, nonsense address lengths, every cut.
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
namespace frames = test::frames;

std::vector<std::byte> bytes_of(Bytes b) { return {b.begin(), b.end()}; }

TEST(Arp, LinuxRequest) {
    auto bytes = from_hex(frames::kArpRequest);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_arp);
    const ArpPacket& arp = f.arp;
    EXPECT_EQ(arp.htype, 1);
    EXPECT_EQ(arp.ptype, ethertype::ipv4);
    EXPECT_EQ(arp.hlen, 6);
    EXPECT_EQ(arp.plen, 4);
    EXPECT_EQ(arp.op, 1);
    EXPECT_EQ(bytes_of(arp.sha), from_hex("0242ac110002"));
    EXPECT_EQ(bytes_of(arp.spa), from_hex("ac110002"));
    EXPECT_EQ(bytes_of(arp.tha), from_hex("000000000000"));
    EXPECT_EQ(bytes_of(arp.tpa), from_hex("ac110001"));
    EXPECT_EQ(arp.length, 28U);
    EXPECT_EQ(arp.whole.size(), 28U);
    EXPECT_EQ(arp.whole.data(), bytes.data() + 14);
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_EQ(f.malformed, nullptr);
}

TEST(Arp, LinuxReply) {
    auto bytes = from_hex(frames::kArpReply);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.op, 2);
    EXPECT_EQ(bytes_of(f.arp.sha), from_hex("02420f3c5a01"));
    EXPECT_EQ(bytes_of(f.arp.spa), from_hex("ac110001"));
    EXPECT_EQ(bytes_of(f.arp.tha), from_hex("0242ac110002"));
    EXPECT_EQ(bytes_of(f.arp.tpa), from_hex("ac110002"));
    EXPECT_EQ(f.truncated, nullptr);
}

// Padding after the addresses is part of the ARP length (tcpdump prints "length 46").
TEST(Arp, RarpRequestAndReply) {
    auto request = from_hex(frames::kRarpRequest);
    DecodedFrame f = decode(request);
    EXPECT_EQ(f.ethertype, ethertype::rarp);
    ASSERT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.op, 3);
    EXPECT_EQ(bytes_of(f.arp.sha), from_hex("525400123456"));
    EXPECT_EQ(bytes_of(f.arp.tha), from_hex("525400123456"));
    EXPECT_EQ(f.arp.length, 46U);
    EXPECT_EQ(f.truncated, nullptr);

    auto reply = from_hex(frames::kRarpReply);
    DecodedFrame r = decode(reply);
    ASSERT_TRUE(r.has_arp);
    EXPECT_EQ(r.arp.op, 4);
    EXPECT_EQ(bytes_of(r.arp.tha), from_hex("525400123456"));
    EXPECT_EQ(bytes_of(r.arp.tpa), from_hex("c0a8000a"));
    EXPECT_EQ(r.truncated, nullptr);
}

// Cut at every byte, wire length intact and cut: "arp" is what was cut; the fixed header is kept
// once its 8 bytes are there.
TEST(Arp, RequestTruncatedAtEveryOffset) {
    for (std::string_view hex : {frames::kArpRequest, frames::kArpReply, frames::kRarpRequest}) {
        auto bytes = from_hex(hex);
        // The RARP frame's addresses end at byte 42; what follows is padding.
        for (std::size_t cut = 0; cut < 42; ++cut) {
            for (std::uint32_t wire : {static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(cut)}) {
                SCOPED_TRACE(std::string(hex.substr(26, 8)) + " cut " + std::to_string(cut) + " wire " +
                             std::to_string(wire));
                DecodedFrame f = decode(prefix(bytes, cut), wire);
                ASSERT_NE(f.truncated, nullptr);
                if (cut < 14) {
                    EXPECT_STREQ(f.truncated, "ether");
                    continue;
                }
                EXPECT_STREQ(f.truncated, "arp");
                EXPECT_TRUE(f.has_ethernet);
                EXPECT_TRUE(f.has_ethertype);
                EXPECT_EQ(f.has_arp, cut >= 22);
                if (f.has_arp) {
                    EXPECT_EQ(f.arp.hlen, 6);
                    EXPECT_EQ(f.arp.plen, 4);
                    EXPECT_EQ(f.arp.htype, 1);
                }
                EXPECT_EQ(f.malformed, nullptr);
            }
        }
        // From the last address byte on, nothing is cut.
        for (std::size_t cut = 42; cut <= bytes.size(); ++cut) {
            DecodedFrame f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_EQ(f.truncated, nullptr) << cut;
            EXPECT_TRUE(f.has_arp);
        }
    }
}

TEST(Arp, HardwareLengthZeroIsMalformed) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001"
        "0000000000000000000000000000000000000000000000000000000000000000");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.hlen, 0);
    EXPECT_STREQ(f.malformed, "arp hlen 0");
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_TRUE(f.arp.sha.empty());
    EXPECT_TRUE(f.arp.tha.empty());
    EXPECT_EQ(bytes_of(f.arp.spa), from_hex("ac110002"));
    EXPECT_EQ(bytes_of(f.arp.tpa), from_hex("ac110001"));
}

TEST(Arp, ProtocolLengthZeroIsMalformed) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0001 0800 06 00 0001 0242ac110002 000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_arp);
    EXPECT_STREQ(f.malformed, "arp plen 0");
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_TRUE(f.arp.spa.empty());
    EXPECT_EQ(f.arp.sha.size(), 6U);
}

// Address lengths of 255 cannot fit in a 60-byte frame: the header is kept, the addresses are cut.
TEST(Arp, HugeAddressLengthsInSmallFrameAreTruncated) {
    for (const char* lens : {"ff 04", "06 ff", "ff ff"}) {
        auto bytes = from_hex(std::string("ffffffffffff 0242ac110002 0806 0001 0800 ") + lens +
                              " 0001 0242ac110002 ac110002 000000000000 ac110001"
                              "000000000000000000000000000000000000");
        ASSERT_EQ(bytes.size(), 60U);
        DecodedFrame f = decode(bytes);
        SCOPED_TRACE(lens);
        ASSERT_TRUE(f.has_arp);
        EXPECT_STREQ(f.truncated, "arp");
        EXPECT_EQ(f.malformed, nullptr);
        EXPECT_EQ(f.arp.op, 1);
        EXPECT_EQ(f.arp.length, 46U);
    }
}

// Odd but complete: 8-byte hardware addresses, 16-byte protocol addresses.
TEST(Arp, NonEthernetAddressLengths) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0020 86dd 08 10 0001"
        "0102030405060708 fe800000000000000000000000000001"
        "1112131415161718 fe800000000000000000000000000002");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_arp);
    EXPECT_EQ(f.truncated, nullptr);
    EXPECT_EQ(f.arp.sha.size(), 8U);
    EXPECT_EQ(f.arp.spa.size(), 16U);
    EXPECT_EQ(bytes_of(f.arp.tha), from_hex("1112131415161718"));
    EXPECT_EQ(f.arp.tpa.size(), 16U);
    EXPECT_EQ(static_cast<unsigned>(f.arp.tpa[15]), 2U);
}

// The decoder reads nothing of the frame past the ARP payload it is given.
TEST(Arp, DecodeArpDirectlyOnAShortView) {
    auto bytes = from_hex("0001 0800 06 04 00");
    DecodedFrame f;
    f.reset(test::view(bytes), 7, LinkType::ethernet);
    decode_arp(test::view(bytes), 7, f);
    EXPECT_FALSE(f.has_arp);
    EXPECT_STREQ(f.truncated, "arp");
    EXPECT_EQ(f.arp.whole.size(), 7U);
}

}  // namespace
}  // namespace tapsniff
