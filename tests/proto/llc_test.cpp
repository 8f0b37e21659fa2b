// Unit tests for the LLC home (src/proto/llc): U/I/S control fields, SNAP, XID information,
// LLC/SNAP headers cut at every byte, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
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
namespace frames = test::frames;

const EthernetLayer& eth_of(const DecodedFrame& f) {
    static const EthernetLayer kNone{};
    const EthernetLayer* eth = f.get<EthernetLayer>(0);
    EXPECT_NE(eth, nullptr);
    return eth != nullptr ? *eth : kNone;
}

TEST(Llc, StpAddressedTestFrame) {
    auto bytes = from_hex(frames::kStpTest);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc");
    const LlcLayer* llc = f->get<LlcLayer>(1);
    ASSERT_NE(llc, nullptr);
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
    EXPECT_EQ(llc->dsap_field, 0x42);
    EXPECT_EQ(llc->ssap_field, 0x43);  // low bit: a response
    EXPECT_TRUE(llc->is_u);
    EXPECT_EQ(llc->control, 0xf3);
    EXPECT_EQ(llc->header_len, 3);
    EXPECT_EQ(llc->snap, SnapState::none);
    EXPECT_FALSE(llc->is_snap_header());
    EXPECT_EQ(llc->xid, XidState::not_xid);
    EXPECT_EQ(llc->wire_len, 17U);
    EXPECT_EQ(llc->whole.size(), 17U);
    EXPECT_EQ(llc->information.size(), 14U);
    EXPECT_EQ(eth_of(*f).payload.size(), 17U);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Llc, StpBpduHeader) {
    auto bytes = from_hex(frames::kStpBpdu);
    auto f = decode(bytes);
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_EQ(eth_of(*f).type, 38);
    EXPECT_EQ(llc->dsap_field, 0x42);
    EXPECT_EQ(llc->ssap_field, 0x42);
    EXPECT_EQ(llc->control, 0x03);
    EXPECT_TRUE(llc->is_u);
    EXPECT_EQ(llc->snap, SnapState::none);
    EXPECT_EQ(eth_of(*f).payload_wire_len, 38U);
}

// I frames: 2-byte control field, little-endian (send seq in the first byte, receive seq in the second).
TEST(Llc, InformationFrameHasTwoByteControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364");
    auto f = decode(bytes);
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
    EXPECT_FALSE(llc->is_u);
    EXPECT_EQ(llc->control, 0x050a);
    EXPECT_EQ(llc->header_len, 4);
    EXPECT_EQ(llc->information.size(), 4U);
}

TEST(Llc, SupervisoryFrameHasTwoByteControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0004 f0 f1 01 0b");
    auto f = decode(bytes);
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_FALSE(llc->is_u);
    EXPECT_EQ(llc->control, 0x0b01);
    EXPECT_EQ(f->truncated, nullptr);
}

TEST(Llc, SnapEncapsulatedArp) {
    auto bytes = from_hex(frames::kSnapArp);
    ASSERT_EQ(bytes.size(), 52U);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc arp");
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_EQ(eth_of(*f).type, 36);
    EXPECT_TRUE(llc->is_snap_header());
    EXPECT_EQ(llc->snap, SnapState::present);
    EXPECT_EQ(llc->oui, 0U);
    EXPECT_EQ(llc->pid, ethertype::arp);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete);
    EXPECT_EQ(arp->op, 1);
    EXPECT_EQ(arp->length, 28U);  // the 802.3 length (36) less LLC (3) and SNAP (5)
    EXPECT_EQ(arp->whole.size(), 28U);
    EXPECT_EQ(f->truncated, nullptr);
}

// A SNAP OUI that is not an ethertype space: the pid is recorded, nothing more is decoded.
TEST(Llc, SnapWithCiscoOuiIsNotDecodedFurther) {
    auto bytes = from_hex("01000ccccccc 001b213a4f10 000c aa aa 03 00000c 0806 02b40000");
    auto f = decode(bytes);
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    ASSERT_EQ(llc->snap, SnapState::present);
    EXPECT_EQ(llc->oui, 0x00000cU);
    EXPECT_EQ(llc->pid, 0x0806);
    EXPECT_EQ(f->find<ArpLayer>(), nullptr);  // 0x0806 is a Cisco pid here, not ARP
    EXPECT_EQ(stack_of(*f), "ethernet llc");
    EXPECT_EQ(f->truncated, nullptr);
}

// aa aa with a control other than UI is plain LLC, not SNAP.
TEST(Llc, SnapSapsWithoutUiAreNotSnap) {
    auto bytes = from_hex("ffffffffffff 0242ac110002 0008 aa aa e3 000000 0806");
    auto f = decode(bytes);
    const LlcLayer* llc = f->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_FALSE(llc->is_snap_header());
    EXPECT_EQ(llc->snap, SnapState::none);
    EXPECT_EQ(f->find<ArpLayer>(), nullptr);
}

// XID frames: tcpdump reads the 802.2 format byte and the two bytes after it.
TEST(Llc, XidInformationField) {
    auto formatted = decode(from_hex("ffffffffffff 001b213a4f10 0006 00 01 af 81 01 00"
                                     "000000000000000000000000000000000000000000000000000000000000000000000000"));
    const LlcLayer* llc = formatted->find<LlcLayer>();
    ASSERT_NE(llc, nullptr);
    EXPECT_EQ(llc->xid, XidState::formatted);
    EXPECT_EQ(llc->xid_class, 0x01);
    EXPECT_EQ(llc->xid_window, 0x00);

    // The P/F bit does not change the command.
    auto poll = decode(from_hex("ffffffffffff 001b213a4f10 0006 00 00 bf 81 02 07"));
    ASSERT_NE(poll->find<LlcLayer>(), nullptr);
    EXPECT_EQ(poll->find<LlcLayer>()->xid, XidState::formatted);
    EXPECT_EQ(poll->find<LlcLayer>()->xid_window, 0x07);

    auto empty = decode(from_hex("ffffffffffff 001b213a4f10 0003 00 01 af"));
    ASSERT_NE(empty->find<LlcLayer>(), nullptr);
    EXPECT_EQ(empty->find<LlcLayer>()->xid, XidState::empty);

    auto other = decode(from_hex("ffffffffffff 001b213a4f10 0006 00 01 af 82 01 00"));
    ASSERT_NE(other->find<LlcLayer>(), nullptr);
    EXPECT_EQ(other->find<LlcLayer>()->xid, XidState::other);

    auto short_format = from_hex("ffffffffffff 001b213a4f10 0006 00 01 af 81 01 00");
    auto cut_two = decode(prefix(short_format, 19), 20);  // the format byte and one more
    ASSERT_NE(cut_two->find<LlcLayer>(), nullptr);
    EXPECT_EQ(cut_two->find<LlcLayer>()->xid, XidState::formatted_cut);
    auto cut_all = decode(prefix(short_format, 17), 20);  // none of the information captured
    ASSERT_NE(cut_all->find<LlcLayer>(), nullptr);
    EXPECT_EQ(cut_all->find<LlcLayer>()->xid, XidState::cut);
}

// LLC/SNAP/ARP cut at every byte: llc below 3 header bytes, snap below 8, then arp.
TEST(Llc, SnapArpTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kSnapArp);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {52U, static_cast<std::uint32_t>(cut)}) {
            SCOPED_TRACE("cut " + std::to_string(cut) + " wire " + std::to_string(wire));
            auto f = decode(prefix(bytes, cut), wire);
            if (cut < 14) {
                EXPECT_STREQ(f->truncated, "ether");
                continue;
            }
            EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
            EXPECT_EQ(eth_of(*f).type, 36);
            const LlcLayer* llc = f->find<LlcLayer>();
            ASSERT_NE(llc, nullptr);
            if (cut < 17) {
                EXPECT_STREQ(f->truncated, "llc");
                EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::partial);
                EXPECT_EQ(f->find<ArpLayer>(), nullptr);
            } else if (cut < 22) {
                EXPECT_STREQ(f->truncated, "snap");
                EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::truncated);
                EXPECT_EQ(llc->snap, SnapState::cut);
                EXPECT_EQ(f->find<ArpLayer>(), nullptr);
            } else if (cut < 50) {
                EXPECT_STREQ(f->truncated, "arp");
                EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
                EXPECT_EQ(llc->snap, SnapState::present);
                EXPECT_EQ(presence_of<ArpLayer>(*f), cut >= 30 ? Presence::truncated : Presence::partial);
            } else {
                // Only padding is missing: with the wire length intact, nothing is cut.
                EXPECT_EQ(f->truncated, nullptr);
                EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete);
            }
        }
    }
}

TEST(Llc, StpTestTruncatedAtEveryOffset) {
    auto bytes = from_hex(frames::kStpTest);
    for (std::size_t cut = 14; cut < bytes.size(); ++cut) {
        for (std::uint32_t wire : {60U, static_cast<std::uint32_t>(cut)}) {
            auto f = decode(prefix(bytes, cut), wire);
            ASSERT_NE(f->find<LlcLayer>(), nullptr) << cut << " " << wire;
            if (cut < 17) {
                EXPECT_STREQ(f->truncated, "llc") << cut << " " << wire;
                EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::partial);
            } else {
                EXPECT_EQ(f->truncated, nullptr) << cut << " " << wire;
                EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::complete);
                EXPECT_EQ(f->find<LlcLayer>()->control, 0xf3);
            }
        }
    }
}

TEST(Llc, InformationFrameCutInsideControl) {
    auto bytes = from_hex("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364");
    auto f = decode(prefix(bytes, 17), 22);
    EXPECT_STREQ(f->truncated, "llc");
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::partial);
    // The 802.3 length says 3: the second control byte is not on the wire either.
    auto short_len = from_hex("0180c2000000 001b213a4f10 0003 f0 f0 0a 05 6162 6364");
    auto g = decode(short_len);
    EXPECT_STREQ(g->truncated, "llc");
    EXPECT_EQ(presence_of<LlcLayer>(*g), Presence::partial);
}

// An 802.3 length shorter than the SNAP header: "snap" is cut, even though the bytes are there.
TEST(Llc, Dot3LengthShorterThanSnapHeader) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0006 aa aa 03 000000 0806"
        "0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001");
    auto f = decode(bytes);
    ASSERT_NE(f->find<LlcLayer>(), nullptr);
    EXPECT_EQ(presence_of<LlcLayer>(*f), Presence::truncated);
    EXPECT_EQ(f->find<LlcLayer>()->snap, SnapState::cut);
    EXPECT_STREQ(f->truncated, "snap");
    EXPECT_EQ(f->find<ArpLayer>(), nullptr);
}

// --- The -v tree ---

TEST(LlcTree, SapsAndControl) {
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kStpTest)),
                         "\n    Logical-Link Control"
                         "\n        DSAP: 0x42"
                         "\n        SSAP: 0x43"
                         "\n        Control: 0xf3"));
    // I and S frames: a 2-byte control field.
    EXPECT_TRUE(contains(tree_of(from_hex("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364")),
                         "\n        Control: 0x050a"));
}

TEST(LlcTree, SnapFields) {
    const std::string t = tree_of(from_hex(frames::kSnapArp));
    EXPECT_TRUE(contains(t,
                         "\n        Control: 0x03"
                         "\n        Organization Code: 0x000000"
                         "\n        PID: 0x0806"
                         "\n    Address Resolution Protocol"));
    // SNAP cut short: the LLC fields stay, the SNAP ones are not shown.
    const std::string cut = tree_of(prefix(from_hex(frames::kSnapArp), 20), 52);
    EXPECT_TRUE(contains(cut, "\n    Logical-Link Control\n        DSAP: 0xaa"));
    EXPECT_EQ(cut.find("Organization Code"), std::string::npos) << cut;
    EXPECT_TRUE(cut.ends_with("\n    [Truncated: snap]")) << cut;
}

TEST(LlcTree, CutHeaderHasNoHeading) {
    const std::string t = tree_of(prefix(from_hex(frames::kSnapArp), 15), 52);
    EXPECT_EQ(t.find("Logical-Link Control"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n        Length: 36\n    [Truncated: llc]")) << t;
}

}  // namespace
}  // namespace tapsniff
