// Unit tests for ARP over ATM (htype 19: RFC 2225's ATMARP layout, print-arp.c's atmarp_print) and
// over Frame Relay (htype 15: Q.922 DLCIs, print-fr.c's q922_string), as tcpdump 4.99.3 prints them.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frame_checks.hpp"
#include "ip_test_frames.hpp"
#include "proto/arp/arp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::json_of;
using test::line_of;
using test::prefix;
namespace ipf = test::ipframes;

struct Case {
    std::string_view hex;
    std::uint32_t wire_len;
    std::string_view text;  // tcpdump 4.99.3 -nn -e, after the link part
};

// tcpdump's arp-oobr.pcap frame 1166: htype 19 on an Ethernet-style ARP; read as ATMARP its
// lengths run past the frame.
constexpr std::string_view kRealAtm =
    "ffffffffffff001f29da2d7908060013080006040001001f29da2d79c0a80168000000000000c0a80101000000000000000000000000000000000000";

// tests/golden/gen/tcpapp.py: ATMARP request (with and without a target ATM number and subaddress),
// reply (with a subaddress, with no address), inverse request and reply, NAK, an operation it does
// not print (hex), other protocol types, cuts; then Frame Relay requests, replies and inverse ones
// with 2, 3 and 4-byte Q.922 addresses, an address too short and one with its EA bit set first.
constexpr Case kForms[] = {
    {"020000000002020000000001080600130800140000010400000447000580ffe1000000f21a3a5c0020481a3a5c000a0000010a000002",
     54, "Request who-has 10.0.0.2 tell 10.0.0.1, length 40"},
    {"020000000002020000000001080600130800140000010414020447000580ffe1000000f21a3a5c0020481a3a5c000a00000147000580ffe1000000f21a3a5c0020481a3a5c0001020a000002",
     76, "Request who-has 10.0.0.2 (47:00:05:80:ff:e1:00:00:00:f2:1a:3a:5c:00:20:48:1a:3a:5c:00,01:02) tell 10.0.0.1, length 62"},
    {"020000000002020000000001080600130800140200020400000447000580ffe1000000f21a3a5c0020481a3a5c00aabb0a0000010a000002",
     56, "Reply 10.0.0.1 is-at 47:00:05:80:ff:e1:00:00:00:f2:1a:3a:5c:00:20:48:1a:3a:5c:00,aa:bb, length 42"},
    {"02000000000202000000000108060013080000000002040000040a0000010a000002",
     34, "Reply 10.0.0.1 is-at <No address>, length 20"},
    {"020000000002020000000001080600130800140000080414000447000580ffe1000000f21a3a5c0020481a3a5c000a00000147000580ffe1000000f21a3a5c0020481a3a5c000a000002",
     74, "Inverse Request who-is 47:00:05:80:ff:e1:00:00:00:f2:1a:3a:5c:00:20:48:1a:3a:5c:00 tell 47:00:05:80:ff:e1:00:00:00:f2:1a:3a:5c:00:20:48:1a:3a:5c:00, length 60"},
    {"020000000002020000000001080600130800140000090400000447000580ffe1000000f21a3a5c0020481a3a5c000a0000010a000002",
     54, "Inverse Reply 47:00:05:80:ff:e1:00:00:00:f2:1a:3a:5c:00:20:48:1a:3a:5c:00at 10.0.0.1, length 40"},
    {"0200000000020200000000010806001308001400000a0400000447000580ffe1000000f21a3a5c0020481a3a5c000a0000010a000002",
     54, "NACK Reply for 10.0.0.1, length 40"},
    {"020000000002020000000001080600130800140000030400000447000580ffe1000000f21a3a5c0020481a3a5c000a0000010a000002",
     54, "Reverse Request \n\t0x0000:  0013 0800 1400 0003 0400 0004 4700 0580  ............G...\n\t0x0010:  ffe1 0000 00f2 1a3a 5c00 2048 1a3a 5c00  .......:\\..H.:\\.\n\t0x0020:  0a00 0001 0a00 0002                      ........"},
    {"0200000000020200000000010806001386dd140000010400000447000580ffe1000000f21a3a5c0020481a3a5c000a0000010a000002",
     54, "ATM, IPv6 (len 4/4), length 40"},
    {"0200000000020200000000010806001386dd140000011000001047000580ffe1000000f21a3a5c0020481a3a5c000000000000000000000000000000000000000000000000000000000000000000",
     78, "ATM, IPv6 (len 16/16), length 64"},
    {"020000000002020000000001080600130800140000010400000447000580ffe10000",
     54, " [|arp]"},
    {"02000000000202000000000108060013080014000001040000",
     54, " [|arp]"},
    {"ffffffffffff0200000000010806001308001104000130323a34323a61633a31313a30303a3032ac110002ac110001",
     47, " [|arp]"},
    {"ffffffffffff0200000000010806000f0800020400081801ac1100020000ac110001",
     34, "Inverse Request who-is <Truncated> tell DLCI 96, length 20"},
    {"ffffffffffff0200000000010806000f0800060400090242ac110003ac1100020242ac110002ac110001",
     42, "Inverse Reply DLCI 38276 at 172.17.0.2, length 28"},
    {"ffffffffffff0200000000010806000f0800020400021801ac1100020000ac110001",
     34, "Reply 172.17.0.2 is-at DLCI 96, length 20"},
    {"ffffffffffff0200000000010806000f0800020400011801ac1100020401ac110001",
     34, "Request who-has 172.17.0.1 (DLCI 16) tell 172.17.0.2, length 20"},
    {"ffffffffffff0200000000010806000f08000104000118ac11000200ac110001",
     32, "Request who-has 172.17.0.1 tell 172.17.0.2, length 18"},
    {"ffffffffffff0200000000010806000f08000104000219ac11000200ac110001",
     32, "Reply 172.17.0.2 is-at <Invalid DLCI>, length 18"},
    {"ffffffffffff0200000000010806000f080003040002180203ac110002000000ac110001",
     36, "Reply 172.17.0.2 is-at DLCI 6144, length 22"},
    {"ffffffffffff0200000000010806000f08000404000218020400ac11000200000000ac110001",
     38, "Reply 172.17.0.2 is-at <Invalid DLCI>, length 24"},
    {"ffffffffffff0200000000010806000f0800020400031801ac1100020401ac110001",
     34, "Reverse Request who-is DLCI 16 tell DLCI 96, length 20"},
};

TEST(ArpAtmFr, EveryForm) {
    for (std::size_t i = 0; i < std::size(kForms); ++i) {
        auto bytes = from_hex(kForms[i].hex);
        EXPECT_EQ(ipf::ip_part(line_of(test::view(bytes), kForms[i].wire_len)), kForms[i].text) << i;
    }
}

TEST(ArpAtmFr, RealAtmFrameIsCut) {
    auto f = decode(from_hex(kRealAtm));
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_TRUE(arp->atm);
    EXPECT_TRUE(arp->atm_lengths.read);
    EXPECT_FALSE(arp->has_addresses);
    EXPECT_EQ(test::presence_of<ArpLayer>(*f), Presence::truncated);
    EXPECT_STREQ(f->truncated, "arp");
    EXPECT_EQ(ipf::ip_part(line_of(from_hex(kRealAtm))), " [|arp]");
}

TEST(ArpAtmFr, AtmFieldsAndJson) {
    auto bytes = from_hex(kForms[1].hex);  // request with target number and subaddress
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(arp->sha.size(), 20U);
    EXPECT_EQ(arp->tha.size(), 20U);
    EXPECT_EQ(arp->tsa.size(), 2U);
    EXPECT_TRUE(arp->ipv4_addresses());
    const std::string json = json_of(bytes);
    EXPECT_TRUE(contains(json, R"("arp":{"htype":19,"ptype":"0x0800","src.hlen":20,"src.slen":0,"op":1,"src.pln":4,)"
                               R"("dst.hlen":20,"dst.slen":2,"dst.pln":4,)")) << json;
    EXPECT_TRUE(contains(json, R"("dst.atm_subaddr":"01:02","tpa":"10.0.0.2"})")) << json;
}

// Every cut of an ATMARP request ends with " [|arp]" until all six variable fields are there.
TEST(ArpAtmFr, AtmCutAtEveryByte) {
    auto bytes = from_hex(kForms[0].hex);
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 14; cut < bytes.size(); ++cut) {
        EXPECT_EQ(ipf::ip_part(line_of(prefix(bytes, cut), wire)), " [|arp]") << cut;
        EXPECT_STREQ(decode(prefix(bytes, cut), wire)->truncated, "arp") << cut;
    }
}

TEST(ArpAtmFr, FrameRelayDlcis) {
    auto f = decode(from_hex(kForms[14].hex));  // inverse reply, 6-byte addresses read as 4-byte Q.922
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(arp->sha_dlci.kind, Q922Address::Kind::dlci);
    EXPECT_EQ(arp->sha_dlci.dlci, 38276U);
    auto invalid = decode(from_hex(kForms[18].hex));  // "19": EA bit set in the first byte
    ASSERT_NE(invalid->find<ArpLayer>(), nullptr);
    EXPECT_EQ(invalid->find<ArpLayer>()->sha_dlci.kind, Q922Address::Kind::invalid);
    auto shortened = decode(from_hex(kForms[13].hex));  // target "0000": a third byte is needed
    ASSERT_NE(shortened->find<ArpLayer>(), nullptr);
    EXPECT_EQ(shortened->find<ArpLayer>()->tha_dlci.kind, Q922Address::Kind::truncated);
}

}  // namespace
}  // namespace tapsniff
