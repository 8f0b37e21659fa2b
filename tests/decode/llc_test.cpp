// Unit tests for decode_llc: U/I/S control fields, SNAP, and LLC/SNAP headers cut at every byte.
#include <gtest/gtest.h>

#include <string>

#include "tapsniff/decode.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::decode;
using test::from_hex;
using test::prefix;
namespace frames = test::frames;

TEST(Llc, StpAddressedTestFrame) {
    auto bytes = from_hex(frames::kStpTest);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_EQ(f.llc.dsap_field, 0x42);
    EXPECT_EQ(f.llc.ssap_field, 0x43);  // low bit: a response
    EXPECT_TRUE(f.llc.is_u);
    EXPECT_EQ(f.llc.control, 0xf3);
    EXPECT_EQ(f.llc.header_len, 3);
    EXPECT_FALSE(f.llc.has_snap);
    EXPECT_EQ(f.payload.size(), 17U);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Llc, StpBpduHeader) {
    auto bytes = from_hex(frames::kStpBpdu);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_EQ(f.ethertype, 38);
    EXPECT_EQ(f.llc.dsap_field, 0x42);
    EXPECT_EQ(f.llc.ssap_field, 0x42);
    EXPECT_EQ(f.llc.control, 0x03);
    EXPECT_TRUE(f.llc.is_u);
    EXPECT_FALSE(f.llc.has_snap);
    EXPECT_EQ(f.payload_wire_len, 38U);
}

// I frames: 2-byte control field, little-endian (send seq in the first byte, receive seq in the second).
TEST(Llc, InformationFrameHasTwoByteControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_FALSE(f.llc.is_u);
    EXPECT_EQ(f.llc.control, 0x050a);
    EXPECT_EQ(f.llc.header_len, 4);
}

TEST(Llc, SupervisoryFrameHasTwoByteControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0004 f0 f1 01 0b");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_FALSE(f.llc.is_u);
    EXPECT_EQ(f.llc.control, 0x0b01);
    EXPECT_EQ(f.truncated, nullptr);
}

TEST(Llc, SnapEncapsulatedArp) {
    auto bytes = from_hex(frames::kSnapArp);
    ASSERT_EQ(bytes.size(), 52U);
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_EQ(f.ethertype, 36);
    EXPECT_TRUE(f.llc.has_snap);
    EXPECT_EQ(f.llc.oui, 0U);
    EXPECT_EQ(f.llc.pid, ethertype::arp);
    ASSERT_TRUE(f.has_arp);
    EXPECT_EQ(f.arp.op, 1);
    EXPECT_EQ(f.arp.length, 28U);  // the 802.3 length (36) less LLC (3) and SNAP (5)
    EXPECT_EQ(f.arp.whole.size(), 28U);
    EXPECT_EQ(f.truncated, nullptr);
}

// A SNAP OUI that is not an ethertype space: the pid is recorded, nothing more is decoded.
TEST(Llc, SnapWithCiscoOuiIsNotDecodedFurther) {
    auto bytes = from_hex("01000ccccccc 001b213a4f10 000c aa aa 03 00000c 0806 02b40000");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.llc.has_snap);
    EXPECT_EQ(f.llc.oui, 0x00000cU);
    EXPECT_EQ(f.llc.pid, 0x0806);
    EXPECT_FALSE(f.has_arp);  // 0x0806 is a Cisco pid here, not ARP
    EXPECT_EQ(f.truncated, nullptr);
}

// aa aa with a control other than UI is plain LLC, not SNAP.
TEST(Llc, SnapSapsWithoutUiAreNotSnap) {
    auto bytes = from_hex("ffffffffffff 0242ac110002 0008 aa aa e3 000000 0806");
    DecodedFrame f = decode(bytes);
    ASSERT_TRUE(f.has_llc);
    EXPECT_FALSE(f.llc.has_snap);
    EXPECT_FALSE(f.has_arp);
}

// LLC/SNAP/ARP cut at every byte: llc below 3 header bytes, snap below 8, then arp.
TEST(Llc, SnapArpTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kSnapArp);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {52U, static_cast<std::uint32_t>(cut)}) {
            SCOPED_TRACE("cut " + std::to_string(cut) + " wire " + std::to_string(wire));
            DecodedFrame f = decode(prefix(bytes, cut), wire);
            if (cut < 14) {
                EXPECT_STREQ(f.truncated, "ether");
                continue;
            }
            EXPECT_TRUE(f.has_ethernet);
            EXPECT_EQ(f.ethertype, 36);
            if (cut < 17) {
                EXPECT_STREQ(f.truncated, "llc");
                EXPECT_FALSE(f.has_llc);
            } else if (cut < 22) {
                EXPECT_STREQ(f.truncated, "snap");
                EXPECT_TRUE(f.has_llc);
                EXPECT_FALSE(f.llc.has_snap);
            } else if (cut < 50) {
                EXPECT_STREQ(f.truncated, "arp");
                EXPECT_TRUE(f.llc.has_snap);
                EXPECT_EQ(f.has_arp, cut >= 30);
            } else {
                // Only padding is missing: with the wire length intact, nothing is cut.
                EXPECT_EQ(f.truncated, nullptr);
                EXPECT_TRUE(f.has_arp);
            }
        }
    }
}

TEST(Llc, StpTestTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kStpTest);
    for (std::size_t cut = 14; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {60U, static_cast<std::uint32_t>(cut)}) {
            DecodedFrame f = decode(prefix(bytes, cut), wire);
            if (cut < 17) {
                EXPECT_STREQ(f.truncated, "llc") << cut << " " << wire;
                EXPECT_FALSE(f.has_llc);
            } else {
                EXPECT_EQ(f.truncated, nullptr) << cut << " " << wire;
                EXPECT_TRUE(f.has_llc);
                EXPECT_EQ(f.llc.control, 0xf3);
            }
        }
    }
}

TEST(Llc, InformationFrameCutInsideControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364");
    DecodedFrame f = decode(prefix(bytes, 17), 22);
    EXPECT_STREQ(f.truncated, "llc");
    EXPECT_FALSE(f.has_llc);
    // The 802.3 length says 3: the second control byte is not on the wire either.
    auto short_len = from_hex("0180c2000000 001b213a4f10 0003 f0 f0 0a 05 6162 6364");
    DecodedFrame g = decode(short_len);
    EXPECT_STREQ(g.truncated, "llc");
    EXPECT_FALSE(g.has_llc);
}

// An 802.3 length shorter than the SNAP header: "snap" is cut, even though the bytes are there.
TEST(Llc, Dot3LengthShorterThanSnapHeader) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0006 aa aa 03 000000 0806"
        "0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001");
    DecodedFrame f = decode(bytes);
    EXPECT_TRUE(f.has_llc);
    EXPECT_STREQ(f.truncated, "snap");
    EXPECT_FALSE(f.has_arp);
}

}  // namespace
}  // namespace tapsniff
