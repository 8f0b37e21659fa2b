// Unit tests for Linux cooked captures (src/proto/sll): LINKTYPE_LINUX_SLL and LINUX_SLL2, from
// frames of public captures, with tcpdump 4.99.3's text for each and for every cut.
#include <gtest/gtest.h>

#include <string>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/sll/sll.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::stack_of;
using test::view;

// zeek's linuxsll-arp.pcap, frame 1: a broadcast ARP request as `tcpdump -i any` saw it (62 bytes).
constexpr const char* kSllArp =
    "0001 0001 0006 cc2d e026 1999 0000 0806"
    "0001 0800 0604 0001 cc2d e026 1999 c0a8"
    "1601 0000 0000 0000 c0a8 16a0 0000 0000"
    "0000 0000 0000 0000 0000 0000 0000";
// suricata's issue-3341 capture, frame 1: an ARP request the host sent (44 bytes).
constexpr const char* kSllArpOut =
    "0004 0001 0006 000c 29d0 7ef8 0000 0806"
    "0001 0800 0604 0001 000c 29d0 7ef8 c0a8"
    "0118 0000 0000 0000 c0a8 0101";
// zeek's linux_dlt_sll2.pcap, frame 1: a ping on lo (ifindex 1), SLL2 (104 bytes).
constexpr const char* kSll2Ping =
    "0800 0000 0000 0001 0304 0006 0000 0000"
    "0000 0000 4500 0054 af8c 4000 4001 071a"
    "c000 0201 c000 0201 0800 66b4 0008 0001"
    "e9bd f962 0000 0000 e24e 0d00 0000 0000"
    "1011 1213 1415 1617 1819 1a1b 1c1d 1e1f"
    "2021 2223 2425 2627 2829 2a2b 2c2d 2e2f"
    "3031 3233 3435 3637";

std::unique_ptr<DecodedFrame> decode(Bytes bytes, std::uint32_t wire_len, LinkType link) {
    return test::decode(bytes, wire_len, true, link);
}

std::string line_of(Bytes bytes, std::uint32_t wire_len, LinkType link, bool default_hex = true) {
    auto f = decode(bytes, wire_len, link);
    OutBuffer out;
    format_line(*f, default_hex, out);
    return test::to_string(out);
}

std::string json_of(Bytes bytes, LinkType link) {
    auto f = decode(bytes, static_cast<std::uint32_t>(bytes.size()), link);
    OutBuffer out;
    format_json(*f, 1, Timestamp{1732449600, 0}, out);
    return test::to_string(out);
}

TEST(Sll, BroadcastArp) {
    auto bytes = from_hex(kSllArp);
    auto f = decode(view(bytes), 62, LinkType::linux_sll);
    EXPECT_EQ(stack_of(*f), "sll arp");
    const SllLayer* sll = f->get<SllLayer>(0);
    ASSERT_NE(sll, nullptr);
    EXPECT_EQ(sll->pkttype, sll::kBroadcast);
    EXPECT_EQ(sll->hatype, 1);
    EXPECT_EQ(sll->halen, 6);
    EXPECT_EQ(sll->proto, 0x0806);
    EXPECT_EQ(f->layers()[0].presence, Presence::complete);
    // tcpdump 4.99.3 -nn -e
    EXPECT_EQ(line_of(view(bytes), 62, LinkType::linux_sll),
              "  B cc:2d:e0:26:19:99 ethertype ARP (0x0806), length 62: Request who-has 192.168.22.160 tell "
              "192.168.22.1, length 46");
}

TEST(Sll, OutgoingArp) {
    auto bytes = from_hex(kSllArpOut);
    // tcpdump 4.99.3 -nn -e
    EXPECT_EQ(line_of(view(bytes), 44, LinkType::linux_sll),
              "Out 00:0c:29:d0:7e:f8 ethertype ARP (0x0806), length 44: Request who-has 192.168.1.1 tell 192.168.1.24, "
              "length 28");
}

TEST(Sll, JsonFieldsAsTshark) {
    // tshark 4.0: sll.pkttype 1, sll.hatype 1, sll.halen 6, sll.src.eth cc:2d:e0:26:19:99, sll.etype 0x0806
    const std::string json = json_of(view(from_hex(kSllArp)), LinkType::linux_sll);
    EXPECT_TRUE(test::contains(
        json, R"("sll":{"pkttype":1,"hatype":1,"halen":6,"src":"cc:2d:e0:26:19:99","etype":"0x0806"},"arp":{)"));
    EXPECT_TRUE(test::contains(json, R"("summary":"Request who-has 192.168.22.160 tell 192.168.22.1, length 46")"));
}

TEST(Sll, CutAtEveryByte) {
    auto bytes = from_hex(kSllArp);
    for (std::size_t n = 0; n <= bytes.size(); ++n) {
        const std::string line = line_of(test::prefix(bytes, n), 62, LinkType::linux_sll);
        auto f = decode(test::prefix(bytes, n), 62, LinkType::linux_sll);
        // tcpdump 4.99.3 on the same frame cut to n bytes (n = 0 is its invalid-header case).
        if (n == 0) {
            EXPECT_EQ(line, "[Invalid header: caplen==0]");
        } else if (n < 16) {
            EXPECT_EQ(line, " [|sll]") << n;
            EXPECT_STREQ(f->truncated, "sll") << n;
        } else if (n < 44) {
            EXPECT_EQ(line, "  B cc:2d:e0:26:19:99 ethertype ARP (0x0806), length 62:  [|arp]") << n;
            EXPECT_STREQ(f->truncated, "arp") << n;
        } else {
            EXPECT_EQ(line,
                      "  B cc:2d:e0:26:19:99 ethertype ARP (0x0806), length 62: Request who-has 192.168.22.160 tell "
                      "192.168.22.1, length 46")
                << n;
        }
        OutBuffer out;
        format_json(*f, 1, Timestamp{}, out);
        format_tree(*f, out);
    }
}

TEST(Sll2, PingOnLo) {
    auto bytes = from_hex(kSll2Ping);
    auto f = decode(view(bytes), 104, LinkType::linux_sll2);
    EXPECT_EQ(stack_of(*f), "sll2 ipv4 icmp");
    const Sll2Layer* sll = f->get<Sll2Layer>(0);
    ASSERT_NE(sll, nullptr);
    EXPECT_EQ(sll->ifindex, 1U);
    EXPECT_EQ(sll->hatype, 772);
    EXPECT_EQ(sll->pkttype, sll::kHost);
    // tcpdump 4.99.3 -nn -e: the name of ifindex 1 here (lo in every network namespace)
    EXPECT_EQ(line_of(view(bytes), 104, LinkType::linux_sll2),
              "lo    In  ifindex 1 00:00:00:00:00:00 ethertype IPv4 (0x0800), length 104: 192.0.2.1 > 192.0.2.1: ICMP "
              "echo request, id 8, seq 1, length 64");
    // tshark 4.0: sll.pkttype 0, sll.hatype 772, sll.halen 6, sll.src.eth 00:..., sll.etype 0x0800, sll.ifindex 1
    EXPECT_TRUE(test::contains(
        json_of(view(bytes), LinkType::linux_sll2),
        R"("sll":{"pkttype":0,"hatype":772,"halen":6,"src":"00:00:00:00:00:00","etype":"0x0800","ifindex":1},"ipv4":{)"));
}

TEST(Sll2, UnknownInterfaceIsAQuestionMark) {
    auto bytes = from_hex(kSll2Ping);
    bytes[4] = std::byte{0x7f};  // ifindex 0x7f000001: no such interface
    EXPECT_TRUE(line_of(view(bytes), 104, LinkType::linux_sll2).starts_with("?     In  ifindex 2130706433 00:00"));
}

TEST(Sll2, CutAtEveryByte) {
    auto bytes = from_hex(kSll2Ping);
    const std::string head = "lo    In  ifindex 1 00:00:00:00:00:00 ethertype IPv4 (0x0800), length 104: ";
    for (std::size_t n = 1; n <= bytes.size(); ++n) {
        const std::string line = line_of(test::prefix(bytes, n), 104, LinkType::linux_sll2);
        // tcpdump 4.99.3 on the same frame cut to n bytes
        if (n < 20) EXPECT_EQ(line, " [|sll2]") << n;
        else if (n < 40) EXPECT_EQ(line, head + " [|ip]") << n;
        else if (n < 48) EXPECT_EQ(line, head + "192.0.2.1 > 192.0.2.1:  [|icmp]") << n;
        else EXPECT_EQ(line, head + "192.0.2.1 > 192.0.2.1: ICMP echo request, id 8, seq 1, length 64") << n;
    }
}

// Tags after the pseudo-header, as sll_if_print reads them: only 0x8100, the inner type by name.
TEST(Sll, VlanTagsAndCuts) {
    auto bytes = from_hex(kSllArpOut);
    // Make it Out ... 802.1Q (vlan 5, DEI) carrying the ARP request.
    std::vector<std::byte> tagged(bytes.begin(), bytes.begin() + 14);
    for (const char* b : {"81", "00", "10", "05", "08", "06"}) tagged.push_back(from_hex(b)[0]);
    tagged.insert(tagged.end(), bytes.begin() + 16, bytes.end());
    const auto wire = static_cast<std::uint32_t>(tagged.size());
    auto f = decode(view(tagged), wire, LinkType::linux_sll);
    EXPECT_EQ(stack_of(*f), "sll arp");
    ASSERT_EQ(f->get<SllLayer>(0)->vlans.size(), 1U);
    // tcpdump 4.99.3 -nn -e (the same frame in tests/golden/sll.pcap)
    EXPECT_EQ(line_of(view(tagged), wire, LinkType::linux_sll),
              "Out 00:0c:29:d0:7e:f8 ethertype 802.1Q (0x8100), length 48: vlan 5, p 0, DEI, ethertype ARP, Request "
              "who-has 192.168.1.1 tell 192.168.1.24, length 28");
    // Cut inside the tag: tcpdump checks the captured bytes.
    EXPECT_EQ(line_of(test::prefix(tagged, 18), wire, LinkType::linux_sll),
              "Out 00:0c:29:d0:7e:f8 ethertype 802.1Q (0x8100), length 48:  [|vlan]");
    EXPECT_STREQ(decode(test::prefix(tagged, 18), wire, LinkType::linux_sll)->truncated, "vlan");
}

TEST(Sll, UnknownProtocolPrintsHex) {
    auto bytes = from_hex(kSllArpOut);
    bytes[14] = std::byte{0x88};
    bytes[15] = std::byte{0xb5};
    EXPECT_EQ(line_of(view(bytes).first(20), 44, LinkType::linux_sll),
              "Out 00:0c:29:d0:7e:f8 ethertype Unknown (0x88b5), length 44: \n"
              "\t0x0000:  0001 0800                                ....");
    // Under -x the whole frame is dumped instead.
    EXPECT_EQ(line_of(view(bytes).first(20), 44, LinkType::linux_sll, false),
              "Out 00:0c:29:d0:7e:f8 ethertype Unknown (0x88b5), length 44: ");
}

// tcpdump's babel.pcap, frame 1: IPv6 over a GRE tunnel (hatype 778, no link-layer address).
// tshark calls the protocol "gretype" there, and shows no source.
TEST(Sll, GreTunnelNamesTheProtocolGretype) {
    auto bytes = from_hex(
        "0000 030a 0000 0000 0000 0000 0000 86dd"
        "6000 0000 0014 1101 fe80 0000 0000 0000"
        "68d3 1235 d068 1f9e ff02 0000 0000 0000"
        "0000 0000 0001 0006 1a29 1a29 0014 0d90"
        "2a02 0008 0406 0000 1f6a 07d0");
    EXPECT_TRUE(test::contains(json_of(view(bytes), LinkType::linux_sll),
                               R"("sll":{"pkttype":0,"hatype":778,"halen":0,"gretype":"0x86dd"},"ipv6":{)"));
    // tcpdump goes on with "babel 2 (8) hello", a protocol tapsniff does not decode.
    EXPECT_TRUE(line_of(view(bytes), 76, LinkType::linux_sll)
                    .starts_with(" In ethertype IPv6 (0x86dd), length 76: fe80::68d3:1235:d068:1f9e.6697 > ff02::1:6.6697: "));
}

TEST(Sll, PacketTypeWords) {
    EXPECT_STREQ(sll_pkttype_word(0), "In");
    EXPECT_STREQ(sll_pkttype_word(1), "B");
    EXPECT_STREQ(sll_pkttype_word(2), "M");
    EXPECT_STREQ(sll_pkttype_word(3), "P");
    EXPECT_STREQ(sll_pkttype_word(4), "Out");
    EXPECT_STREQ(sll_pkttype_word(5), "?");
}

}  // namespace
}  // namespace tapsniff
