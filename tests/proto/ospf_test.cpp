// Unit tests for the OSPF home (src/proto/ospf): OSPFv2 over IPv4, OSPFv3 over IPv6, the MD5
// trailer, every cut.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/ospf/ospf.hpp"

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

// tcpdump's ospf-nssa-bitnt.pcap: an LS update with one router LSA.
constexpr std::string_view kV2Update =
    "01005e000005ca0243c80006 0800 45c00060003400000159ac490a002203e0000005"
    "0204004c 0a002203 00000001 e595 0000 0000000000000000"
    "00000001 000128010a0022030a0022038000000451cb0030130000020a0022040a002203010000010a002200ffffff0003000001";
// tcpdump's OSPFv3_broadcast_adjacency.pcap: a hello.
constexpr std::string_view kV3Hello =
    "333300000005c2001ffa0001 86dd 6e00000000245901 fe800000000000000000000000000001"
    "ff020000000000000000000000000005 030100240101010100000001fb860000"
    "0000000501000013000a00280000000000000000";

TEST(Ospf, V2LsUpdate) {
    auto bytes = from_hex(kV2Update);
    auto f = decode(bytes);
    const OspfLayer* m = f->find<OspfLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_FALSE(m->over_ipv6);
    EXPECT_EQ(presence_of<OspfLayer>(*f), Presence::complete);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.34.3 > 224.0.0.5: OSPFv2, LS-Update, length 76");
    EXPECT_TRUE(contains(json_of(bytes), R"("ospf":{"version":2,"msg":4,"packet_length":76,"srcrouter":"10.0.34.3",)"
                                         R"("area_id":"0.0.0.1","checksum":"0xe595","auth_type":0})"));
    expect_cut_texts(bytes, {{34, "10.0.34.3 > 224.0.0.5:  [|ospf2]"}, {50, "10.0.34.3 > 224.0.0.5: OSPFv2, LS-Update, length 76"}});
    expect_every_cut_prints(bytes);
}

// With MD5 authentication the 16-byte digest after the packet does not count: tcpdump prints the
// length without it and needs the type byte before the digest.
TEST(Ospf, V2Md5Trailer) {
    auto bytes = from_hex(kV2Update);
    bytes[48] = std::byte{0};
    bytes[49] = std::byte{2};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.34.3 > 224.0.0.5: OSPFv2, LS-Update, length 60");
    bytes[35] = std::byte{9};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.34.3 > 224.0.0.5: OSPFv2, unknown LS-type 9, length 60");
}

TEST(Ospf, V3Hello) {
    auto bytes = from_hex(kV3Hello);
    auto f = decode(bytes);
    const OspfLayer* m = f->find<OspfLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_TRUE(m->over_ipv6);
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "fe80::1 > ff02::5: OSPFv3, Hello, length 36");
    EXPECT_TRUE(contains(json_of(bytes), R"("ospf":{"version":3,"msg":1,"packet_length":36,"srcrouter":"1.1.1.1",)"
                                         R"("area_id":"0.0.0.1","checksum":"0xfb86","instance_id":0})"));
    expect_cut_texts(bytes, {{54, "fe80::1 > ff02::5:  [|ospf3]"}, {56, "fe80::1 > ff02::5: OSPFv3, Hello, length 36"}});
    bytes[55] = std::byte{7};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 36");
}

}  // namespace
}  // namespace tapsniff
