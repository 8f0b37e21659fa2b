// Unit tests for format_line: the exact text of `tcpdump -nn -e` for Ethernet, VLAN, ARP/RARP and LLC,
// and whole IP lines (each IP protocol's own text is tested in tests/proto/).
//
// Every expected string below is tcpdump 4.99.3's output, copied from `tcpdump -nn -e -t -r f.pcap`
// for a one-frame pcap holding the same bytes (and the same caplen/len); the final newline dropped.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "tapsniff/decode.hpp"
#include "tapsniff/render.hpp"
#include "proto/ip_test_frames.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::line_of;
using test::prefix;
namespace frames = test::frames;

std::string line(std::string_view hex) { return line_of(from_hex(hex)); }

TEST(Line, ArpRequest) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kArpRequest),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has "
              "172.17.0.1 tell 172.17.0.2, length 28");
}

TEST(Line, ArpRequestWithTargetHardwareAddress) {
    // tcpdump 4.99.3: a non-zero target MAC is shown in parentheses
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0001 0800 06 04 0001 0242ac110002 ac110002 0242ac110001 ac110001"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has "
              "172.17.0.1 (02:42:ac:11:00:01) tell 172.17.0.2, length 28");
}

TEST(Line, ArpReply) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kArpReply),
              "02:42:0f:3c:5a:01 > 02:42:ac:11:00:02, ethertype ARP (0x0806), length 42: Reply 172.17.0.1 is-at "
              "02:42:0f:3c:5a:01, length 28");
}

TEST(Line, RarpRequestAndReply) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kRarpRequest),
              "52:54:00:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype Reverse ARP (0x8035), length 60: Reverse Request "
              "who-is 52:54:00:12:34:56 tell 52:54:00:12:34:56, length 46");
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kRarpReply),
              "52:54:00:00:aa:aa > 52:54:00:12:34:56, ethertype Reverse ARP (0x8035), length 60: Reverse Reply "
              "52:54:00:12:34:56 at 192.168.0.10, length 46");
}

TEST(Line, QinqArp) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kQinqArp),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), length 50: vlan 100, p 0, "
              "ethertype 802.1Q (0x8100), vlan 10, p 5, ethertype ARP (0x0806), Request who-has 172.17.0.1 tell "
              "172.17.0.2, length 28");
}

TEST(Line, VlanArpWithDei) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kVlanDeiArp),
              "02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q (0x8100), length 46: vlan 100, p 3, DEI, "
              "ethertype ARP (0x0806), Request who-has 10.0.0.2 tell 10.0.0.1, length 28");
}

TEST(Line, OneHundredVlanTags) {
    std::string hex = "ffffffffffff 0242ac110002 8100";
    for (int i = 1; i < 100; ++i) hex += fmt::format(" {:04x} 8100", i);
    hex += " 0064 0806 0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001";
    // tcpdump 4.99.3's 4 kB line, assembled from its repeating piece (checked equal to the real output)
    std::string expected =
        "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q (0x8100), length 442: vlan 1, p 0, ";
    for (int i = 2; i <= 100; ++i) expected += fmt::format("ethertype 802.1Q (0x8100), vlan {}, p 0, ", i);
    expected += "ethertype ARP (0x0806), Request who-has 172.17.0.1 tell 172.17.0.2, length 28";
    EXPECT_EQ(line(hex), expected);
}

TEST(Line, StpAddressedLlcTestFrame) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kStpTest),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 17: LLC, dsap STP (0x42) Individual, ssap STP "
              "(0x42) Response, ctrl 0xf3: Unnumbered, test, Flags [Final], length 17"
              "\n\t0x0000:  4243 f300 0102 0304 0506 0708 090a 0b0c  BC.............."
              "\n\t0x0010:  0d                                       .");
}

TEST(Line, VlanTaggedLlcFrame) {
    // tcpdump 4.99.3 (its "802.3LLC", without a separator, included)
    EXPECT_EQ(line("0180c2000000 001b213a4f10 8100 0005 0011 42 43 f3 000102030405060708090a0b0c0d0e"
                   "000000000000000000000000000000000000000000"),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, ethertype 802.1Q (0x8100), length 57: vlan 5, p 0, 802.3LLC, "
              "dsap STP (0x42) Individual, ssap STP (0x42) Response, ctrl 0xf3: Unnumbered, test, Flags [Final], "
              "length 17"
              "\n\t0x0000:  4243 f300 0102 0304 0506 0708 090a 0b0c  BC.............."
              "\n\t0x0010:  0d                                       .");
}

TEST(Line, LlcXidInformationSupervisory) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 001b213a4f10 0006 00 01 af 81 01 00"
                   "000000000000000000000000000000000000000000000000000000000000000000000000"),
              "00:1b:21:3a:4f:10 > ff:ff:ff:ff:ff:ff, 802.3, length 6: LLC, dsap Null (0x00) Individual, ssap Null "
              "(0x00) Response, ctrl 0xaf: Unnumbered, xid, Flags [Response], length 6: 01 00");
    // tcpdump 4.99.3
    EXPECT_EQ(line("0180c2000000 001b213a4f10 0008 f0 f0 0a 05 6162 6364"),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 8: LLC, dsap NetBeui (0xf0) Individual, ssap "
              "NetBeui (0xf0) Command, ctrl 0x050a: Information, send seq 5, rcv seq 2, Flags [Poll], length 8"
              "\n\t0x0000:  f0f0 0a05 6162 6364                      ....abcd");
    // tcpdump 4.99.3
    EXPECT_EQ(line("0180c2000000 001b213a4f10 0004 f0 f1 01 0b"),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 4: LLC, dsap NetBeui (0xf0) Individual, ssap "
              "NetBeui (0xf0) Response, ctrl 0x0b01: Supervisory, Receiver Ready, rcv seq 5, Flags [Final], length 4");
}

TEST(Line, SnapArp) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kSnapArp),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 36: LLC, dsap SNAP (0xaa) Individual, ssap SNAP "
              "(0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request "
              "who-has 172.17.0.1 tell 172.17.0.2, length 28");
}

TEST(Line, SnapUnknownPidAndShortSnap) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("01000ccccccc 001b213a4f10 000c aa aa 03 00000c 0806 02b40000"),
              "00:1b:21:3a:4f:10 > 01:00:0c:cc:cc:cc, 802.3, length 12: LLC, dsap SNAP (0xaa) Individual, ssap SNAP "
              "(0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid Unknown (0x0806), length 4: "
              "\n\t0x0000:  aaaa 0300 000c 0806 02b4 0000            ............");
    // tcpdump 4.99.3: an 802.3 length (6) too short for the SNAP header
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0006 aa aa 03 000000 0806 0001 0800 06 04 0001 0242ac110002 ac110002 "
                   "000000000000 ac110001"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 6: LLC, dsap SNAP (0xaa) Individual, ssap SNAP "
              "(0xaa) Command, ctrl 0x03:  [|snap]");
}

TEST(Line, Dot3LengthLargerThanFrameAndZero) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("0180c2000000 001b213a4f10 05dc 42 42 e3 00010203"
                   "0000000000000000000000000000000000000000000000000000000000000000000000"),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 42: LLC, dsap STP (0x42) Individual, ssap STP "
              "(0x42) Command, ctrl 0xe3: Unnumbered, test, Flags [Command], length 42"
              "\n\t0x0000:  4242 e300 0102 0300 0000 0000 0000 0000  BB.............."
              "\n\t0x0010:  0000 0000 0000 0000 0000 0000 0000 0000  ................"
              "\n\t0x0020:  0000 0000 0000 0000 0000                 ..........");
    // tcpdump 4.99.3
    EXPECT_EQ(line("0180c2000000 001b213a4f10 0000 42 42 e3 00010203"
                   "0000000000000000000000000000000000000000000000000000000000000000000000"),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 0:  [|llc]");
}

TEST(Line, UnknownArpOperationWithHexLines) {
    // tcpdump 4.99.3 (note the space after "(7)")
    std::string expected =
        "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Unknown (7) "
        "\n\t0x0000:  0001 0800 0604 0007 0242 ac11 0002 ac11  .........B......"
        "\n\t0x0010:  0002 0000 0000 0000 ac11 0001            ............";
    EXPECT_EQ(line(frames::kArpUnknownOp), expected);
    // arp_print prints these lines itself, so they stay without default hex too.
    EXPECT_EQ(line_of(test::view(from_hex(frames::kArpUnknownOp)), 42, false), expected);
}

TEST(Line, NamedOperationWithoutFormatGetsHexLines) {
    // tcpdump 4.99.3: NACK Reply (10) has a name but no address format
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0001 0800 06 04 000a 0242ac110002 ac110002 000000000000 ac110001"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: NACK Reply "
              "\n\t0x0000:  0001 0800 0604 000a 0242 ac11 0002 ac11  .........B......"
              "\n\t0x0010:  0002 0000 0000 0000 ac11 0001            ............");
}

TEST(Line, ArpWithNonIpv4Addresses) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0020 86dd 08 10 0001 0102030405060708 "
                   "fe800000000000000000000000000001 1112131415161718 fe800000000000000000000000000002"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 70: InfiniBand (len 8), IPv6 "
              "(len 16), length 56");
    // tcpdump 4.99.3: hlen 0
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001"
                   "0000000000000000000000000000000000000000000000000000000000000000"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 62: Ethernet (len 0), IPv4 "
              "(len 4), length 48");
}

TEST(Line, HugeAddressLengthsAreTruncated) {
    // tcpdump 4.99.3, for hlen 255 and for plen 255 alike (two spaces: ": " then " [|arp]")
    const std::string expected =
        "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 60:  [|arp]";
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0001 0800 ff 04 0001 0242ac110002 ac110002 000000000000 ac110001"
                   "000000000000000000000000000000000000"),
              expected);
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0001 0800 06 ff 0001 0242ac110002 ac110002 000000000000 ac110001"
                   "000000000000000000000000000000000000"),
              expected);
}

TEST(Line, UnknownEthertypeWithHexLines) {
    // tcpdump 4.99.3 (note the space after "length 54:")
    EXPECT_EQ(line(frames::kUnknownEthertype),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x88b5), length 54: "
              "\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................"
              "\n\t0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................"
              "\n\t0x0020:  2021 2223 2425 2627                      .!\"#$%&'");
    // Without default hex (as under -x, which dumps the whole frame anyway) only the first line stays.
    EXPECT_EQ(line_of(test::view(from_hex(frames::kUnknownEthertype)), 54, false),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x88b5), length 54: ");
}

TEST(Line, VlanUnknownEthertype) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 0242ac110002 8100 2005 88b5 000102030405060708090a0b0c0d0e0f1011"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q (0x8100), length 36: vlan 5, p 1, ethertype "
              "Unknown (0x88b5), "
              "\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................"
              "\n\t0x0010:  1011                                     ..");
}

TEST(Line, HugeArpFrame) {
    std::vector<std::byte> bytes = from_hex("ffffffffffff 0242ac110002 0806");
    bytes.resize(65535 + 18);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(bytes),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 65553: Unknown Hardware (0) "
              "(len 0), Unknown Protocol (0x0000) (len 0), length 65539");
}

// Only the Ethernet part: what follows belongs to the IP formatters and their tests.
TEST(Line, IpFramesStartWithTheirEthernetPart) {
    // tcpdump 4.99.3's line, up to the IP part
    EXPECT_EQ(line(frames::kIpv4Echo).rfind(
                  "02:42:ac:11:00:02 > 02:42:ac:11:00:01, ethertype IPv4 (0x0800), length 42: ", 0),
              0U);
    // tcpdump 4.99.3's line, up to the IP part
    EXPECT_EQ(line(frames::kIpv6Echo).rfind(
                  "02:42:ac:11:00:02 > 33:33:00:00:00:01, ethertype IPv6 (0x86dd), length 62: ", 0),
              0U);
}

// Whole lines, link part included, for the IP frames.
TEST(Line, IpContractExamples) {
    namespace ipf = test::ipframes;
    // tcpdump 4.99.3
    EXPECT_EQ(line(ipf::kPing),
              "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: "
              "ICMP echo request, id 7, seq 1, length 64");
    // tcpdump 4.99.3
    EXPECT_EQ(line(ipf::kNeighborSolicit),
              "02:00:00:00:00:01 > 33:33:ff:00:00:02, ethertype IPv6 (0x86dd), length 86: fd00::1 > ff02::1:ff00:2: "
              "ICMP6, neighbor solicitation, who has fd00::2, length 32");
    // tcpdump 4.99.3
    EXPECT_EQ(line(ipf::kUdp),
              "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: 10.0.0.1.40000 > "
              "10.0.0.2.45000: UDP, length 18");
}

TEST(Line, InvalidHeaders) {
    auto bytes = from_hex(frames::kArpRequest);
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(prefix(bytes, 0), 42), "[Invalid header: caplen==0]");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(prefix(bytes, 0), 0), "[Invalid header: caplen==0, len==0]");
    // tcpdump 4.99.3
    EXPECT_EQ(line_of(test::view(bytes), 10), "[Invalid header: len(10) < caplen(42)]");
}

struct CutText {
    std::size_t first_cut;
    std::size_t last_cut;
    const char* text;
};

void expect_cuts(std::string_view hex, const std::vector<CutText>& table) {
    auto bytes = from_hex(hex);
    auto wire = static_cast<std::uint32_t>(bytes.size());
    std::size_t covered = 0;
    for (const CutText& row : table) {
        for (std::size_t cut = row.first_cut; cut <= row.last_cut; ++cut, ++covered) {
            EXPECT_EQ(line_of(prefix(bytes, cut), wire), row.text) << "caplen " << cut << ", len " << wire;
        }
    }
    EXPECT_EQ(covered, bytes.size());
}

// Every caplen from 0 to one byte short, len = the whole frame: tcpdump 4.99.3's text for each.
TEST(Line, QinqArpCutAtEveryByte) {
    expect_cuts(frames::kQinqArp,
                {
                    {0, 0, "[Invalid header: caplen==0]"},
                    {1, 13, " [|ether]"},
                    {14, 17, "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff,  [|vlan]"},
                    {18, 21,
                     "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), length 50: vlan 100, p 0, "
                     " [|vlan]"},
                    {22, 49,
                     "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), length 50: vlan 100, p 0, "
                     "ethertype 802.1Q (0x8100), vlan 10, p 5, ethertype ARP (0x0806),  [|arp]"},
                });
}

TEST(Line, SnapArpCutAtEveryByte) {
    const char* llc = "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 36:  [|llc]";
    std::string llc1 = std::string(llc) + "\n\t0x0000:  aa                                       .";
    std::string llc2 = std::string(llc) + "\n\t0x0000:  aaaa                                     ..";
    expect_cuts(frames::kSnapArp,
                {
                    {0, 0, "[Invalid header: caplen==0]"},
                    {1, 13, " [|ether]"},
                    {14, 14, llc},
                    {15, 15, llc1.c_str()},
                    {16, 16, llc2.c_str()},
                    {17, 21,
                     "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 36: LLC, dsap SNAP (0xaa) Individual, ssap "
                     "SNAP (0xaa) Command, ctrl 0x03:  [|snap]"},
                    {22, 49,
                     "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 36: LLC, dsap SNAP (0xaa) Individual, ssap "
                     "SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28:  "
                     "[|arp]"},
                    {50, 51,
                     "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, 802.3, length 36: LLC, dsap SNAP (0xaa) Individual, ssap "
                     "SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: "
                     "Request who-has 172.17.0.1 tell 172.17.0.2, length 28"},
                });
}

TEST(Line, ArpRequestCutWithWireLengthCutToo) {
    auto bytes = from_hex(frames::kArpRequest);
    // tcpdump 4.99.3, caplen 30, len 30
    EXPECT_EQ(line_of(prefix(bytes, 30), 30),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 30:  [|arp]");
    // tcpdump 4.99.3, caplen 10, len 42
    EXPECT_EQ(line_of(prefix(bytes, 10), 42), " [|ether]");
}

// Known differences from tcpdump 4.99.3, kept as disabled tests until the formatters handle them.

// tcpdump decodes STP BPDUs (LLC 42 42 03); tapsniff prints them as a generic UI frame plus hex.
TEST(Line, DISABLED_StpBpduIsDecodedAsStp) {
    // tcpdump 4.99.3
    EXPECT_EQ(line(frames::kStpBpdu),
              "00:1b:21:3a:4f:10 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP "
              "(0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 8000.00:1b:21:3a:4f:10.8001, "
              "length 35");
}

// tcpdump prints Frame Relay (htype 15) hardware addresses as Q.922 DLCIs.
TEST(Line, FrameRelayArpAddressesAreDlcis) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 000f 0800 06 04 0009 0242ac110003 ac110003 0242ac110002 ac110002"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Inverse Reply DLCI 38276 at "
              "172.17.0.3, length 28");
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 000f 0800 02 04 0002 1801 ac110002 0000 ac110001"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 34: Reply 172.17.0.2 is-at "
              "DLCI 96, length 20");
}

// tcpdump reads htype 19 (ATM, RFC 2225) with the ATMARP layout; this frame is too short for it.
TEST(Line, AtmArpUsesAtmarpLayout) {
    // tcpdump 4.99.3
    EXPECT_EQ(line("ffffffffffff 0242ac110002 0806 0013 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001"),
              "02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42:  [|arp]");
}

}  // namespace
}  // namespace tapsniff
