// Unit tests for the VRRP home (src/proto/vrrp): v2 over IPv4, v3 over IPv6, every cut.
#include <gtest/gtest.h>

#include "cut_texts.hpp"
#include "frame_checks.hpp"
#include "proto/vrrp/vrrp.hpp"

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

// tcpdump's vrrp.pcap: VRRPv2 with simple authentication and three virtual addresses.
constexpr std::string_view kV2 =
    "01005e00001200005e00012a 0800 4500003012340000ff70bebc0a00005be0000012"
    "212abf03010af11f 0a042a01 0a042a02 0a042a03 6162636465666768";
// The same capture: VRRPv3 over IPv6 with an IPv6 link-local and a global address.
constexpr std::string_view kV3 =
    "33330000001200005e00022d 86dd 60000000002870ff fe80000000000000d6ca6dfffe66cf60"
    "ff020000000000000000000000000012 312dbf0203e8cfa0 fe8000000000000002005efffe00022d"
    "200100000000000000000000abcd000a";

TEST(Vrrp, V2SimpleAuth) {
    auto bytes = from_hex(kV2);
    auto f = decode(bytes);
    const VrrpLayer* m = f->find<VrrpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(presence_of<VrrpLayer>(*f), Presence::complete);
    EXPECT_EQ(m->ttl, 255);
    EXPECT_EQ(m->addrs4.size(), 3U);
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);
    const std::string whole =
        "10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("vrrp":{"version":2,"type":1,"virt_rtr_id":42,"prio":191,"addr_count":3,)"
                                         R"("auth_type":1,"adver_int":10,"checksum":"0xf11f"})"));
    EXPECT_TRUE(contains(test::tree_of(bytes), "IP Address: 10.4.42.3"));
    expect_cut_texts(bytes, {{34, "10.0.0.91 > 224.0.0.18: VRRP [|vrrp]"},
                             {35, "10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]"},
                             {37, "10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191 [|vrrp]"},
                             {39, "10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple [|vrrp]"},
                             {40, whole}});
    expect_every_cut_prints(bytes);
}

TEST(Vrrp, V3OverIpv6) {
    auto bytes = from_hex(kV3);
    auto f = decode(bytes);
    const VrrpLayer* m = f->find<VrrpLayer>();
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->addrs6.size(), 2U);
    EXPECT_EQ(m->checksum.state, Checksum::State::correct);  // with the IPv6 pseudo-header
    const std::string whole = "fe80::d6ca:6dff:fe66:cf60 > ff02::12: VRRPv3, Advertisement, vrid 45, prio 191, intvl 1000cs, length 40";
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), whole);
    EXPECT_TRUE(contains(json_of(bytes), R"("vrrp":{"version":3,"type":1,"virt_rtr_id":45,"prio":191,"addr_count":2,)"
                                         R"("short_adver_int":1000,"checksum":"0xcfa0"})"));
    expect_cut_texts(bytes, {{54, "fe80::d6ca:6dff:fe66:cf60 > ff02::12: VRRP [|vrrp]"},
                             {55, "fe80::d6ca:6dff:fe66:cf60 > ff02::12: VRRPv3, Advertisement [|vrrp]"},
                             {57, "fe80::d6ca:6dff:fe66:cf60 > ff02::12: VRRPv3, Advertisement, vrid 45, prio 191 [|vrrp]"},
                             {60, whole}});
}

// The TTL is printed when it is not 255; other versions and types end after the type.
TEST(Vrrp, TtlAndUnknownTypes) {
    auto bytes = from_hex(kV2);
    bytes[22] = std::byte{64};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)),
              "10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, (ttl 64), vrid 42, prio 191, authtype simple, intvl 10s, length 28");
    bytes[34] = std::byte{0xf2};
    EXPECT_EQ(ipf::ip_part(test::line_of(bytes)), "10.0.0.91 > 224.0.0.18: VRRPv15, unknown type (2), (ttl 64)");
    bytes[34] = std::byte{0x21};
    bytes[38] = std::byte{7};
    EXPECT_TRUE(contains(ipf::ip_part(test::line_of(bytes)), ", authtype #7, "));
}

}  // namespace
}  // namespace tapsniff
