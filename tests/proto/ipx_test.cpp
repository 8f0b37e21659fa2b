// Unit tests for the IPX home (src/proto/ipx): a real SAP response over 802.2, every cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/cut_cases.hpp"
#include "proto/ipx/ipx.hpp"
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

// tcpdump--ipx.pcap, frame 6 of '' (113 bytes)
constexpr std::string_view kIpx =
    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffff"
    "ff0452000000000030c1bf575504520002030c30303330433142463537353538"
    "3044304e50494246353735350000000000000000000000000000000000000000"
    "000000000000000030c1bf5755400c0001"
;
// tcpdump 4.99.3 for kIpx cut at every byte from 14: {first caplen, last caplen, line}
const std::vector<CutCase> kIpxCuts = {
    {14, 14,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99:  [|llc]"},
    {15, 15,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99:  [|llc]\n\t0x0000:  e0                 "
     "                      ."},
    {16, 16,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99:  [|llc]\n\t0x0000:  e0e0               "
     "                      .."},
    {17, 46,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2:  [|ipx]"},
    {47, 48,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452:  [|ipx]"},
    {49, 50,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp [|ipx]"},
    {51, 51,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c ' [|ipx]"},
    {52, 52,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0 [|ipx]"},
    {53, 53,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '00 [|ipx]"},
    {54, 54,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '003 [|ipx]"},
    {55, 55,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030 [|ipx]"},
    {56, 56,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C [|ipx]"},
    {57, 57,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1 [|ipx]"},
    {58, 58,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1B [|ipx]"},
    {59, 59,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF [|ipx]"},
    {60, 60,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF5 [|ipx]"},
    {61, 61,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF57 [|ipx]"},
    {62, 62,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575 [|ipx]"},
    {63, 63,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF5755 [|ipx]"},
    {64, 64,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF57558 [|ipx]"},
    {65, 65,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580 [|ipx]"},
    {66, 66,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D [|ipx]"},
    {67, 67,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0 [|ipx]"},
    {68, 68,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0N [|ipx]"},
    {69, 69,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NP [|ipx]"},
    {70, 70,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPI [|ipx]"},
    {71, 71,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIB [|ipx]"},
    {72, 72,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF [|ipx]"},
    {73, 73,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5 [|ipx]"},
    {74, 74,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF57 [|ipx]"},
    {75, 75,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF575 [|ipx]"},
    {76, 76,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755 [|ipx]"},
    {77, 108,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' [|ipx]"},
    {109, 112,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55 [|ipx]"},
    {113, 113,
     "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
     "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
     "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55"},
};

TEST(Ipx, IpxDecodes) {
    auto bytes = from_hex(kIpx);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc ipx");
    EXPECT_EQ(presence_of<IpxLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap I"
              "PX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:"
              "ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55");
    // the values tshark shows for the same fields
    EXPECT_TRUE(contains(json_of(bytes),
                         "\"ipx\":{\"checksum\":\"0xffff\",\"len\":96,\"hops\":0,\"packet_type\":\"0x00\",\"dst_net"
                         "\":\"0x00000000\",\"dst_node\":\"ff:ff:ff:ff:ff:ff\",\"dst_socket\":\"0x0452\",\"src_net\""
                         ":\"0x00000000\",\"src_node\":\"00:30:c1:bf:57:55\",\"src_socket\":\"0x0452\"}"));
    EXPECT_TRUE(contains(tree_of(bytes),
                         "\n    Internetwork Packet eXchange\n        Checksum: 0xffff\n        Length: 96\n        "
                         "Transport Control (Hops): 0\n        Packet Type: 0x00\n        Destination Network: 0x000"
                         "00000\n        Destination Node: ff:ff:ff:ff:ff:ff\n        Destination Socket: 0x0452\n  "
                         "      Source Network: 0x00000000\n        Source Node: 00:30:c1:bf:57:55\n        Source S"
                         "ocket: 0x0452"));
}

TEST(Ipx, IpxCutAtEveryByte) { expect_cuts(kIpx, kIpxCuts); }

// --- handwritten ---

// Novell's "raw" 802.3: no LLC header at all, "IPX 802.3: " right after the length.
TEST(Ipx, Raw8023HasNoLlcHeader) {
    auto bytes = from_hex("ffffffffffff 525400123456 0032 ffff0032 0004 00000000 ffffffffffff 0455 "
                          "0a0b0c0d 525400123456 4008" + std::string(40, '0'));
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc ipx");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > ff:ff:ff:ff:ff:ff, 802.3, length 50: IPX 802.3: 0a0b0c0d.52:54:00:12:34:56.4008 > "
              "00000000.ff:ff:ff:ff:ff:ff.0455: ipx-netbios 20");
}

// Ethernet II framing: "(NOV-ETHII) ".
TEST(Ipx, EthernetIIFraming) {
    auto bytes = from_hex("ffffffffffff 525400123456 8137 ffff001e 0004 00000000 ffffffffffff 0451 "
                          "0a0b0c0d 525400123456 4008");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "52:54:00:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 44: (NOV-ETHII) "
              "0a0b0c0d.52:54:00:12:34:56.4008 > 00000000.ff:ff:ff:ff:ff:ff.0451: ipx-ncp 0");
}

}  // namespace
}  // namespace tapsniff
