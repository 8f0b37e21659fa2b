// Unit tests for the EIGRP and RSVP homes (src/proto/eigrp, src/proto/rsvp): the common headers
// tcpdump prints without -v, every cut, and versions it does not support.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/eigrp/eigrp.hpp"
#include "proto/rsvp/rsvp.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::expect_cut_texts;
using test::expect_every_cut_prints;
using test::from_hex;
using test::json_of;
using test::presence_of;
namespace ipf = test::ipframes;

// tcpdump's EIGRP_adjacency.pcap: a hello with parameter and software version TLVs.
constexpr std::string_view kHello =
    "01005e00000ac20173fe0000 0800 45c0003c000000000258cd9f0a000001e000000a"
    "0205ee6800000000000000000000000000000064 0001000c010001000000000f 000400080c040102";
// tcpdump's rsvp_cap.pcap: an RSVP hello in an 802.1Q frame.
constexpr std::string_view kRsvpHello =
    "02060a0efff202060a0efff1 8100 c039 0800 45c0003cad9b0000012e852d0a0039050a003907"
    "11147d4d01000028 000c16014a44672be86eb75b 000c830100000000000000000008860100000003";

TEST(Eigrp, Hello) {
    auto bytes = from_hex(kHello);
    auto f = decode(bytes);
    const EigrpLayer* m = f->find<EigrpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<EigrpLayer>(*f), Presence::complete);
    EXPECT_EQ(m->as, 100);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.1 > 224.0.0.10: EIGRP Hello, length: 40");
    EXPECT_TRUE(contains(json_of(bytes), R"("eigrp":{"version":2,"opcode":5,"checksum":"0xee68","flags":"0x00000000",)"
                                         R"("seq":0,"ack":0,"vrid":0,"as":100})"));
    EXPECT_TRUE(contains(test::tree_of(bytes), "Opcode: Hello (5)"));
    expect_cut_texts(bytes, {{34, "10.0.0.1 > 224.0.0.10:  [|eigrp]"}, {54, "10.0.0.1 > 224.0.0.10: EIGRP Hello, length: 40"}});
    expect_every_cut_prints(bytes);
}

TEST(Eigrp, UnsupportedVersionAndUnknownOpcode) {
    auto bytes = from_hex(kHello);
    bytes[35] = std::byte{9};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.1 > 224.0.0.10: EIGRP unknown (9), length: 40");
    bytes[34] = std::byte{1};
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "eigrp version not 2");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.1 > 224.0.0.10: EIGRP version 1 packet not supported");
}

TEST(Rsvp, Hello) {
    auto bytes = from_hex(kRsvpHello);
    auto f = decode(bytes);
    EXPECT_EQ(presence_of<RsvpLayer>(*f), Presence::complete);
    const std::string ip = "vlan 57, p 6, ethertype IPv4 (0x0800), 10.0.57.5 > 10.0.57.7: ";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), ip + "RSVPv1 Hello Message, length: 40");
    EXPECT_TRUE(contains(json_of(bytes), R"("rsvp":{"version":1,"flags":"0x01","msg":20,"message_checksum":"0x7d4d",)"
                                         R"("sending_ttl":1,"message_length":40})"));
    expect_cut_texts(bytes, {{38, ip + " [|rsvp]"}, {46, ip + "RSVPv1 Hello Message, length: 40"}});
    bytes[38] = std::byte{0x21};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), ip + "ERROR: RSVP version 2 packet not supported");
    bytes[38] = std::byte{0x11};
    bytes[39] = std::byte{99};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), ip + "RSVPv1 unknown (99) Message, length: 40");
}

}  // namespace
}  // namespace tapsniff
