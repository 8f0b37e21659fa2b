// Unit tests for the SNMP home (src/proto/snmp): v1 traps, v2c requests and responses, v3 with USM
// (plain and encrypted), tcpdump's text at every cut and for changed bytes (its BER notes), nonsense
// lengths, JSON and the tree.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/snmp/snmp.hpp"
#include "snmp_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace sf = test::snmp_frames;

TEST(Snmp, V2cResponse) {
    auto f = decode(from_hex(sf::kV2cResponse.hex));
    const SnmpLayer* s = f->find<SnmpLayer>();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(presence_of<SnmpLayer>(*f), Presence::complete);
    EXPECT_EQ(s->version, 1);
    EXPECT_EQ(s->pdu_type, 2);
    EXPECT_EQ(s->request_id, 722681733);
    EXPECT_EQ(s->varbind_count, 1U);
    EXPECT_EQ(test::text_of(sf::kV2cResponse),
              "10.144.246.161.161 > 10.144.246.184.33938:  C=\"[R0_C@cti!]\" GetResponse(31)  "
              ".1.0.8802.1.1.1.1.1.1.0=2");
    EXPECT_TRUE(contains(test::json_of(from_hex(sf::kV2cResponse.hex)),
                         "\"snmp\":{\"version\":1,\"community\":\"[R0_C@cti!]\",\"data\":2,\"request_id\":722681733,"
                         "\"error_status\":0,\"error_index\":0,\"variable_bindings\":[{\"name\":\"1.0.8802.1.1.1.1.1.1.0\"}]}"));
}

TEST(Snmp, V1Trap) {
    EXPECT_EQ(test::text_of(sf::kV1Trap),
              "127.0.0.1.57150 > 127.0.0.1.162:  Trap(46)  .1.3.6.1.4.1.31337.0 127.0.0.1 coldStart 0 "
              ".1.3.6.1.2.1.2.1.0=33");
    EXPECT_TRUE(contains(test::json_of(from_hex(sf::kV1Trap.hex)),
                         "\"snmp\":{\"version\":0,\"community\":\"public\",\"data\":4,\"enterprise\":\"1.3.6.1.4.1.31337.0\","
                         "\"agent_addr\":\"127.0.0.1\",\"generic_trap\":0,\"specific_trap\":0,\"time_stamp\":0,"));
}

TEST(Snmp, V3ReportAndEncrypted) {
    EXPECT_EQ(test::text_of(sf::kV3Report),
              "192.168.29.160.161 > 192.168.29.58.60376:  F= U=\"admin\" E=_00_00_39_e7_00_00_00_a1_c0_a8_1d_a0 C=\"\" "
              "Report(30)  .1.3.6.1.6.3.15.1.1.4.0=1");
    EXPECT_TRUE(contains(test::text_of(sf::kV3Encrypted),
                         "192.168.29.58.60376 > 192.168.29.160.161:  F=apr U=\"admin\" [!scoped PDU]14_09_4a_43_80"));
    auto json = test::json_of(from_hex(sf::kV3Report.hex));
    EXPECT_TRUE(contains(json, "\"snmp\":{\"msgVersion\":3,\"msgID\":37320,\"msgMaxSize\":2048,\"msgFlags\":\"0x00\","
                               "\"msgSecurityModel\":3,\"msgAuthoritativeEngineBoots\":752,"));
}

TEST(Snmp, TreeNamesThePdu) {
    auto tree = test::tree_of(from_hex(sf::kV2cGetNext.hex));
    EXPECT_TRUE(contains(tree, "\n    Simple Network Management Protocol\n        version: 1\n        community: [R0_C@cti!]\n"
                               "        data: GetNextRequest (1)\n"));
    EXPECT_TRUE(contains(tree, "        VarBind\n            Object Name: 0.1"));
}

TEST(Snmp, EveryCutLikeTcpdump) {
    for (const auto* frame : {&sf::kV2cGetNext, &sf::kV2cResponse, &sf::kV3Report, &sf::kV3Encrypted, &sf::kV1Trap}) {
        test::expect_cuts_like_tcpdump(*frame);
    }
}

TEST(Snmp, ChangedBytesLikeTcpdump) {
    for (const auto* frame : {&sf::kV2cGetNext, &sf::kV2cResponse, &sf::kV3Report, &sf::kV3Encrypted, &sf::kV1Trap}) {
        test::expect_mutations_like_tcpdump(*frame);
    }
}

TEST(Snmp, LengthsBeyondTheDatagramAreNotes) {
    auto bytes = from_hex(sf::kV1Trap.hex);
    bytes[43] = std::byte{0x84};  // a four-byte length: 0x02010004
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "127.0.0.1.57150 > 127.0.0.1.162:  [len55<asnlen33619972]");
    auto f = decode(bytes);
    EXPECT_NE(f->malformed, nullptr);
    EXPECT_EQ(presence_of<SnmpLayer>(*f), Presence::partial);
    bytes[43] = std::byte{0xff};  // 127 length bytes
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "127.0.0.1.57150 > 127.0.0.1.162:  [asnlen? 59<127]");
}

TEST(Snmp, OidTextInTcpdumpsArithmetic) {
    OutBuffer out;
    const auto oid = from_hex("2b0601028f8f8f8f8f0f00");  // a sub-identifier wider than 32 bits
    append_snmp_oid(out, test::view(oid));
    EXPECT_EQ(test::to_string(out), ".1.3.6.1.2.4058236815.0");
}

}  // namespace
}  // namespace tapsniff
