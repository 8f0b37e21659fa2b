// Unit tests for UDLD, DTP and VTP (src/proto/udld, dtp, vtp): real frames, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/dtp/dtp.hpp"
#include "proto/udld/udld.hpp"
#include "proto/vtp/vtp.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::CutCase;
using test::decode;
using test::expect_cuts;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
using test::presence_of;
using test::stack_of;
using test::tree_of;

// tcpdump--UDLD.pcap, frame 1 of '' (82 bytes)
constexpr std::string_view kUdld =
    "01000ccccccc001906eab8810044aaaa0300000c011121036d850001000f464f"
    "43313033315a374a47000200094769302f310003000800000000000400050700"
    "050005050006000653310007000800000001"
;
// tcpdump 4.99.3 for kUdld cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kUdldCuts = {
    {14, 14,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68:  [|llc]"},
    {15, 15,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68:  [|llc]\n\t0x0000:  aa                 "
     "                      ."},
    {16, 16,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68:  [|llc]\n\t0x0000:  aaaa               "
     "                      .."},
    {17, 21,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
    {22, 23,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid UDLD (0x0111), length 60:  [|udld]"},
    {24, 81,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid UDLD (0x0111), length 60: UDLDv1, Code"
     " Probe message (1), Flags [RT, RSY] (0x03), length 60 [|udld]"},
    {82, 82,
     "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid UDLD (0x0111), length 60: UDLDv1, Code"
     " Probe message (1), Flags [RT, RSY] (0x03), length 60"},
};

TEST(Udld, UdldDecodes) {
    auto bytes = from_hex(kUdld);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc udld");
    EXPECT_EQ(presence_of<UdldLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:19:06:ea:b8:81 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap "
              "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid UDLD (0x0111), length 60: UDLDv1, Code"
              " Probe message (1), Flags [RT, RSY] (0x03), length 60");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"udld\":{\"version\":1,\"opcode\":1,\"flags\":3,\"checksum\":\"0x6d85\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Unidirectional Link Detection\n        Version: 1\n        Opcode: Probe message (1)"
                         "\n        Flags: 3\n        Checksum: 0x6d85"));
}

TEST(Udld, UdldCutAtEveryByte) { expect_cuts(kUdld, kUdldCuts); }

// tcpdump--DTP.pcap, frame 1 of '' (60 bytes)
constexpr std::string_view kDtp =
    "01000ccccccc001906eab8850025aaaa0300000c200401000100084c61620000"
    "0200050400030005400004000a001906eab885000000000000000000"
;
// tcpdump 4.99.3 for kDtp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kDtpCuts = {
    {14, 14,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37:  [|llc]"},
    {15, 15,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37:  [|llc]\n\t0x0000:  aa                 "
     "                      ."},
    {16, 16,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37:  [|llc]\n\t0x0000:  aaaa               "
     "                      .."},
    {17, 21,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
    {22, 22,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29:  [|dtp]"},
    {23, 60,
     "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap "
     "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length"
     " 29"},
};

TEST(Dtp, DtpDecodes) {
    auto bytes = from_hex(kDtp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc dtp");
    EXPECT_EQ(presence_of<DtpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap "
              "SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length"
              " 29");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"dtp\":{\"version\":1}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Dynamic Trunking Protocol\n        Version: 1"));
}

TEST(Dtp, DtpCutAtEveryByte) { expect_cuts(kDtp, kDtpCuts); }

// tcpdump--rpvstp-trunk-native-vid5.pcap, frame 3 of 'ether dst 01:00:0c:cc:cc:cc' (103 bytes)
constexpr std::string_view kVtp =
    "01000ccccccc001f6d96ec04810000010055aaaa0300000c2003010100056369"
    "73636f0000000000000000000000000000000000000000000000000000000000"
    "00029b012507393330333031303030393030fb393cf67014e50aa79c7c5b193f"
    "6fe10101000200"
;
// tcpdump 4.99.3 for kVtp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kVtpCuts = {
    {14, 17,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc,  [|vlan]"},
    {18, 18,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     " [|llc]"},
    {19, 19,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     " [|llc]\n\t0x0000:  aa                                       ."},
    {20, 20,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     " [|llc]\n\t0x0000:  aaaa                                     .."},
    {21, 25,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
    {26, 61,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid"
     " VTP (0x2003), length 77:  [|vtp]"},
    {62, 102,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid"
     " VTP (0x2003), length 77: VTPv1, Message Summary advertisement (0x01), length 77 [|vtp]"},
    {103, 103,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
     "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid"
     " VTP (0x2003), length 77: VTPv1, Message Summary advertisement (0x01), length 77"},
};

TEST(Vtp, VtpDecodes) {
    auto bytes = from_hex(kVtp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc vtp");
    EXPECT_EQ(presence_of<VtpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, ethertype 802.1Q (0x8100), length 103: vlan 1, p 0, 802.3"
              "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid"
              " VTP (0x2003), length 77: VTPv1, Message Summary advertisement (0x01), length 77");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"vtp\":{\"version\":\"0x01\",\"code\":\"0x01\",\"followers\":0,\"md_len\":5,\"md\":\"cisc"
                         "o\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    VLAN Trunking Protocol\n        Version: 0x01\n        Code: Summary advertisement ("
                         "0x01)\n        Followers: 0\n        Management Domain Length: 5\n        Management Domai"
                         "n: cisco"));
}

TEST(Vtp, VtpCutAtEveryByte) { expect_cuts(kVtp, kVtpCuts); }

// --- handwritten ---

// An empty DTP message: "[zero packet length] (invalid)".
TEST(Dtp, EmptyMessage) {
    auto bytes = from_hex("01000ccccccc 525400123456 0008 aaaa03 00000c 2004" + std::string(76, '0'));
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "dtp message empty");
    EXPECT_TRUE(contains(line_of(bytes), "pid DTP (0x2004), length 0: [zero packet length] (invalid)"));
}

// A VTP message shorter than its 36-byte header: " (invalid)".
TEST(Vtp, ShorterThanItsHeader) {
    auto bytes = from_hex("01000ccccccc 525400123456 000c aaaa03 00000c 2003 01010007" + std::string(68, '0'));
    EXPECT_TRUE(contains(line_of(bytes), "pid VTP (0x2003), length 4:  (invalid)"));
}

}  // namespace
}  // namespace tapsniff
