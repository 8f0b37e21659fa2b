// Unit tests for the STP home (src/proto/stp): real BPDUs (802.1D, RSTP, MSTP behind a VLAN tag, Cisco
// PVST+ over SNAP) with tcpdump's text, tshark's values and every cut; malformed BPDUs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/stp/stp.hpp"
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

// tcpdump--802.1D_spanning_tree.pcap, frame 1 of 'stp' (60 bytes)
constexpr std::string_view kStpConfig =
    "0180c2000000001906eab885002642420300000000008001001906eab8800000"
    "00008001001906eab88080050000140002000f000000000000000000"
;
// tcpdump 4.99.3 for kStpConfig cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kStpConfigCuts = {
    {14, 14,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38:  [|llc]"},
    {15, 15,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38:  [|llc]\n\t0x0000:  42                 "
     "                      B"},
    {16, 16,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38:  [|llc]\n\t0x0000:  4242               "
     "                      BB"},
    {17, 19,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03:  [|stp]"},
    {20, 20,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1d [|stp]"},
    {21, 21,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1d, Config [|stp]"},
    {22, 43,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none] [|stp]"},
    {44, 60,
     "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 8001.00:19:06:ea:b8:80"
     ".8005, length 35"},
};

TEST(Stp, StpConfigDecodes) {
    auto bytes = from_hex(kStpConfig);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc stp");
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:19:06:ea:b8:85 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap S"
              "TP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 8001.00:19:06:ea:b8:80"
              ".8005, length 35");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"stp\":{\"protocol\":\"0x0000\",\"version\":0,\"type\":\"0x00\",\"flags\":\"0x00\",\"root"
                         "_prio\":32768,\"root_ext\":1,\"root_hw\":\"00:19:06:ea:b8:80\",\"root_cost\":0,\"bridge_pr"
                         "io\":32768,\"bridge_ext\":1,\"bridge_hw\":\"00:19:06:ea:b8:80\",\"port\":\"0x8005\",\"msg_"
                         "age\":0,\"max_age\":20,\"hello\":2,\"forward\":15}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Spanning Tree Protocol\n        Protocol Identifier: 0x0000\n        Protocol Versio"
                         "n Identifier: Spanning Tree (0)\n        BPDU Type: Configuration (0x00)\n        BPDU fla"
                         "gs: 0x00\n        Root Bridge Priority: 32768\n        Root Bridge System ID Extension: 1"
                         "\n        Root Bridge System ID: 00:19:06:ea:b8:80\n        Root Path Cost: 0\n        Bri"
                         "dge Priority: 32768\n        Bridge System ID Extension: 1\n        Bridge System ID: 00:1"
                         "9:06:ea:b8:80\n        Port identifier: 0x8005\n        Message Age: 0 s\n        Max Age:"
                         " 20 s\n        Hello Time: 2 s\n        Forward Delay: 15 s"));
}

TEST(Stp, StpConfigCutAtEveryByte) { expect_cuts(kStpConfig, kStpConfigCuts); }

// tcpdump--802.1w_rapid_STP.pcap, frame 1 of 'stp' (60 bytes)
constexpr std::string_view kRstp =
    "0180c2000000001906eab88c0027424203000002020e8001001906eab8800000"
    "00008001001906eab880800c0000140002000f000000000000000000"
;
// tcpdump 4.99.3 for kRstp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kRstpCuts = {
    {14, 14,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39:  [|llc]"},
    {15, 15,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39:  [|llc]\n\t0x0000:  42                 "
     "                      B"},
    {16, 16,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39:  [|llc]\n\t0x0000:  4242               "
     "                      BB"},
    {17, 19,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03:  [|stp]"},
    {20, 20,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1w [|stp]"},
    {21, 21,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1w, Rapid STP [|stp]"},
    {22, 43,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1w, Rapid STP, Flags [Proposal] [|stp]"},
    {44, 60,
     "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
     "TP (0x42) Command, ctrl 0x03: STP 802.1w, Rapid STP, Flags [Proposal], bridge-id 8001.00:19:06:e"
     "a:b8:80.800c, length 36"},
};

TEST(Stp, RstpDecodes) {
    auto bytes = from_hex(kRstp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc stp");
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:19:06:ea:b8:8c > 01:80:c2:00:00:00, 802.3, length 39: LLC, dsap STP (0x42) Individual, ssap S"
              "TP (0x42) Command, ctrl 0x03: STP 802.1w, Rapid STP, Flags [Proposal], bridge-id 8001.00:19:06:e"
              "a:b8:80.800c, length 36");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"stp\":{\"protocol\":\"0x0000\",\"version\":2,\"type\":\"0x02\",\"flags\":\"0x0e\",\"root"
                         "_prio\":32768,\"root_ext\":1,\"root_hw\":\"00:19:06:ea:b8:80\",\"root_cost\":0,\"bridge_pr"
                         "io\":32768,\"bridge_ext\":1,\"bridge_hw\":\"00:19:06:ea:b8:80\",\"port\":\"0x800c\",\"msg_"
                         "age\":0,\"max_age\":20,\"hello\":2,\"forward\":15,\"version_1_length\":0}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Spanning Tree Protocol\n        Protocol Identifier: 0x0000\n        Protocol Versio"
                         "n Identifier: Rapid Spanning Tree (2)\n        BPDU Type: Rapid/Multiple Spanning Tree (0x"
                         "02)\n        BPDU flags: 0x0e\n        Root Bridge Priority: 32768\n        Root Bridge Sy"
                         "stem ID Extension: 1\n        Root Bridge System ID: 00:19:06:ea:b8:80\n        Root Path "
                         "Cost: 0\n        Bridge Priority: 32768\n        Bridge System ID Extension: 1\n        Br"
                         "idge System ID: 00:19:06:ea:b8:80\n        Port identifier: 0x800c\n        Message Age: 0"
                         " s\n        Max Age: 20 s\n        Hello Time: 2 s\n        Forward Delay: 15 s\n        V"
                         "ersion 1 Length: 0"));
}

TEST(Stp, RstpCutAtEveryByte) { expect_cuts(kRstp, kRstpCuts); }

// tcpdump--MSTP_Intra-Region_BPDUs.pcap, frame 1 of 'ether dst 01:80:c2:00:00:00' (155 bytes)
constexpr std::string_view kMstp =
    "0180c2000000001ef705a8928100e000008942420300000302380000001f27b4"
    "7d8000030d408000001646b58c8080120100140002000f000000600042726577"
    "6572790000000000000000000000000000000000000000000000000000009357"
    "ebb7a8d74dd5fef4f2bab50531aa00030d408000001ef705a88014fc6001001e"
    "f705a88000000000608014f88002001646b58c8000030d40808014"
;
// tcpdump 4.99.3 for kMstp cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kMstpCuts = {
    {14, 17,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00,  [|vlan]"},
    {18, 18,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     " [|llc]"},
    {19, 19,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     " [|llc]\n\t0x0000:  42                                       B"},
    {20, 20,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     " [|llc]\n\t0x0000:  4242                                     BB"},
    {21, 23,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     "LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03:  [|stp]"},
    {24, 24,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     "LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1s [|stp]"},
    {25, 58,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     "LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1s, Rapid STP [|stp"
     "]"},
    {59, 155,
     "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
     "LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1s, Rapid STP, CIST"
     " Flags [Learn, Forward], length 134"},
};

TEST(Stp, MstpDecodes) {
    auto bytes = from_hex(kMstp);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc stp");
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:1e:f7:05:a8:92 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 155: vlan 0, p 7, 802.3"
              "LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1s, Rapid STP, CIST"
              " Flags [Learn, Forward], length 134");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"stp\":{\"protocol\":\"0x0000\",\"version\":3,\"type\":\"0x02\",\"flags\":\"0x38\",\"root"
                         "_prio\":0,\"root_ext\":0,\"root_hw\":\"00:1f:27:b4:7d:80\",\"root_cost\":200000,\"bridge_p"
                         "rio\":32768,\"bridge_ext\":0,\"bridge_hw\":\"00:16:46:b5:8c:80\",\"port\":\"0x8012\",\"msg"
                         "_age\":1,\"max_age\":20,\"hello\":2,\"forward\":15,\"version_1_length\":0,\"version_3_leng"
                         "th\":96,\"config_format_selector\":0,\"config_name\":\"Brewery\",\"config_revision_level\""
                         ":0,\"config_digest\":\"93:57:eb:b7:a8:d7:4d:d5:fe:f4:f2:ba:b5:05:31:aa\",\"cist_internal_r"
                         "oot_path_cost\":200000,\"cist_bridge_prio\":32768,\"cist_bridge_ext\":0,\"cist_bridge_hw\""
                         ":\"00:1e:f7:05:a8:80\",\"cist_remaining_hops\":20,\"msti\":[{\"flags\":\"0xfc\",\"msti_id"
                         "\":1,\"root_hw\":\"00:1e:f7:05:a8:80\",\"root_cost\":0,\"bridge_priority\":6,\"port_priori"
                         "ty\":8,\"remaining_hops\":20},{\"flags\":\"0xf8\",\"msti_id\":2,\"root_hw\":\"00:16:46:b5:"
                         "8c:80\",\"root_cost\":200000,\"bridge_priority\":8,\"port_priority\":8,\"remaining_hops\":"
                         "20}]}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Spanning Tree Protocol\n        Protocol Identifier: 0x0000\n        Protocol Versio"
                         "n Identifier: Multiple Spanning Tree (3)\n        BPDU Type: Rapid/Multiple Spanning Tree "
                         "(0x02)\n        BPDU flags: 0x38\n        Root Bridge Priority: 0\n        Root Bridge Sys"
                         "tem ID Extension: 0\n        Root Bridge System ID: 00:1f:27:b4:7d:80\n        Root Path C"
                         "ost: 200000\n        Bridge Priority: 32768\n        Bridge System ID Extension: 0\n      "
                         "  Bridge System ID: 00:16:46:b5:8c:80\n        Port identifier: 0x8012\n        Message Ag"
                         "e: 1 s\n        Max Age: 20 s\n        Hello Time: 2 s\n        Forward Delay: 15 s\n     "
                         "   Version 1 Length: 0\n        Version 3 Length: 96\n        MST Config ID format selecto"
                         "r: 0\n        MST Config name: Brewery\n        MST Config revision: 0\n        MST Config"
                         " digest: 93:57:eb:b7:a8:d7:4d:d5:fe:f4:f2:ba:b5:05:31:aa\n        CIST Internal Root Path "
                         "Cost: 200000\n        CIST Bridge Priority: 32768\n        CIST Bridge Identifier System I"
                         "D Extension: 0\n        CIST Bridge Identifier System ID: 00:1e:f7:05:a8:80\n        CIST "
                         "Remaining hops: 20\n        MSTI\n            MSTI flags: 0xfc\n            MSTID: 1\n    "
                         "        Regional Root: 00:1e:f7:05:a8:80\n            Internal root path cost: 0\n        "
                         "    Bridge Identifier Priority: 6\n            Port identifier priority: 8\n            Re"
                         "maining hops: 20\n        MSTI\n            MSTI flags: 0xf8\n            MSTID: 2\n      "
                         "      Regional Root: 00:16:46:b5:8c:80\n            Internal root path cost: 200000\n     "
                         "       Bridge Identifier Priority: 8\n            Port identifier priority: 8\n           "
                         " Remaining hops: 20"));
}

TEST(Stp, MstpCutAtEveryByte) { expect_cuts(kMstp, kMstpCuts); }

// tcpdump--rpvstp-trunk-native-vid5.pcap, frame 1 of 'ether dst 01:00:0c:cc:cc:cd' (68 bytes)
constexpr std::string_view kPvst =
    "01000ccccccd001f6d96ec048100e0010032aaaa0300000c010b000002020e80"
    "01001f6d96ec00000000008001001f6d96ec0080040000140002000f00000000"
    "00020001"
;
// tcpdump 4.99.3 for kPvst cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kPvstCuts = {
    {14, 17,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd,  [|vlan]"},
    {18, 18,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3 "
     "[|llc]"},
    {19, 19,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3 "
     "[|llc]\n\t0x0000:  aa                                       ."},
    {20, 20,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3 "
     "[|llc]\n\t0x0000:  aaaa                                     .."},
    {21, 25,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
    {26, 28,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
     "PVST (0x010b), length 42:  [|stp]"},
    {29, 29,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
     "PVST (0x010b), length 42: STP 802.1w [|stp]"},
    {30, 30,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
     "PVST (0x010b), length 42: STP 802.1w, Rapid STP [|stp]"},
    {31, 52,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
     "PVST (0x010b), length 42: STP 802.1w, Rapid STP, Flags [Proposal] [|stp]"},
    {53, 68,
     "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
     "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
     "PVST (0x010b), length 42: STP 802.1w, Rapid STP, Flags [Proposal], bridge-id 8001.00:1f:6d:96:ec"
     ":00.8004, length 42"},
};

TEST(Stp, PvstDecodes) {
    auto bytes = from_hex(kPvst);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc stp");
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cd, ethertype 802.1Q (0x8100), length 68: vlan 1, p 7, 802.3L"
              "LC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid "
              "PVST (0x010b), length 42: STP 802.1w, Rapid STP, Flags [Proposal], bridge-id 8001.00:1f:6d:96:ec"
              ":00.8004, length 42");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"stp\":{\"protocol\":\"0x0000\",\"version\":2,\"type\":\"0x02\",\"flags\":\"0x0e\",\"root"
                         "_prio\":32768,\"root_ext\":1,\"root_hw\":\"00:1f:6d:96:ec:00\",\"root_cost\":0,\"bridge_pr"
                         "io\":32768,\"bridge_ext\":1,\"bridge_hw\":\"00:1f:6d:96:ec:00\",\"port\":\"0x8004\",\"msg_"
                         "age\":0,\"max_age\":20,\"hello\":2,\"forward\":15,\"version_1_length\":0}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Spanning Tree Protocol\n        Protocol Identifier: 0x0000\n        Protocol Versio"
                         "n Identifier: Rapid Spanning Tree (2)\n        BPDU Type: Rapid/Multiple Spanning Tree (0x"
                         "02)\n        BPDU flags: 0x0e\n        Root Bridge Priority: 32768\n        Root Bridge Sy"
                         "stem ID Extension: 1\n        Root Bridge System ID: 00:1f:6d:96:ec:00\n        Root Path "
                         "Cost: 0\n        Bridge Priority: 32768\n        Bridge System ID Extension: 1\n        Br"
                         "idge System ID: 00:1f:6d:96:ec:00\n        Port identifier: 0x8004\n        Message Age: 0"
                         " s\n        Max Age: 20 s\n        Hello Time: 2 s\n        Forward Delay: 15 s\n        V"
                         "ersion 1 Length: 0"));
}

TEST(Stp, PvstCutAtEveryByte) { expect_cuts(kPvst, kPvstCuts); }

// --- handwritten ---

// A BPDU shorter than 4 bytes: tcpdump says only " (invalid)"; nothing for JSON but the note.
TEST(Stp, ShorterThanFourBytesIsInvalid) {
    auto bytes = from_hex("0180c2000000 525400123456 0006 424203 000000" + std::string(82, '0'));
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::partial);
    EXPECT_STREQ(f->malformed, "stp bpdu shorter than 4 bytes");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > 01:80:c2:00:00:00, 802.3, length 6: LLC, dsap STP (0x42) Individual, ssap STP "
              "(0x42) Command, ctrl 0x03:  (invalid)");
    EXPECT_TRUE(contains(json_of(bytes), "\"malformed\":\"stp bpdu shorter than 4 bytes\""));
    EXPECT_FALSE(contains(json_of(bytes), "\"stp\":"));
}

// An MST BPDU whose version 3 length reaches past the BPDU: " (invalid)" after the type, and the
// MSTIs JSON lists are only those that are there (the count is bounded by the bytes).
TEST(Stp, MstVersion3LengthBeyondTheBpdu) {
    std::string hex(kMstp);
    // v3 length 96 -> 0x0400 (1024 bytes of MSTIs claimed)
    const std::size_t at = 2 * (18 + 3 + 36);
    ASSERT_EQ(hex.substr(at, 4), "0060");
    hex.replace(at, 4, "0400");
    auto bytes = from_hex(hex);
    auto f = decode(bytes);
    const StpLayer* stp = f->find<StpLayer>();
    ASSERT_NE(stp, nullptr);
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::malformed);
    EXPECT_EQ(stp->mstis.size(), 2U);
    EXPECT_TRUE(contains(line_of(bytes), "ctrl 0x03: STP 802.1s, Rapid STP (invalid)"));
}

// A topology change notification: only the header (tcpdump prints nothing more).
TEST(Stp, TopologyChangeNotification) {
    auto bytes = from_hex("0180c2000000 525400123456 0007 424203 00000080" + std::string(78, '0'));
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<StpLayer>(*f), Presence::complete);
    EXPECT_TRUE(contains(line_of(bytes), "ctrl 0x03: STP 802.1d, Topology Change"));
    EXPECT_TRUE(contains(json_of(bytes), "\"stp\":{\"protocol\":\"0x0000\",\"version\":0,\"type\":\"0x80\"}"));
}

}  // namespace
}  // namespace tapsniff
