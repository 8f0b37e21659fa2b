// Unit tests for the OSI homes (src/proto/isoclns): IS-IS hellos, LSPs and SNPs behind LLC SAP
// 0xfe, CLNP and ES-IS, the header checks tcpdump makes (with its hex dump after a bad header),
// every cut, and JSON as tshark names the fields.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/isoclns/isoclns.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
using test::presence_of;
using test::stack_of;
namespace ipf = test::ipframes;

constexpr std::string_view kLlc = "LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: ";

// tcpdump's ISIS_level1_adjacency.pcap: the first 64 bytes of a 1514-byte L1 LAN hello.
constexpr std::string_view kLanHelloStart =
    "0180c2000014c20129980000 05dc fefe03 831b01000f010000 01222222222222001e05d940222222222222"
    "018101cc01040349000a84040a000a02d30300000008ff0000000000";
// The same capture: an L1 LSP.
constexpr std::string_view kLsp =
    "0180c2000014c20129980000 0059 fefe03 831b010012010000 005604af2222222222220000000000 09630b01"
    "01040349000a8101cc890252328404c0a80a0180180a8080800a000a00fffffffc0a808080c0a80a00ffffff00020c000a"
    "80808033333333333302";
// tcpdump's isis_iid_tlv.pcap: an L1 PSNP.
constexpr std::string_view kPsnp =
    "01005e900002020100030000 002c fefe03 831101001a010000 00291111111111110007"
    "0400010000091004af222222222222000000000005e167";

std::string with_llc(std::string_view rest) { return std::string(kLlc) + std::string(rest); }

TEST(Isis, LanHello) {
    auto bytes = from_hex(kLanHelloStart);
    const std::uint32_t wire = 1514;
    auto f = decode(test::view(bytes), wire);
    EXPECT_EQ(stack_of(*f), "ethernet llc isoclns isis");
    const IsisLayer* m = f->find<IsisLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<IsisLayer>(*f), Presence::complete);
    EXPECT_EQ(m->pdu_type, 15);
    EXPECT_EQ(m->length, 1497U);
    const std::string whole = with_llc(
        "OSI NLPID IS-IS (0x83): L1 Lan IIH, src-id 2222.2222.2222, lan-id 2222.2222.2222.01, prio 64, length 1497");
    EXPECT_EQ(ipf::ip_part(test::line_of(test::view(bytes), wire)), whole);
    EXPECT_TRUE(contains(test::json_of(test::view(bytes), wire),
                         R"("isis":{"irpd":"0x83","len":27,"version":1,"sysid_len":0,"type":15,"version2":1,"max_area_adr":0,)"
                         R"("circuit_type":"0x01","source_id":"2222.2222.2222","holding_timer":30,"pdu_length":1497,)"
                         R"("priority":64,"lan_id":"2222.2222.2222.01"})"));
    EXPECT_TRUE(contains(test::tree_of(test::view(bytes), wire), "PDU Type: L1 Lan IIH (15)"));
    expect_cut_texts(bytes,
                     {{17, with_llc(" [|isoclns]")},
                      {18, with_llc("OSI NLPID IS-IS (0x83):  [|isis]")},
                      {25, with_llc("OSI NLPID IS-IS (0x83): L1 Lan IIH [|isis]")},
                      {44, whole}},
                     wire);
}

TEST(Isis, Lsp) {
    auto bytes = from_hex(kLsp);
    const std::string whole =
        with_llc("OSI NLPID IS-IS (0x83): L1 LSP, lsp-id 2222.2222.2222.00-00, seq 0x00000009, lifetime  1199s, length 86");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("pdu_length":86,"remaining_life":1199,"lsp_id":"2222.2222.2222.00-00",)"
                                         R"("sequence_number":"0x00000009","checksum":"0x630b"})"));
    expect_cut_texts(bytes, {{17, with_llc(" [|isoclns]")},
                             {18, with_llc("OSI NLPID IS-IS (0x83):  [|isis]")},
                             {25, with_llc("OSI NLPID IS-IS (0x83): L1 LSP [|isis]")},
                             {44, whole}});
    expect_every_cut_prints(bytes);
}

TEST(Isis, Psnp) {
    auto bytes = from_hex(kPsnp);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)),
              with_llc("OSI NLPID IS-IS (0x83): L1 PSNP, src-id 1111.1111.1111.00, length 41"));
    expect_cut_texts(bytes, {{25, with_llc("OSI NLPID IS-IS (0x83): L1 PSNP [|isis]")},
                             {34, with_llc("OSI NLPID IS-IS (0x83): L1 PSNP, src-id 1111.1111.1111.00, length 41")}});
}

// After a header it cannot read, tcpdump dumps the PDU from its NLPID on.
TEST(Isis, BadHeadersAreDumped) {
    auto bytes = from_hex(kLsp);
    bytes[19] = std::byte{2};  // protocol version 2
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "is-is header invalid");
    EXPECT_EQ(presence_of<IsisLayer>(*f), Presence::malformed);
    const std::string line = ipf::ip_part(test::line_of(bytes));
    EXPECT_TRUE(contains(line, with_llc("OSI NLPID IS-IS (0x83): version 2 packet not supported\n"
                                        "\t0x0000:  831b 0200 1201 0000 0056 04af 2222 2222\n")));
    EXPECT_TRUE(contains(line, "\n\t0x0050:  3333 3333 3302"));
    bytes[19] = std::byte{1};
    bytes[18] = std::byte{0x1a};  // a fixed header length that is not an LSP's
    EXPECT_TRUE(contains(ipf::ip_part(test::line_of(bytes)),
                         "OSI NLPID IS-IS (0x83): L1 LSP, bogus fixed header length 26 should be 19\n\t0x0000:  831a"));
}

TEST(Clnp, DataPdu) {
    auto bytes = from_hex("09002b000005020000000001 0026 fefe03 811f01201c0020abcd"
                          "0a49000102000000000001 0a49000102000000000002 64617461");
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet llc isoclns clnp");
    const std::string whole =
        with_llc("OSI NLPID CLNP (0x81): 49.0001.0200.0000.0000.02 > 49.0001.0200.0000.0000.01, Data, length 35");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("clnp":{"len":31,"version":1,"ttl":32,"type":28,"pdu_len":32,)"
                                         R"("checksum":"0xabcd","dsap_len":10,"ssap_len":10})"));
    expect_cut_texts(bytes, {{18, with_llc("OSI NLPID CLNP (0x81):  [|clnp]")}, {48, whole}});
    expect_every_cut_prints(bytes);
    bytes[18] = std::byte{5};  // a length indicator below the fixed part
    EXPECT_TRUE(contains(ipf::ip_part(test::line_of(bytes)),
                         "OSI NLPID CLNP (0x81):  length indicator 5 < min PDU size:81050120"));
}

TEST(Esis, IsHello) {
    auto bytes = from_hex("09002b000004020000000001 0012 fefe03 820f010004001e0000 054900010203");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), with_llc("OSI NLPID ES-IS (0x82): ISH, length 15"));
    EXPECT_TRUE(contains(json_of(bytes), R"("esis":{"length":15,"ver":1,"type":4,"htime":30,"chksum":"0x0000"})"));
    expect_cut_texts(bytes, {{18, with_llc("OSI NLPID ES-IS (0x82):  [|esis]")},
                             {26, with_llc("OSI NLPID ES-IS (0x82): ISH, length 15")}});
    expect_every_cut_prints(bytes);
}

// Ethertype 0xfefe: tcpdump skips one byte, then reads the NLPID.
TEST(Isoclns, Ethertype) {
    auto bytes = from_hex("09002b000004020000000001 fefe fe 820f010004001e0000 054900010203");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "OSI NLPID ES-IS (0x82): ISH, length 15");
    EXPECT_EQ(ipf::ip_part(test::line_of(test::prefix(bytes, 15), 30)), " [|isoclns]");
}

}  // namespace
}  // namespace tapsniff
