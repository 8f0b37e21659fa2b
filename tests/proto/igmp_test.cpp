// Unit tests for the IGMP home (src/proto/igmp) and DVMRP in IGMP (src/proto/dvmrp): real frames
// of each kind, tcpdump's text at every cut, JSON as tshark names the fields, and the -v tree.
#include <gtest/gtest.h>

#include <string>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/dvmrp/dvmrp.hpp"
#include "proto/igmp/igmp.hpp"

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
using test::tree_of;
namespace ipf = test::ipframes;

// tcpdump's IGMP_V2.pcap: a general query from 192.168.1.2, padded to 60 bytes.
constexpr std::string_view kV2Query =
    "01005e000001001b11102611 0800 4500001c655100000102b2e3c0a80102e0000001"
    "1164ee9b00000000 000000000000000000000000000000000000";
// The same capture: a v2 report behind an IPv4 Router Alert option.
constexpr std::string_view kV2Report =
    "01005e7ffffa001c23aabead 0800 460000208c6200000102e692c0a80140effffffa94040000"
    "1600fa04effffffa";
// Suricata's bug-5162 capture: a v3 report, one record (change to include 224.0.0.251).
constexpr std::string_view kV3Report =
    "01005e000016000c2926e621 0800 46000028421e00000102098dc0a83866e000001694040000"
    "2200fa0200000001 03000000e00000fb 000000000000";
// tcpdump's igmpv3-queries.pcap: a v3 general query, max response code 0xfe (3072 s).
constexpr std::string_view kV3Query =
    "01005e000001020001630000 0800 46c00024000100000102840dc0020002e000000194040000"
    "11feeb8400000000027d0000";
// tcpdump's mtrace.pcap: an mtrace query.
constexpr std::string_view kMtrace =
    "c20332570000c20032480001 0800 4500002c02f800004002adc20a000005ac101401"
    "1f2038a300000000 ac102801ac101401ac102801 40000007 0000";
// tcpdump's mrinfo_query.pcap: a DVMRP neighbors2 reply, two neighbors.
constexpr std::string_view kNeighbors2 =
    "c20032480000c20132480000 0800 45c0003400b90000ff02ac4a020202020a000001"
    "1306768b004a040c 0a000002010044010a000001 0a000009010004010a00000a";

TEST(Igmp, V2Query) {
    auto bytes = from_hex(kV2Query);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 igmp");
    const IgmpLayer* m = f->find<IgmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<IgmpLayer>(*f), Presence::complete);
    EXPECT_EQ(m->type, igmp_type::query);
    EXPECT_EQ(m->code, 100);
    EXPECT_EQ(m->length, 8U);
    EXPECT_EQ(m->version(), 2U);
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "192.168.1.2 > 224.0.0.1: igmp query v2");
    EXPECT_TRUE(contains(json_of(bytes),
                         R"("igmp":{"version":2,"type":"0x11","max_resp":100,"checksum":"0xee9b","maddr":"0.0.0.0"})"));
    const std::string tree = tree_of(bytes);
    EXPECT_TRUE(contains(tree, "Internet Group Management Protocol"));
    EXPECT_TRUE(contains(tree, "Type: Membership Query (0x11)"));
    EXPECT_TRUE(contains(tree, "Checksum: 0xee9b [correct]"));
}

TEST(Igmp, V2QueryCutAtEveryByte) {
    auto bytes = from_hex(kV2Query);
    expect_cut_texts(bytes, {{34, "192.168.1.2 > 224.0.0.1:  [|igmp]"},
                             {35, "192.168.1.2 > 224.0.0.1: igmp query [|igmp]"},
                             {36, "192.168.1.2 > 224.0.0.1: igmp query v2 [|igmp]"},
                             {42, "192.168.1.2 > 224.0.0.1: igmp query v2"}});
    expect_every_cut_prints(bytes);
    auto f = decode(test::prefix(bytes, 40), static_cast<std::uint32_t>(bytes.size()));
    EXPECT_STREQ(f->truncated, "igmp");
    EXPECT_EQ(presence_of<IgmpLayer>(*f), Presence::partial);
}

TEST(Igmp, V2ReportBehindRouterAlert) {
    auto bytes = from_hex(kV2Report);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "192.168.1.64 > 239.255.255.250: igmp v2 report 239.255.255.250");
    expect_cut_texts(bytes, {{38, "192.168.1.64 > 239.255.255.250:  [|igmp]"},
                             {46, "192.168.1.64 > 239.255.255.250: igmp v2 report 239.255.255.250"}});
}

TEST(Igmp, V3Report) {
    auto bytes = from_hex(kV3Report);
    auto f = decode(bytes);
    const IgmpLayer* m = f->find<IgmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->ngroups, 1);
    ASSERT_EQ(m->records.size(), 1U);
    EXPECT_EQ(m->records[0].type, 3);
    EXPECT_EQ(m->records[0].group, (Ipv4Address{224, 0, 0, 251}));
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "192.168.56.102 > 224.0.0.22: igmp v3 report, 1 group record(s)");
    EXPECT_TRUE(contains(json_of(bytes), R"("igmp":{"version":3,"type":"0x22","checksum":"0xfa02","num_grp_recs":1,)"
                                         R"("records":[{"record_type":3,"aux_data_len":0,"num_src":0,"maddr":"224.0.0.251"}]})"));
    expect_cut_texts(bytes, {{38, "192.168.56.102 > 224.0.0.22:  [|igmp]"},
                             {39, "192.168.56.102 > 224.0.0.22: igmp v3 report [|igmp]"},
                             {46, "192.168.56.102 > 224.0.0.22: igmp v3 report, 1 group record(s)"}});
}

// A record count far beyond the bytes: the records read stop at what is there.
TEST(Igmp, V3ReportRecordCountBoundedByBytes) {
    auto bytes = from_hex(kV3Report);
    bytes[44] = std::byte{0xff};
    bytes[45] = std::byte{0xff};
    auto f = decode(bytes);
    const IgmpLayer* m = f->find<IgmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->ngroups, 0xffff);
    EXPECT_EQ(m->records.size(), 1U);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "192.168.56.102 > 224.0.0.22: igmp v3 report, 65535 group record(s)");
}

TEST(Igmp, V3QueryMaxResponseTime) {
    auto bytes = from_hex(kV3Query);
    auto f = decode(bytes);
    const IgmpLayer* m = f->find<IgmpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->max_resp_time(), 30720U);
    EXPECT_TRUE(contains(json_of(bytes), R"("igmp":{"version":3,"type":"0x11","max_resp":30720,"checksum":"0xeb84",)"
                                         R"("maddr":"0.0.0.0","s":0,"qrv":2,"qqic":125,"num_src":0})"));
    expect_cut_texts(bytes, {{38, "192.2.0.2 > 224.0.0.1:  [|igmp]"},
                             {39, "192.2.0.2 > 224.0.0.1: igmp query v3 [|igmp]"},
                             {40, "192.2.0.2 > 224.0.0.1: igmp query v3 [max resp time 51m12s] [|igmp]"},
                             {46, "192.2.0.2 > 224.0.0.1: igmp query v3 [max resp time 51m12s]"}});
}

TEST(Igmp, V3QueryLengthNotAMultipleOfFour) {
    auto bytes = from_hex(kV3Query);
    bytes[17] = std::byte{0x26};  // IP total length 38: 14 bytes of IGMP
    bytes.insert(bytes.end(), {std::byte{0}, std::byte{0}});
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "igmp length invalid");
    EXPECT_EQ(presence_of<IgmpLayer>(*f), Presence::malformed);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "192.2.0.2 > 224.0.0.1: igmp query v3 [invalid len 14]");
}

TEST(Igmp, Mtrace) {
    auto bytes = from_hex(kMtrace);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)),
              "10.0.0.5 > 172.16.20.1: mtrace 7: 172.16.40.1 to 172.16.20.1 reply-to 172.16.40.1");
    EXPECT_TRUE(contains(json_of(bytes), R"("igmp":{"type":"0x1f","max_hops":32,"checksum":"0x38a3","maddr":"0.0.0.0",)"
                                         R"("saddr":"172.16.40.1","raddr":"172.16.20.1","rspaddr":"172.16.40.1",)"
                                         R"("resp_ttl":64,"q_id":7})"));
    expect_cut_texts(bytes, {{34, "10.0.0.5 > 172.16.20.1:  [|igmp]"},
                             {58, "10.0.0.5 > 172.16.20.1: mtrace 7: 172.16.40.1 to 172.16.20.1 reply-to 172.16.40.1"}});
}

TEST(Igmp, DvmrpNeighbors2) {
    auto bytes = from_hex(kNeighbors2);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv4 igmp dvmrp");
    const DvmrpLayer* m = f->find<DvmrpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, dvmrp_type::neighbors2);
    ASSERT_EQ(m->list.size(), 2U);
    EXPECT_EQ(m->list[0].flags, 0x44);  // querier, and a bit tcpdump does not name
    EXPECT_EQ(m->end, DvmrpListEnd::done);
    EXPECT_TRUE(contains(json_of(bytes), R"("igmp":{"type":"0x13","checksum":"0x768b"},"dvmrp":{"type":"0x13","code":"0x06",)"));
    const std::string whole = "2.2.2.2 > 10.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [10.0.0.2 -> 10.0.0.1 (1/0/querier)]";
    expect_cut_texts(bytes, {{34, "2.2.2.2 > 10.0.0.1:  [|igmp]"},
                             {35, "2.2.2.2 > 10.0.0.1: igmp dvmrp [|dvmrp]"},
                             {36, "2.2.2.2 > 10.0.0.1: igmp dvmrp Neighbors2 [|dvmrp]"},
                             {42, "2.2.2.2 > 10.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [|dvmrp]"},
                             {50, "2.2.2.2 > 10.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [10.0.0.2 ->  [|dvmrp]"},
                             {54, whole + " [|dvmrp]"},
                             {62, whole + " [10.0.0.9 ->  [|dvmrp]"},
                             {66, whole + " [10.0.0.9 -> 10.0.0.10 (1/0)]"}});
}

// A neighbor count that runs past the message: tcpdump's " [invalid ncount]".
TEST(Igmp, DvmrpNeighborCountBeyondTheMessage) {
    auto bytes = from_hex(kNeighbors2);
    bytes[61] = std::byte{0x09};  // the second entry claims nine neighbors
    auto f = decode(bytes);
    EXPECT_STREQ(f->malformed, "dvmrp neighbor list invalid");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)),
              "2.2.2.2 > 10.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [10.0.0.2 -> 10.0.0.1 (1/0/querier)] "
              "[10.0.0.9 -> 10.0.0.10 (1/0)] [invalid ncount] (invalid)");
}

TEST(Igmp, OverIpv6IsAnError) {
    // An IPv6 header whose next header is IGMP: tcpdump prints the error from the IP layer.
    auto bytes = from_hex("333300000001 020000000001 86dd 6000000000080201 fe800000000000000000000000000001"
                          "ff020000000000000000000000000001 1164ee9b00000000");
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet ipv6");
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "fe80::1 > ff02::1: [IGMP requires IPv4] (invalid)");
}

}  // namespace
}  // namespace tapsniff
